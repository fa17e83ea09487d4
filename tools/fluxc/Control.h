// `fluxc run --control FILE`: live changes to a running network, one command a line, read
// from a FIFO (or any file) between chunks of simulated time and applied at once:
//
//   set Cpg.osc.a.threshold 0.9     a parameter or state of a population, or of one neuron
//   set Top.E[3].v -55              (names as in --inject; values in base units)
//   weight Cpg.tonic->Cpg.osc.a 0 0.3   synapse 0 of a projection (static synapses)
//   disable Cpg.osc.a->gait         spikes emitted from now on do not travel along it
//   enable Cpg.osc.a->gait
//   spike speed 0                   a spike of an extern input's channel, now
//
// Blank lines and lines starting with '#' are ignored; a bad line is reported on stderr with
// its number and skipped (the run goes on).
#pragma once

#include "elab/Network.h"
#include "engine/NetworkImage.h"
#include "engine/Simulator.h"

#include <memory>
#include <ostream>
#include <string>

namespace flux::tool {

class ControlChannel {
public:
  /// Opens `path` for reading without blocking (a FIFO need not have a writer yet); null
  /// with `error` set when it cannot be opened.
  static std::unique_ptr<ControlChannel> open(const std::string &path, std::string &error);
  ~ControlChannel();
  ControlChannel(const ControlChannel &) = delete;
  ControlChannel &operator=(const ControlChannel &) = delete;

  /// Reads what is there now (never waits) and applies every complete line. Returns the
  /// number of commands applied.
  unsigned poll(const elab::Network &network, rt::NetworkImage &image, rt::Simulator &simulator,
                rt::RunObserver &observer, std::ostream &log);

private:
  ControlChannel(int fd, std::string path) : fd(fd), path(std::move(path)) {}
  bool apply(const std::string &line, const elab::Network &network, rt::NetworkImage &image,
             rt::Simulator &simulator, rt::RunObserver &observer, std::string &error);

  int fd = -1;
  std::string path;
  std::string pending; // a line not yet complete
  unsigned lineNumber = 0;
};

} // namespace flux::tool
