#include "embed/ImageBlob.h"

#include <bit>
#include <cstring>
#include <type_traits>

namespace flux::rt {
namespace {

static_assert(std::endian::native == std::endian::little,
              "image bytes are written in the host's order, and Flux supports little-endian hosts");

// "FLUXIMG" and a version: a library built by another Flux is refused, not misread.
constexpr char kMagic[8] = {'F', 'L', 'U', 'X', 'I', 'M', 'G', '\0'};
constexpr std::uint32_t kVersion = 1;

class Writer {
public:
  std::string bytes;

  template <class T>
  void pod(const T &value) {
    static_assert(std::is_trivially_copyable_v<T>);
    bytes.append(reinterpret_cast<const char *>(&value), sizeof value);
  }
  void text(const std::string &s) {
    pod<std::uint64_t>(s.size());
    bytes.append(s);
  }
  template <class T>
  void array(const std::vector<T> &values) {
    pod<std::uint64_t>(values.size());
    bytes.append(reinterpret_cast<const char *>(values.data()), values.size() * sizeof(T));
  }
  void texts(const std::vector<std::string> &values) {
    pod<std::uint64_t>(values.size());
    for (const auto &s : values)
      text(s);
  }
  void arrays(const std::vector<std::vector<double>> &values) {
    pod<std::uint64_t>(values.size());
    for (const auto &v : values)
      array(v);
  }
};

class Reader {
public:
  explicit Reader(std::string_view in) : bytes(in) {}
  bool ok = true;

