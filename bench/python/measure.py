"""Runs a command (optionally several times) and records its wall time and peak RSS as JSON.

    measure.py [--repeat N] --out FILE -- COMMAND...

Peak RSS is the child's ru_maxrss from wait4 (Linux: KiB). Standard output is counted (lines)
and discarded; a non-zero exit status other than 1 (shape errors found) fails the measurement.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time


def run_once(cmd):
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    lines = sum(1 for _ in p.stdout)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"measure.py: {' '.join(cmd)} exited with {code}")
    return {"wall_ms": wall * 1000.0, "peak_rss_mib": usage.ru_maxrss / 1024.0, "lines": lines,
            "exit": code}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    runs = [run_once(cmd) for _ in range(a.repeat)]
    result = {
        "command": cmd,
        "runs": runs,
        "median_wall_ms": statistics.median(r["wall_ms"] for r in runs),
        "max_peak_rss_mib": max(r["peak_rss_mib"] for r in runs),
        "lines": runs[0]["lines"],
        "exit": runs[0]["exit"],
    }
    with open(a.out, "w") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
