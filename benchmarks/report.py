#!/usr/bin/env python3
"""Writes docs/benchmarks.md from benchmarks/run.sh's results (results.csv, jmh.json, materializer.txt), then benchmarks/findings.md."""
import argparse
import csv
import json
import os
import platform
import re
import statistics
import subprocess


def machine():
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem_kib = int(f.readline().split()[1])
    os_name = platform.platform()
    if os.path.exists("/etc/os-release"):
        with open("/etc/os-release") as f:
            m = re.search(r'^PRETTY_NAME="?([^"\n]*)', f.read(), re.M)
            os_name = f"{m.group(1)} (kernel {platform.release()})" if m else os_name
    return [("CPUs (`nproc`)", str(os.cpu_count())), ("CPU", cpu), ("memory", f"{mem_kib / 1024 / 1024:.1f} GiB"), ("OS", os_name),
            ("load average when the report was written", " ".join(open("/proc/loadavg").read().split()[:3]))]


def version(cmd):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, check=False)
        return (out.stdout + out.stderr).strip().splitlines()[0]
    except OSError:
        return "not found"


def spread(values, fmt):
    return f"{fmt.format(statistics.median(values))} ({fmt.format(min(values))}–{fmt.format(max(values))})"


def order(n):
    return (0, 0) if n == "ecs" else (1, int(n))


def process_tables(rows):
    by = {}
    for r in rows:
        by.setdefault((r["tool"], r["n"]), []).append(r)
    ns = sorted({n for _, n in by}, key=order)
    out = ["| platform | Plinth time, s | Plinth peak RSS, MiB | CDK time, s | CDK peak RSS, MiB | time CDK/Plinth | memory Plinth/CDK |",
           "|---|---|---|---|---|---|---|"]
    for n in ns:
        p, c = by.get(("plinth", n), []), by.get(("cdk", n), [])
        label = "`ecs` (reference, 5 stacks)" if n == "ecs" else f"N = {n} (+ network, bastion, cluster)"
        cells = [label]
        for runs in (p, c):
            if runs:
                cells += [spread([float(r["wall_s"]) for r in runs], "{:.2f}"), spread([float(r["rss_mib"]) for r in runs], "{:.0f}")]
            else:
                cells += ["–", "–"]
        if p and c:
            pt, ct = statistics.median(float(r["wall_s"]) for r in p), statistics.median(float(r["wall_s"]) for r in c)
            pm, cm = statistics.median(float(r["rss_mib"]) for r in p), statistics.median(float(r["rss_mib"]) for r in c)
            cells += [f"**{ct / pt:.1f}×**", f"{pm / cm:.2f}"]
        else:
            cells += ["–", "–"]
        out.append("| " + " | ".join(cells) + " |")
    return out


def jmh_table(path):
    if not os.path.exists(path):
        return ["Not run (`JMH=0`)."]
    out = ["| platform | mean, ms/op | ± error (99.9%) | iterations: min–max, ms |", "|---|---|---|---|"]
    for b in sorted(json.load(open(path)), key=lambda b: order(b["params"]["platform"])):
        m = b["primaryMetric"]
        raw = [v for fork in m["rawData"] for v in fork]
        out.append(f"| {b['params']['platform']} | {m['score']:.1f} | {m['scoreError']:.1f} | {min(raw):.1f}–{max(raw):.1f} |")
    return out


