#include "aot/LibraryFiles.h"

#include <cctype>
#include <set>
#include <sstream>

namespace flux::aot {
namespace {

std::string upper(const std::string &text) {
  std::string out;
  for (char c : text)
    out += std::isalnum(static_cast<unsigned char>(c)) != 0
               ? static_cast<char>(std::toupper(static_cast<unsigned char>(c)))
               : '_';
  return out;
}

/// `Cpg.osc.a` -> `OSC_A`: the top circuit's name is the same for every population, so it
/// is left out; extern channels (`speed`) are named without it already.
std::string localName(const std::string &name) {
  auto dot = name.find('.');
  return upper(dot == std::string::npos ? name : name.substr(dot + 1));
}

/// Unique C names: a second `X` becomes `X_2`.
class Names {
public:
  std::string take(const std::string &wanted) {
    std::string name = wanted;
    for (int k = 2; used.count(name) != 0; ++k)
      name = wanted + "_" + std::to_string(k);
    used.insert(name);
    return name;
  }

private:
  std::set<std::string> used;
};

/// Text inside a C comment: no `*/`.
std::string commentSafe(std::string text) {
  for (std::size_t at = text.find("*/"); at != std::string::npos; at = text.find("*/"))
    text.replace(at, 2, "* /");
  return text;
}

std::string projectionName(const std::string &name) {
  auto trim = [](std::string text) {
    text.erase(0, text.find_first_not_of(' '));
    text.erase(text.find_last_not_of(' ') + 1);
    return text;
  };
  if (auto arrow = name.find("->"); arrow != std::string::npos)
    return localName(trim(name.substr(0, arrow))) + "_TO_" +
           localName(trim(name.substr(arrow + 2)));
  return localName(name);
}

} // namespace

std::string generateHeader(const rt::NetworkImage &image, const std::string &name,
                           const std::string &sourceFile) {
  const std::string up = upper(name);
  Names names;
  std::ostringstream h;
  h << "/* " << name << ".h: the Flux network built from " << commentSafe(sourceFile)
    << " by fluxc build.\n"
    << " * Generated: do not edit; rebuild instead. The functions it calls are those of\n"
    << " * <flux/flux.h> (docs/embedding.md). */\n"
    << "#ifndef " << up << "_H_INCLUDED\n#define " << up << "_H_INCLUDED\n\n"
    << "#include <flux/flux.h>\n\n#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n"
    << "/* NOLINTBEGIN */\n"
    << "/** The network's tables and code (in lib" << name << ".a). */\n"
    << "extern const flux_network " << name << "_network;\n\n"
    << "/** A simulator of this network at time 0; `options` may be NULL (the defaults). */\n"
    << "static inline flux_status " << name
    << "_create(const flux_options *options, flux_sim **out) {\n"
    << "  return flux_create(&" << name << "_network, options, out);\n}\n\n";

  h << "/* extern inputs: flux_input_spike(sim, " << up << "_INPUT_..., channel) */\n";
  std::uint32_t inputs = 0;
  std::uint32_t outputs = 0;
  std::ostringstream out;
  for (const auto &pop : image.populations) {
    if (pop.kind != rt::PopulationKind::Extern)
      continue;
    std::string id =
        names.take(up + (pop.externOutput ? "_OUTPUT_" : "_INPUT_") + localName(pop.name));
    std::ostringstream &to = pop.externOutput ? out : h;
    to << "#define " << id << " " << (pop.externOutput ? outputs++ : inputs++) << "u /* "
       << commentSafe(pop.name) << " */\n"
       << "#define " << id << "_SIZE " << pop.size << "u\n";
  }
  h << "\n/* extern outputs: flux_output_counts(sim, " << up << "_OUTPUT_..., counts, " << up
    << "_OUTPUT_..._SIZE) */\n"
    << out.str();

  h << "\n/* extern fns: flux_bind_fn(sim, " << up << "_FN_..., callback, user) */\n";
  for (std::size_t f = 0; f < image.hostFunctions.size(); ++f)
    h << "#define " << names.take(up + "_FN_" + upper(image.hostFunctions[f])) << " " << f << "u\n";

  h << "\n/* projections: flux_set_weight(sim, " << up
    << "_PROJECTION_..., synapse, w), flux_set_projection_enabled */\n";
  for (std::size_t j = 0; j < image.projections.size(); ++j) {
    const auto &proj = image.projections[j];
    h << "#define " << names.take(up + "_PROJECTION_" + projectionName(proj.name)) << " " << j
      << "u /* " << commentSafe(proj.name) << ", " << proj.synapseCount()
      << (proj.synapseCount() == 1 ? " synapse */\n" : " synapses */\n");
  }

  h << "\n/* state variables and parameters: flux_get(sim, VAR, neuron, &value),\n"
    << " * flux_set(sim, VAR, neuron or FLUX_ALL, value) */\n";
  for (std::size_t p = 0; p < image.populations.size(); ++p) {
    const auto &pop = image.populations[p];
    if (pop.kind != rt::PopulationKind::Neurons)
      continue;
    std::string base = names.take(up + "_" + localName(pop.name));
    h << "/* " << commentSafe(pop.name) << ": " << pop.size
      << (pop.size == 1 ? " neuron */\n" : " neurons */\n") << "#define " << base << "_SIZE "
      << pop.size << "u\n";
    for (std::size_t s = 0; s < pop.stateNames.size(); ++s)
      h << "static const flux_var " << names.take(base + "_" + upper(pop.stateNames[s])) << " = {"
        << p << "u, " << s << "u, 0u};"
        << (pop.stateInit[s].empty() ? " /* removed: nothing reads it */" : "") << "\n";
    for (std::size_t i = 0; i < pop.paramNames.size(); ++i)
      h << "static const flux_var " << names.take(base + "_" + upper(pop.paramNames[i])) << " = {"
        << p << "u, " << i << "u, 1u};"
        << (pop.params[i].empty() ? " /* folded into the code: read-only */" : "") << "\n";
  }
  h << "/* NOLINTEND */\n\n#ifdef __cplusplus\n}\n#endif\n\n#endif\n";
  return h.str();
}

std::string generateCMakeConfig(const std::string &name) {
  std::ostringstream c;
  c << "# find_package(" << name << "): the Flux network '" << name
    << "' built by fluxc build, as the\n"
    << "# imported target " << name << "::" << name
    << " (it brings the runtime, fluxrt::fluxrt, with it).\n"
    << "include(CMakeFindDependencyMacro)\n"
    << "find_dependency(fluxrt CONFIG)\n"
    << "get_filename_component(_" << name << "_prefix \"${CMAKE_CURRENT_LIST_DIR}/../../..\""
    << " ABSOLUTE)\n"
    << "if(NOT TARGET " << name << "::" << name << ")\n"
    << "  add_library(" << name << "::" << name << " STATIC IMPORTED)\n"
    << "  set_target_properties(" << name << "::" << name << " PROPERTIES\n"
    << "    IMPORTED_LOCATION \"${_" << name << "_prefix}/lib/lib" << name << ".a\"\n"
    << "    INTERFACE_INCLUDE_DIRECTORIES \"${_" << name << "_prefix}/include\"\n"
    << "    INTERFACE_LINK_LIBRARIES fluxrt::fluxrt)\n"
    << "endif()\n"
    << "# With fluxc build --shared: " << name << "::" << name
    << "_shared, the shared library (the runtime inside).\n"
    << "if(EXISTS \"${_" << name << "_prefix}/lib/lib" << name << ".so\" AND NOT TARGET " << name
    << "::" << name << "_shared)\n"
    << "  add_library(" << name << "::" << name << "_shared SHARED IMPORTED)\n"
    << "  set_target_properties(" << name << "::" << name << "_shared PROPERTIES\n"
    << "    IMPORTED_LOCATION \"${_" << name << "_prefix}/lib/lib" << name << ".so\"\n"
    << "    IMPORTED_SONAME lib" << name << ".so\n"
    << "    INTERFACE_INCLUDE_DIRECTORIES \"${_" << name << "_prefix}/include\")\n"
    << "endif()\n"
    << "unset(_" << name << "_prefix)\n"
    << "set(" << name << "_FOUND TRUE)\n";
  return c.str();
}

std::string generatePkgConfig(const std::string &name, const std::string &prefix) {
  std::ostringstream p;
  // Relative to the file, so the build folder can move; `prefix` is where it was written.
  p << "# built in " << prefix << "\nprefix=${pcfiledir}/../..\nlibdir=${prefix}/lib\n"
    << "includedir=${prefix}/include\n\n"
    << "Name: " << name << "\nDescription: The Flux network " << name
    << ", built by fluxc build\nVersion: 0.1.0\nRequires: fluxrt\n"
    << "Libs: -L${libdir} -l" << name << "\nCflags: -I${includedir}\n";
  return p.str();
}

} // namespace flux::aot
