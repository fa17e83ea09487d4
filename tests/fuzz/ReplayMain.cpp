// Runs the fuzz target over files and folders (the corpus, examples, stdlib, lit tests) with
// an ordinary compiler, so every CI run replays every input the fuzzer has ever kept.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

void replay(const std::filesystem::path &path, std::size_t &count) {
  std::ifstream in(path, std::ios::binary);
  std::string bytes(std::istreambuf_iterator<char>(in), {});
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size());
  ++count;
}

} // namespace

int main(int argc, char **argv) {
  std::size_t count = 0;
  for (int i = 1; i < argc; ++i) {
    std::filesystem::path root(argv[i]);
    if (std::filesystem::is_directory(root)) {
      std::vector<std::filesystem::path> files;
      for (const auto &entry : std::filesystem::recursive_directory_iterator(root)) {
        if (entry.is_regular_file())
          files.push_back(entry.path());
      }
      std::sort(files.begin(), files.end());
      for (const auto &f : files)
        replay(f, count);
    } else if (std::filesystem::is_regular_file(root)) {
      replay(root, count);
    } else {
      std::fprintf(stderr, "flux_fuzz_replay: no such file or folder: %s\n", argv[i]);
      return 1;
    }
  }
  std::printf("replayed %zu inputs without a crash\n", count);
  return count > 0 ? 0 : 1;
}
