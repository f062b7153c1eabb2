#!/usr/bin/env bash
# Builds the benchmarks, runs them one at a time and writes docs/benchmarks.md with its plots.
#
#   RUNS=5 NS="1 10 50 100 1000" benchmarks/run.sh
#
# RUNS     repetitions of each whole-process and materializer run, and JMH measurement iterations (5)
# NS       the app stack counts of the generated platform ("1 10 50 100 1000")
# PLINTH_NS the app stack counts for Plinth alone, whole process and JMH (NS)
# JMH      1 to run the in-process JMH benchmark, 0 to skip it (1)
# LATENCY  real latency of each fake CloudFormation call, ms (50)
# NOOP     stacks of the no-op materializer run (100)
# DAG_STEP the fake's change set and resource step in the DAG run, ms (500)
# DAG_POLL the materializer's status and event poll in the DAG run, ms (1000)
# BUILD    0 to reuse the last build (1)
set -euo pipefail

RUNS=${RUNS:-5}
NS=${NS:-1 10 50 100 1000}
PLINTH_NS=${PLINTH_NS:-$NS}
JMH=${JMH:-1}
LATENCY=${LATENCY:-50}
NOOP=${NOOP:-100}
DAG_STEP=${DAG_STEP:-500}
DAG_POLL=${DAG_POLL:-1000}
BUILD=${BUILD:-1}
# Plinth's whole-process runs use the JVM options of the ./plinth launcher, as a user runs it.
PLINTH_JAVA_OPTS=${PLINTH_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto}

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/benchmarks
OUT=$BENCH/target/results
mkdir -p "$OUT" "$ROOT/docs"
cd "$ROOT"

if [[ $BUILD == 1 ]]; then
  mvn -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests
fi
CP=$BENCH/target/classes:$(cat "$BENCH/target/classpath.txt")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

CSV=$OUT/results.csv
echo "bench,tool,n,run,wall_s,rss_mib" > "$CSV"

measure() {
  local tool=$1 n=$2 run=$3; shift 3
  local line
  line=$(python3 "$BENCH/measure.py" -- "$@" 2>>"$OUT/stderr.log")
  echo "  $tool n=$n run=$run: $line" >&2
  local wall=${line#wall_s=}; wall=${wall%% *}
  local rss=${line#*peak_rss_mib=}; rss=${rss%% *}
  echo "process,$tool,$n,$run,$wall,$rss" >> "$CSV"
}

echo "whole process: java -cp ... PlinthCompile / CdkPlatform" >&2
: > "$OUT/stderr.log"
for n in ecs $PLINTH_NS; do
  for run in $(seq 1 "$RUNS"); do
    rm -rf "$WORK/out"
    # shellcheck disable=SC2086
    measure plinth "$n" "$run" java $PLINTH_JAVA_OPTS -cp "$CP" dev.plinth.bench.PlinthCompile "$n" "$WORK/out"
  done
done
for n in $NS; do
  for run in $(seq 1 "$RUNS"); do
    rm -rf "$WORK/out"
    measure cdk "$n" "$run" java -cp "$CP" dev.plinth.bench.CdkPlatform "$n" "$WORK/out"
  done
done

rm -f "$OUT/jmh.json"
if [[ $JMH == 1 ]]; then
  echo "in-process: JMH CompileBenchmark" >&2
  java -cp "$CP" org.openjdk.jmh.Main CompileBenchmark -p platform="ecs,${PLINTH_NS// /,}" \
    -f 1 -wi 3 -w 2s -i "$RUNS" -r 2s -rf json -rff "$OUT/jmh.json" > "$OUT/jmh.log" 2>&1
fi

echo "materializer: no-op over $NOOP converged stacks, 20-stack DAG" >&2
: > "$OUT/materializer.txt"
for run in $(seq 1 "$RUNS"); do
  java -cp "$CP" dev.plinth.bench.MaterializeBench noop "$NOOP" "$LATENCY" 2>>"$OUT/stderr.log" | sed 's/^/noop /' >> "$OUT/materializer.txt"
done
for run in $(seq 1 "$RUNS"); do
  java -cp "$CP" dev.plinth.bench.MaterializeBench dag "$LATENCY" "$DAG_STEP" "$DAG_POLL" 6 2>>"$OUT/stderr.log" \
    | sed 's/^/dag /' >> "$OUT/materializer.txt"
done

java -cp "$CP" dev.plinth.bench.Charts "$CSV" "$ROOT/docs/benchmarks-time.png" "$ROOT/docs/benchmarks-memory.png"
CDK_VERSION=$(sed -n 's|.*<aws-cdk-lib.version>\(.*\)</aws-cdk-lib.version>.*|\1|p' "$ROOT/pom.xml")
PLINTH_VERSION=$(sed -n '0,/<version>/s|.*<version>\(.*\)</version>.*|\1|p' "$ROOT/pom.xml")
COMMAND="RUNS=$RUNS NS=\"$NS\" PLINTH_NS=\"$PLINTH_NS\" JMH=$JMH LATENCY=$LATENCY NOOP=$NOOP DAG_STEP=$DAG_STEP DAG_POLL=$DAG_POLL benchmarks/run.sh"
python3 "$BENCH/report.py" --results "$OUT" --out "$ROOT/docs/benchmarks.md" --command "$COMMAND" \
  --plinth "$PLINTH_VERSION ($(git -C "$ROOT" rev-parse --short HEAD))" --cdk "$CDK_VERSION"
echo "wrote docs/benchmarks.md, docs/benchmarks-time.png, docs/benchmarks-memory.png" >&2
