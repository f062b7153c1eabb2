#!/usr/bin/env python3
"""Runs a command; prints its wall seconds and the peak RSS (MiB) of its whole process tree.

The tree's RSS (the process and every descendant, e.g. java and the node it starts) is
sampled from /proc every 20 ms. Output: one line "wall_s=<s> peak_rss_mib=<MiB> exit=<code>".
Usage: measure.py [--interval 0.02] -- COMMAND...
"""
import os
import subprocess
import sys
import threading
import time


def children_map():
    parents = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        parents.setdefault(ppid, []).append(int(entry))
    return parents


def rss_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_kib(root):
    parents = children_map()
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss_kib(pid)
        todo.extend(parents.get(pid, []))
    return total


def main(argv):
    interval = 0.02
    if argv[:1] == ["--interval"]:
        interval, argv = float(argv[1]), argv[2:]
    if argv[:1] == ["--"]:
        argv = argv[1:]
    if not argv:
        sys.exit(__doc__)
    peak = [0]
    start = time.monotonic()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL)
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss_kib(proc.pid))
            done.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    code = proc.wait()
    wall = time.monotonic() - start
    done.set()
    sampler.join()
    print(f"wall_s={wall:.3f} peak_rss_mib={peak[0] / 1024:.1f} exit={code}")
    sys.exit(code)


if __name__ == "__main__":
    main(sys.argv[1:])
