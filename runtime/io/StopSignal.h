// Ctrl-C and SIGTERM stop a run cleanly: the engine polls stopRequested() between steps, ends
// the run there, and the files and summary are written as for a run that reached its end. A
// second Ctrl-C kills the process at once, for a run stuck where it never polls.
#pragma once

namespace flux::rt {

/// Installs handlers for SIGINT and SIGTERM that set the stop flag and print one line to
/// stderr. The first SIGINT also restores SIGINT's default action, so the next one terminates.
void installStopOnSignal();

/// Whether SIGINT or SIGTERM arrived since installStopOnSignal(). An atomic load: cheap enough
/// for every step.
bool stopRequested();

} // namespace flux::rt
