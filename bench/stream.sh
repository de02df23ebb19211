#!/usr/bin/env bash
# Live stream benchmark: starts the packaged jar (heap capped at 512 MiB) on a fresh data directory, opens S SSE
# subscribers on /api/v1/stream with mixed TLP visibility (a quarter anonymous, the rest with tokens of five
# people of four organisations), then writes R objects per second for T seconds (bundles every 100 ms, TLP:CLEAR,
# GREEN and AMBER in turn) and prints the delivery latency p50/p99 and Sipar's memory before the subscribers,
# with them idle, and after the writing. RUNS repeats the measurement (new subscribers each time).
# Usage: [PORT=18091] [RUNS=1] bench/stream.sh [S=1000] [R=100] [T=30]      (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/jdk.sh >/dev/null
S=${1:-1000}
R=${2:-100}
T=${3:-30}
RUNS=${RUNS:-1}
WORK=$(mktemp -d /tmp/sipar-stream.XXXXXX)
PORT=${PORT:-18091}
source bench/start-sipar.sh
rss() { awk '/VmRSS/ {print int($2/1024)}' /proc/$PID/status; }
token() {
  curl -fs -u "$1:sipar-demo" -H 'Content-Type: application/json' -d '{"name":"stream-bench","scope":"read"}' \
    "http://127.0.0.1:$PORT/api/v1/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/'
}
TOKENS="$(token analyst@cert.demo) $(token analyst@telco.demo) $(token member@bank.demo) $(token analyst@nic.demo) $(token admin@moit.demo)"
mkdir -p "$WORK/load"
"$JAVA_HOME/bin/javac" -d "$WORK/load" bench/StreamLoad.java
# Warm the import path once, so that the first run does not pay for the JIT alone.
"$JAVA_HOME/bin/java" -cp "$WORK/load" StreamLoad "http://127.0.0.1:$PORT" "Basic $(printf analyst@bank.demo:sipar-demo | base64)" 10 "$R" 5 $TOKENS >/dev/null
for run in $(seq 1 "$RUNS"); do
  echo "run $run of $RUNS"
  before=$(rss)
  "$JAVA_HOME/bin/java" -Xmx256m -Dpause=10000 -cp "$WORK/load" StreamLoad "http://127.0.0.1:$PORT" \
    "Basic $(printf analyst@bank.demo:sipar-demo | base64)" "$S" "$R" "$T" $TOKENS > "$WORK/run.out" &
  LOAD=$!
  until grep -q READY "$WORK/run.out" 2>/dev/null; do sleep 0.5; kill -0 $LOAD || break; done
  sleep 5
  idle=$(rss)
  wait $LOAD
  grep -v READY "$WORK/run.out"
  echo "Sipar RSS: $before MiB before the subscribers, $idle MiB with $S idle ($(( (idle - before) * 1024 / S )) KiB each), $(rss) MiB after writing"
done
