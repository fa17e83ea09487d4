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
constexpr std::uint32_t kVersion = 2;

class Writer {
public:
  std::string bytes;

  template <class T>
  void field(const T &value) {
    static_assert(std::is_trivially_copyable_v<T>);
    bytes.append(reinterpret_cast<const char *>(&value), sizeof value);
  }
  void field(const std::string &s) {
    field<std::uint64_t>(s.size());
    bytes.append(s);
  }
  template <class T>
  void field(const std::vector<T> &values) {
    field<std::uint64_t>(values.size());
    if constexpr (std::is_trivially_copyable_v<T>) {
      if (!values.empty()) // an empty vector's data() may be null
        bytes.append(reinterpret_cast<const char *>(values.data()), values.size() * sizeof(T));
    } else
      for (const auto &v : values)
        field(v);
  }
  void field(const std::vector<bool> &values) {
    field(std::vector<std::uint8_t>(values.begin(), values.end()));
  }
};

class Reader {
public:
  explicit Reader(std::string_view in) : bytes(in) {}
  bool ok = true;

  template <class T>
  void field(T &value) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (take(sizeof value))
      std::memcpy(&value, bytes.data() + at - sizeof value, sizeof value);
  }
  void field(std::string &s) {
    std::uint64_t n = 0;
    field(n);
    if (take(n))
      s = std::string(bytes.substr(at - n, n));
  }
  template <class T>
  void field(std::vector<T> &values) {
    std::uint64_t n = 0;
    field(n);
    if constexpr (std::is_trivially_copyable_v<T>) {
      if (n > bytes.size() / sizeof(T) || !take(n * sizeof(T)))
        return;
      values.resize(n);
      if (n > 0) // an empty vector's data() may be null
        std::memcpy(values.data(), bytes.data() + at - n * sizeof(T), n * sizeof(T));
    } else {
      // Each element takes at least one byte: a count beyond that is damage, not a size.
      if (n > bytes.size() - at) {
        ok = false;
        return;
      }
      values.resize(n);
      for (auto &v : values)
        field(v);
    }
  }
  void field(std::vector<bool> &values) {
    std::vector<std::uint8_t> bytesOf;
    field(bytesOf);
    values.assign(bytesOf.begin(), bytesOf.end());
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

// One list of fields for writing and reading, so the two cannot drift apart. `Pop` and `Proj`
// are const for the Writer.
template <class A, class Pop>
void populationFields(A &a, Pop &pop) {
  a.field(pop.name);
  a.field(pop.kind);
  a.field(pop.first);
  a.field(pop.size);
  a.field(pop.stateNames);
  a.field(pop.stateInit);
  a.field(pop.params);
  a.field(pop.paramNames);
  a.field(pop.checkEveryMs);
  a.field(pop.hasPostHandlers);
  a.field(pop.summedAccumulators);
  a.field(pop.eventKernel);
  a.field(pop.stepKernel);
  a.field(pop.externOutput);
  a.field(pop.rate);
  a.field(pop.phaseMs);
  a.field(pop.file);
}

template <class A, class Proj>
void projectionFields(A &a, Proj &proj) {
  a.field(proj.name);
  a.field(proj.output);
  a.field(proj.deliverAs);
  a.field(proj.sources);
  a.field(proj.targets);
  a.field(proj.rowStart);
  a.field(proj.column);
  a.field(proj.weight);
  a.field(proj.weights);
  a.field(proj.delayMs);
  a.field(proj.delays);
  a.field(proj.model);
  a.field(proj.params);
  a.field(proj.stateNames);
  a.field(proj.liveStates);
  a.field(proj.eventKernel);
  a.field(proj.stepKernel);
  a.field(proj.hasPost);
  // The recipe field by field: a struct's padding would make the bytes differ build to build.
  auto &recipe = proj.recipe; // const for the Writer
  a.field(recipe.rule);
  a.field(recipe.input.key.seed);
  a.field(recipe.input.key.stream);
  a.field(recipe.input.nPre);
  a.field(recipe.input.nPost);
  a.field(recipe.input.samePopulation);
  a.field(recipe.input.allowSelf);
  a.field(recipe.k);
  a.field(recipe.p);
  a.field(recipe.width);
  a.field(recipe.height);
  a.field(recipe.radius);
  a.field(proj.regenerate);
  a.field(proj.regeneratedSynapses);
}

} // namespace

std::string serializeImage(const NetworkImage &image) {
  Writer w;
  w.bytes.append(kMagic, sizeof kMagic);
  w.field(kVersion);
  w.field(image.neuronCount);
  w.field(image.seed);
  w.field(image.hostFunctions);
  w.field<std::uint64_t>(image.populations.size());
  for (const auto &pop : image.populations)
    populationFields(w, pop);
  w.field<std::uint64_t>(image.projections.size());
  for (const auto &proj : image.projections)
    projectionFields(w, proj);
  return std::move(w.bytes);
}

std::optional<NetworkImage> deserializeImage(std::string_view bytes, std::string &error) {
  if (bytes.size() < sizeof kMagic + sizeof kVersion ||
      std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
    error = "the network's tables are not a Flux network image";
    return std::nullopt;
  }
  Reader r(bytes.substr(sizeof kMagic));
  std::uint32_t version = 0;
  r.field(version);
  if (version != kVersion) {
    error = "the network's tables have format version " + std::to_string(version) +
            "; this runtime reads version " + std::to_string(kVersion) +
            " (rebuild the network with this Flux's fluxc build)";
    return std::nullopt;
  }
  NetworkImage image;
  r.field(image.neuronCount);
  r.field(image.seed);
  r.field(image.hostFunctions);
  std::uint64_t populations = 0;
  r.field(populations);
  for (std::uint64_t p = 0; p < populations && r.ok; ++p)
    populationFields(r, image.populations.emplace_back());
  std::uint64_t projections = 0;
  r.field(projections);
  for (std::uint64_t j = 0; j < projections && r.ok; ++j)
    projectionFields(r, image.projections.emplace_back());
  if (!r.ok || !r.atEnd()) {
    error = "the network's tables are truncated or corrupt";
    return std::nullopt;
  }
  return image;
}

bool regenerateConnectivity(NetworkImage &image, std::string &error) {
  for (auto &proj : image.projections) {
    if (!proj.regenerate)
      continue;
    std::string why;
    auto c = generate(proj.recipe, why);
    if (!c || c->synapseCount() != proj.regeneratedSynapses) {
      error = "cannot regenerate the synapses of '" + proj.name + "': " +
              (c ? "the rule made " + std::to_string(c->synapseCount()) + " of " +
                       std::to_string(proj.regeneratedSynapses) +
                       " (the library was built by another version of Flux)"
                 : why);
      return false;
    }
    proj.rowStart = std::move(c->rowStart);
    proj.column = std::move(c->target);
    proj.regenerate = false;
  }
  return true;
}

bool regenerateConnectivityOnto(NetworkImage &image, const Partition &partition,
                                std::string &error) {
  for (auto &proj : image.projections) {
    if (!proj.regenerate)
      continue;
    const auto posts = ownedFlatIndices(partition, proj.targets, [&](std::uint32_t p) {
      return image.populations[p].kind != PopulationKind::Extern;
    });
    std::string why;
    auto c = generateOnto(proj.recipe, posts, why);
    if (!c) {
      error = "cannot regenerate the synapses of '" + proj.name + "': " + why;
      return false;
    }
    proj.rowStart = std::move(c->rowStart);
    proj.column = std::move(c->target);
    proj.regenerate = false;
  }
  return true;
}

} // namespace flux::rt