def materializer(path):
    runs = {"noop": [], "dag": []}
    if os.path.exists(path):
        for line in open(path):
            kind, *pairs = line.split()
            runs[kind].append({k: int(v) for k, v in (p.split("=") for p in pairs)})
    out = []
    if runs["noop"]:
        n = runs["noop"]
        first = n[0]
        out += [f"A second apply over {first['stacks']} converged stacks, {first['latency_ms']} ms per call, 4 stacks at once "
                f"(the default); {len(n)} runs.", "",
                "| wall, s | API calls per stack (min–max) | calls in all | stacks unchanged | change sets created |", "|---|---|---|---|---|",
                f"| {spread([r['wall_ms'] / 1000 for r in n], '{:.2f}')} | {min(r['calls_per_stack_min'] for r in n)}–"
                f"{max(r['calls_per_stack_max'] for r in n)} | {spread([r['calls_total'] for r in n], '{:.0f}')} | "
                f"{min(r['unchanged'] for r in n)}/{first['stacks']} | {max(r['change_sets'] for r in n)} |", ""]
    if runs["dag"]:
        d = runs["dag"]
        first = d[0]
        out += [f"Creating a {first['stacks']}-stack DAG (layers 1, 3, 6, 6, 3, 1; each stack reads two of the layer above): "
                f"{first['latency_ms']} ms per call, the fake's change set and resource steps {first['step_ms']} ms, "
                f"status and event polls every {first['poll_ms']} ms, {first['parallelism']} stacks at once; {len(d)} runs. "
                "The critical path is the longest chain of the stacks' own durations (each measured alone, in virtual time, "
                "with no latency and 1 ms polls).", "",
                "| wall, s | critical path, s | stacks on it | wall − path per stack on it, s | API calls |", "|---|---|---|---|---|",
                f"| {spread([r['wall_ms'] / 1000 for r in d], '{:.1f}')} | {statistics.median(r['critical_path_ms'] for r in d) / 1000:.1f} | "
                f"{first['stacks_on_path']} | {spread([r['overhead_per_path_stack_ms'] / 1000 for r in d], '{:.2f}')} | "
                f"{spread([r['calls_total'] for r in d], '{:.0f}')} |", ""]
    return out or ["Not run."]


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--results", required=True)
    a.add_argument("--out", required=True)
    a.add_argument("--command", required=True)
    a.add_argument("--plinth", required=True)
    a.add_argument("--cdk", required=True)
    args = a.parse_args()
    rows = list(csv.DictReader(open(os.path.join(args.results, "results.csv"))))
    runs = max((int(r["run"]) for r in rows), default=0)
    lines = ["# Benchmarks", "",
             f"Produced by `{args.command}` ({runs} runs of each; medians with min–max in brackets). "
             "The full run is `benchmarks/run.sh` with its defaults: 5 runs, N = 1, 10, 50, 100, 1,000. "
             "The module is built only under the `benchmarks` profile; see `benchmarks/run.sh` for the parameters.", "",
             "## Machine", "", "| | |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in machine()]
    lines += ["", "## Versions", "", "| | |", "|---|---|",
              f"| Java | {version(['java', '-version'])} |", f"| Node.js | {version(['node', '--version'])} |",
              f"| Plinth | {args.plinth} |", f"| aws-cdk-lib | {args.cdk} |", "",
              "## Compile, whole process", "",
              "JVM start to outputs written, one process at a time: `PlinthCompile` (compile and write, as `plinth compile`) "
              "and `CdkPlatform` (the same platform in the AWS CDK for Java, `app.synth()` into a temporary outdir). "
              "The generated platform is a network (3 zones, a NAT gateway each), a bastion, an ECS cluster and N app "
              "stacks, each a fleet of t3.medium (2 to 6) behind an internet-facing ALB on port 80. Time is wall time; "
              "memory is the peak of the summed RSS of the process tree (java and, for the CDK, node), sampled every 20 ms "
              "by `benchmarks/measure.py`.", ""]
    lines += process_tables(rows)
    lines += ["", "![time](benchmarks-time.png)", "", "![memory](benchmarks-memory.png)", "",
              "## Compile, in process (JMH)", "",
              "`CompileBenchmark`: compile and write in a warm JVM (1 fork, 3 × 2 s warm-up, 2 s iterations).", ""]
    lines += jmh_table(os.path.join(args.results, "jmh.json"))
    lines += ["", "## Materializer against the fake CloudFormation", ""]
    lines += materializer(os.path.join(args.results, "materializer.txt"))
    findings = os.path.join(os.path.dirname(os.path.abspath(__file__)), "findings.md")
    if os.path.exists(findings):
        lines += ["", open(findings).read().rstrip()]
    with open(args.out, "w") as f:
        f.write("\n".join(lines).rstrip() + "\n")


if __name__ == "__main__":
    main()
