/* A C host for the CPG example (examples/cpg): the program plays a robot's locomotion
 * controller. It sends the network a speed command as spikes on the `extern input speed`,
 * reads the flexor (gait[0]) and extensor (gait[1]) bursts from the `extern output gait`,
 * and prints the rhythm at three commanded speeds: the faster the command, the faster the
 * gait. Built against the installed runtime and the library that `fluxc build` made (see
 * README.md). Exit status 0 when the rhythm rises with the command. */
#include <cpg.h>

#include <stdio.h>
#include <stdlib.h>

static void fail(flux_sim *sim, flux_status status, const char *what) {
  fprintf(stderr, "embed-c: %s failed (status %d): %s\n", what, (int)status, flux_error(sim));
  exit(1);
}

/* Runs the CPG for `seconds` while the host sends `speed_hz` command spikes per second.
 * Prints one line of rhythm (the first 300 ms, 5 ms a character: F flexor, E extensor) and
 * returns the flexor's frequency over the last `seconds - 1` seconds. */
static double gait_frequency(double speed_hz, double seconds) {
  flux_sim *sim = NULL;
  flux_status status = cpg_create(NULL, &sim);
  if (status != FLUX_OK)
    fail(NULL, status, "cpg_create");

  char rhythm[61];
  for (int k = 0; k < 60; ++k)
    rhythm[k] = '.';
  rhythm[60] = '\0';
  const double step_ms = 1.0;
  double next_command_ms = 0;
  unsigned long flexor_bursts = 0;
  for (double t = 0; t < seconds * 1000; t += step_ms) {
    if (speed_hz > 0 && t >= next_command_ms) {
      if ((status = flux_input_spike(sim, CPG_INPUT_SPEED, 0)) != FLUX_OK)
        fail(sim, status, "flux_input_spike");
      next_command_ms += 1000.0 / speed_hz;
    }
    if ((status = flux_run_for(sim, step_ms)) != FLUX_OK)
      fail(sim, status, "flux_run_for");
    flux_spike spikes[16];
    size_t count = 0;
    do {
      if ((status = flux_output_spikes(sim, CPG_OUTPUT_GAIT, spikes, 16, &count)) != FLUX_OK)
        fail(sim, status, "flux_output_spikes");
      for (size_t k = 0; k < count; ++k) {
        int slot = (int)(spikes[k].time_ms / 5);
        if (slot < 60)
          rhythm[slot] = spikes[k].channel == 0 ? 'F' : 'E';
        if (spikes[k].channel == 0 && spikes[k].time_ms >= 1000)
          ++flexor_bursts;
      }
    } while (count == 16);
  }
  printf("speed %5.1f Hz  %s  ", speed_hz, rhythm);
  flux_destroy(sim);
  return (double)flexor_bursts / (seconds - 1);
}

int main(void) {
  const double speeds[3] = {0, 10, 20};
  double previous = 0;
  int rising = 1;
  printf("CPG driven from C: gait rhythm at three commanded speeds (first 300 ms shown)\n");
  for (int k = 0; k < 3; ++k) {
    double hz = gait_frequency(speeds[k], 6);
    printf("gait %.2f Hz\n", hz);
    if (k > 0 && !(hz > previous))
      rising = 0;
    previous = hz;
  }
  printf(rising ? "ok: the gait speeds up with the command\n"
                : "FAIL: the gait does not speed up with the command\n");
  return rising ? 0 : 1;
}
