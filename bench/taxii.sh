#!/usr/bin/env bash
# TAXII read benchmark: starts the packaged jar (heap capped at 512 MiB) on a fresh data directory, loads a
# collection of N synthetic objects (TLP:GREEN), then measures 100-object pages at the first, middle and last
# page (p50/p99 of 300 requests each) and pages per second with 8 concurrent clients, with Sipar's memory
# before and after the paging. RUNS repeats the measurement on the same data (the machine is shared and
# noisy: report the median and every run); PORT is where Sipar listens.
# Usage: [PORT=18090] [RUNS=1] bench/taxii.sh [N=1000000]      (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/jdk.sh >/dev/null
N=${1:-1000000}
RUNS=${RUNS:-1}
WORK=$(mktemp -d /tmp/sipar-taxii.XXXXXX)
PORT=${PORT:-18090}
source bench/start-sipar.sh
"$JAVA_HOME/bin/java" bench/SyntheticBundle.java "$N" "$WORK/bundle.json"
t0=$(date +%s%N)
curl -fs -u analyst@cert.demo:sipar-demo -H 'Content-Type: application/json' --data-binary @"$WORK/bundle.json" \
  "http://127.0.0.1:$PORT/api/v1/intel/bundles" -o /dev/null
echo "loaded $N objects in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
rm -f "$WORK/bundle.json"
rss() { awk '/VmRSS/ {print int($2/1024)}' /proc/$PID/status; }
echo "Sipar RSS before paging: $(rss) MiB"
TOKEN=$(curl -fs -u analyst@telco.demo:sipar-demo -H 'Content-Type: application/json' -d '{"name":"taxii-bench"}' \
  "http://127.0.0.1:$PORT/api/v1/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
# Compiled once, so that no run pays for compiling the load generator while it measures.
mkdir -p "$WORK/load"
"$JAVA_HOME/bin/javac" -d "$WORK/load" bench/TaxiiLoad.java bench/Connection.java
for run in $(seq 1 "$RUNS"); do
  echo "run $run of $RUNS"
  "$JAVA_HOME/bin/java" -cp "$WORK/load" TaxiiLoad "http://127.0.0.1:$PORT" "$TOKEN" \
    5b1f4a70-6c2e-4d0b-9a8e-3c1d2e7f9a01 "$N" 8 20
  echo "Sipar RSS after paging: $(rss) MiB (peak $(awk '/VmHWM/ {print int($2/1024)}' /proc/$PID/status) MiB)"
done
