"""Starts a long distributed run, kills process 1 with SIGKILL once the run is under way, and
reports how the job ended: it must end (not hang) with an error naming the dead process."""
import argparse
import os
import shlex
import signal
import subprocess
import sys
import time


def processes_with(marker):
    """pid -> MPI rank of the fluxc processes whose command line holds `marker`."""
    found = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmdline = f.read().split(b"\0")
            if not any(marker.encode() in part for part in cmdline) or b"run" not in cmdline:
                continue
            if not cmdline[0].endswith(b"fluxc"):
                continue
            with open(f"/proc/{pid}/environ", "rb") as f:
                env = dict(v.split(b"=", 1) for v in f.read().split(b"\0") if b"=" in v)
            if b"OMPI_COMM_WORLD_RANK" in env:
                found[int(pid)] = int(env[b"OMPI_COMM_WORLD_RANK"])
        except OSError:
            continue
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--fluxc", required=True)
    parser.add_argument("--mpirun", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("file")
    args = parser.parse_args()
    marker = os.path.join(args.out, "killed-run.csv")
    command = shlex.split(args.mpirun) + ["-np", "2", args.fluxc, "run", args.file, "--engine",
                                          "step", "--time", "1000s", "--record", marker]
    job = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    # Wait for both processes, then for the run to be under way (the file appears when process
    # 0 starts recording, after compiling and the start-up exchange).
    deadline = time.time() + 120
    victim = None
    while time.time() < deadline and job.poll() is None:
        ranks = processes_with(marker)
        if len(ranks) == 2 and os.path.exists(marker):
            victim = next(pid for pid, rank in ranks.items() if rank == 1)
            break
        time.sleep(0.2)
    if victim is None:
        job.kill()
        sys.exit("the distributed run did not start:\n" + job.communicate()[0])
    time.sleep(1.0)
    os.kill(victim, signal.SIGKILL)
    killed = time.time()
    try:
        output, _ = job.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        job.kill()
        sys.exit("HANG: the job went on for 60 s after process 1 was killed")
    print(f"job ended {time.time() - killed:.0f} s after the kill, exit code {job.returncode}")
    print(output)


if __name__ == "__main__":
    main()
