#!/usr/bin/env bash
# Ingestion benchmark: end to end through the REST API into PostgreSQL, with validation, pattern parsing
# and deduplication. Starts the packaged jar (heap capped at 512 MiB, to show that a large bundle streams)
# on a fresh data directory, posts RUNS synthetic bundles of N objects (half indicators, half
# relationships), and prints objects per second for each run and the median.
# Usage: bench/ingest.sh [N=1000000] [RUNS=3]      (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/jdk.sh >/dev/null
N=${1:-1000000}
RUNS=${2:-3}
WORK=$(mktemp -d /tmp/sipar-ingest.XXXXXX)
PORT=${PORT:-18090}
source bench/start-sipar.sh

: >"$WORK/rates"
for run in $(seq 1 "$RUNS"); do
  "$JAVA_HOME/bin/java" bench/SyntheticBundle.java "$N" "$WORK/bundle.json"
  t0=$(date +%s%N)
  curl -fs -u analyst@cert.demo:sipar-demo -H 'Content-Type: application/json' \
    --data-binary @"$WORK/bundle.json" "http://127.0.0.1:$PORT/api/v1/intel/bundles" >"$WORK/report.json"
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  accepted=$(grep -o '"accepted":[0-9]*' "$WORK/report.json" | cut -d: -f2 | awk '{s+=$1} END {print s}')
  rss=$(awk '/VmHWM/ {print int($2/1024)}' /proc/$PID/status)
  rate=$(( accepted * 1000 / ms ))
  echo "run $run: $accepted objects accepted in $ms ms = $rate objects/s (Sipar peak RSS $rss MiB)"
  echo "$rate" >>"$WORK/rates"
done
echo "MEDIAN: $(sort -n "$WORK/rates" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') objects/s over $RUNS runs of $N objects"
