#include "Control.h"

#include "Inject.h"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <sstream>
#include <unistd.h>
#include <vector>

namespace flux::tool {
namespace {

std::optional<std::uint32_t> projectionNamed(const rt::NetworkImage &image, const std::string &name,
                                             std::string &error) {
  for (std::uint32_t j = 0; j < image.projections.size(); ++j)
    if (image.projections[j].name == name)
      return j;
  error = "no projection '" + name + "' (projections are named 'Source->Target', such as '" +
          (image.projections.empty() ? std::string("A->B") : image.projections[0].name) + "')";
  return std::nullopt;
}

} // namespace

std::unique_ptr<ControlChannel> ControlChannel::open(const std::string &path, std::string &error) {
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    error = "cannot open the control file '" + path + "': " + std::strerror(errno);
    return nullptr;
  }
  return std::unique_ptr<ControlChannel>(new ControlChannel(fd, path));
}

ControlChannel::~ControlChannel() {
  if (fd >= 0)
    ::close(fd);
}

unsigned ControlChannel::poll(const elab::Network &network, rt::NetworkImage &image,
                              rt::Simulator &simulator, rt::RunObserver &observer,
                              std::ostream &log) {
  char buffer[4096];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n <= 0)
      break; // nothing now (EAGAIN), or no writer (0): try again at the next chunk
    pending.append(buffer, static_cast<std::size_t>(n));
  }
  unsigned applied = 0;
  for (std::size_t end = pending.find('\n'); end != std::string::npos; end = pending.find('\n')) {
    std::string line = pending.substr(0, end);
    pending.erase(0, end + 1);
    ++lineNumber;
    std::string error;
    if (apply(line, network, image, simulator, observer, error))
      ++applied;
    else if (!error.empty())
      log << "fluxc: warning: " << path << ":" << lineNumber << ": " << error
          << "; the line is skipped\n";
  }
  return applied;
}

bool ControlChannel::apply(const std::string &line, const elab::Network &network,
                           rt::NetworkImage &image, rt::Simulator &simulator,
                           rt::RunObserver &observer, std::string &error) {
  std::istringstream in(line);
  std::vector<std::string> words;
  for (std::string word; in >> word;)
    words.push_back(word);
  if (words.empty() || words[0][0] == '#')
    return false;
  const std::string &verb = words[0];
  auto expect = [&](std::size_t count, const char *form) {
    if (words.size() == count)
      return true;
    error = "'" + verb + "' takes " + std::to_string(count - 1) + " arguments: " + form;
    return false;
  };
  if (verb == "set") {
    if (!expect(3, "set NEURONS.VARIABLE VALUE"))
      return false;
    auto target = resolveTarget(network, words[1], error);
    auto value = parseNumber(words[2]);
    if (!target)
      return false;
    if (!value) {
      error = "'" + words[2] + "' is not a number";
      return false;
    }
    const auto &pop = image.populations[target->population];
    bool kept = target->parameter ? !pop.params[target->index].empty()
                                  : !pop.stateInit[target->index].empty();
    if (!kept) {
      error = "'" + words[1] + "' was compiled away";
      return false;
    }
    simulator.setValue(target->population, target->begin, target->end, target->parameter,
                       target->index, *value);
    return true;
  }
  if (verb == "weight") {
    if (!expect(4, "weight PROJECTION SYNAPSE VALUE"))
      return false;
    auto j = projectionNamed(image, words[1], error);
    if (!j)
      return false;
    auto &proj = image.projections[*j];
    auto synapse = parseNumber(words[2]);
    auto value = parseNumber(words[3]);
    if (!synapse || *synapse < 0 || *synapse >= static_cast<double>(proj.synapseCount()) ||
        std::floor(*synapse) != *synapse) {
      error = "'" + words[2] + "' is not a synapse of '" + proj.name + "' (0 to " +
              std::to_string(proj.synapseCount() - 1) + ")";
      return false;
    }
    if (!value) {
      error = "'" + words[3] + "' is not a number";
      return false;
    }
    if (proj.model) {
      error = "'" + proj.name + "' has a synapse model: its weight is the synapse's state";
      return false;
    }
    proj.setWeight(static_cast<std::uint64_t>(*synapse), static_cast<float>(*value));
    return true;
  }
  if (verb == "enable" || verb == "disable") {
    if (!expect(2, (verb + " PROJECTION").c_str()))
      return false;
    auto j = projectionNamed(image, words[1], error);
    if (!j)
      return false;
    image.projections[*j].enabled = verb == "enable";
    return true;
  }
  if (verb == "spike") {
    if (!expect(3, "spike INPUT CHANNEL"))
      return false;
    for (const auto &pop : image.populations) {
      if (pop.kind != rt::PopulationKind::Extern || pop.externOutput || pop.name != words[1])
        continue;
      auto channel = parseNumber(words[2]);
      if (!channel || *channel < 0 || *channel >= pop.size || std::floor(*channel) != *channel) {
        error = "'" + words[2] + "' is not a channel of '" + pop.name + "' (0 to " +
                std::to_string(pop.size - 1) + ")";
        return false;
      }
      simulator.injectSpike(pop.first + static_cast<std::uint32_t>(*channel), observer);
      return true;
    }
    error = "no extern input '" + words[1] + "'";
    return false;
  }
  error = "unknown command '" + verb + "' (set, weight, enable, disable, spike)";
  return false;
}

} // namespace flux::tool