  template <class T>
  T pod() {
    T value{};
    if (!take(sizeof value))
      return value;
    std::memcpy(&value, bytes.data() + at - sizeof value, sizeof value);
    return value;
  }
  std::string text() {
    auto n = pod<std::uint64_t>();
    if (!take(n))
      return {};
    return std::string(bytes.substr(at - n, n));
  }
  template <class T>
  std::vector<T> array() {
    auto n = pod<std::uint64_t>();
    if (n > bytes.size() / sizeof(T) || !take(n * sizeof(T)))
      return {};
    std::vector<T> values(n);
    std::memcpy(values.data(), bytes.data() + at - n * sizeof(T), n * sizeof(T));
    return values;
  }
  std::vector<std::string> texts() {
    auto n = pod<std::uint64_t>();
    std::vector<std::string> values;
    for (std::uint64_t k = 0; k < n && ok; ++k)
      values.push_back(text());
    return values;
  }
  std::vector<std::vector<double>> arrays() {
    auto n = pod<std::uint64_t>();
    std::vector<std::vector<double>> values;
    for (std::uint64_t k = 0; k < n && ok; ++k)
      values.push_back(array<double>());
    return values;
  }
  bool atEnd() const { return at == bytes.size(); }

private:
  bool take(std::uint64_t n) {
    if (!ok || n > bytes.size() - at) {
      ok = false;
      return false;
    }
    at += n;
    return true;
  }
  std::string_view bytes;
  std::size_t at = 0;
};

std::vector<std::uint8_t> bools(const std::vector<bool> &values) {
  return {values.begin(), values.end()};
}

} // namespace

std::string serializeImage(const NetworkImage &image) {
  Writer w;
  w.bytes.append(kMagic, sizeof kMagic);
  w.pod(kVersion);
  w.pod(image.neuronCount);
  w.pod(image.seed);
  w.texts(image.hostFunctions);
  w.pod<std::uint64_t>(image.populations.size());
  for (const auto &pop : image.populations) {
    w.text(pop.name);
    w.pod(pop.kind);
    w.pod(pop.first);
    w.pod(pop.size);
    w.texts(pop.stateNames);
    w.arrays(pop.stateInit);
    w.arrays(pop.params);
    w.texts(pop.paramNames);
    w.pod(pop.checkEveryMs);
    w.pod(pop.hasPostHandlers);
    w.pod(pop.eventKernel);
    w.pod(pop.stepKernel);
    w.pod(pop.externOutput);
    w.array(pop.rate);
    w.pod(pop.phaseMs);
    w.text(pop.file);
  }
  w.pod<std::uint64_t>(image.projections.size());
  for (const auto &proj : image.projections) {
    w.text(proj.name);
    w.pod(proj.output);
    w.pod(proj.deliverAs);
    w.array(proj.sources);
    w.array(proj.targets);
    w.array(proj.rowStart);
    w.array(proj.column);
    w.pod(proj.weight);
    w.array(proj.weights);
    w.pod(proj.delayMs);
    w.array(proj.delays);
    w.pod(proj.model);
    w.arrays(proj.params);
    w.texts(proj.stateNames);
    w.array(bools(proj.liveStates));
    w.pod(proj.eventKernel);
    w.pod(proj.stepKernel);
    w.pod(proj.hasPost);
  }
  return std::move(w.bytes);
}

std::optional<NetworkImage> deserializeImage(std::string_view bytes, std::string &error) {
  if (bytes.size() < sizeof kMagic + sizeof kVersion ||
      std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
    error = "the network's tables are not a Flux network image";
    return std::nullopt;
  }
  Reader r(bytes.substr(sizeof kMagic));
  if (auto version = r.pod<std::uint32_t>(); version != kVersion) {
    error = "the network's tables have format version " + std::to_string(version) +
            "; this runtime reads version " + std::to_string(kVersion) +
            " (rebuild the network with this Flux's fluxc build)";
    return std::nullopt;
  }
  NetworkImage image;
  image.neuronCount = r.pod<std::uint32_t>();
  image.seed = r.pod<std::uint64_t>();
  image.hostFunctions = r.texts();
  auto populations = r.pod<std::uint64_t>();
  for (std::uint64_t p = 0; p < populations && r.ok; ++p) {
    PopulationImage pop;
    pop.name = r.text();
    pop.kind = r.pod<PopulationKind>();
    pop.first = r.pod<std::uint32_t>();
    pop.size = r.pod<std::uint32_t>();
    pop.stateNames = r.texts();
    pop.stateInit = r.arrays();
    pop.params = r.arrays();
    pop.paramNames = r.texts();
    pop.checkEveryMs = r.pod<double>();
    pop.hasPostHandlers = r.pod<bool>();
    pop.eventKernel = r.pod<std::uint32_t>();
    pop.stepKernel = r.pod<std::uint32_t>();
    pop.externOutput = r.pod<bool>();
    pop.rate = r.array<double>();
    pop.phaseMs = r.pod<double>();
    pop.file = r.text();
    image.populations.push_back(std::move(pop));
  }
  auto projections = r.pod<std::uint64_t>();
  for (std::uint64_t j = 0; j < projections && r.ok; ++j) {
    ProjectionImage proj;
    proj.name = r.text();
    proj.output = r.pod<bool>();
    proj.deliverAs = r.pod<InputKind>();
    proj.sources = r.array<NeuronRange>();
    proj.targets = r.array<NeuronRange>();
    proj.rowStart = r.array<std::uint64_t>();
    proj.column = r.array<std::uint32_t>();
    proj.weight = r.pod<double>();
    proj.weights = r.array<float>();
    proj.delayMs = r.pod<double>();
    proj.delays = r.array<float>();
    proj.model = r.pod<bool>();
    proj.params = r.arrays();
    proj.stateNames = r.texts();
    auto live = r.array<std::uint8_t>();
    proj.liveStates.assign(live.begin(), live.end());
    proj.eventKernel = r.pod<std::uint32_t>();
    proj.stepKernel = r.pod<std::uint32_t>();
    proj.hasPost = r.pod<bool>();
    image.projections.push_back(std::move(proj));
  }
  if (!r.ok || !r.atEnd()) {
    error = "the network's tables are truncated or corrupt";
    return std::nullopt;
  }
  return image;
}

} // namespace flux::rt
