#!/usr/bin/env bash
# Federation benchmark: two local instances from the packaged jar (heap 512 MiB each, each its own embedded
# PostgreSQL). Instance A (the remote) is loaded with N synthetic objects (TLP:GREEN, by the CERT's analyst);
# instance B gets a pull link to A's "All intelligence" TAXII collection with a token of A's telco analyst, and is
# told to sync until everything arrived: the initial replication's objects/s (A's TAXII paging + B's imports).
# Then RUNS no-op syncs (nothing new upstream), each timed end to end through B's API (one TAXII request to A).
# Usage: [PORT_A=18091] [PORT_B=18092] [RUNS=5] bench/federation.sh [N=100000]   (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/jdk.sh >/dev/null
N=${1:-100000}
RUNS=${RUNS:-5}
PORT_A=${PORT_A:-18091}
PORT_B=${PORT_B:-18092}
WORK=$(mktemp -d /tmp/sipar-federation.XXXXXX)
JAR=$(ls target/sipar-*.jar | head -n 1)
PIDS=()

start() { # port dir extra-args...
  local port=$1 dir=$2; shift 2
  "$JAVA_HOME/bin/java" -Xmx512m -jar "$JAR" --server.port="$port" --sipar.data-dir="$dir" --sipar.demo=true \
    --sipar.demo.intelligence=false "$@" >"$dir.log" 2>&1 &
  PIDS+=($!)
}
stop_all() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  for _ in $(seq 1 300); do # the embedded PostgreSQL servers stop after their JVM; wait for them
    pgrep -f -- "$WORK/" >/dev/null 2>&1 || break
    sleep 0.2
  done
  rm -rf "$WORK" || true
}
trap stop_all EXIT
wait_up() {
  until curl -fs "http://127.0.0.1:$1/actuator/health" 2>/dev/null | grep -q UP; do sleep 0.2; done
}
start "$PORT_A" "$WORK/a"
start "$PORT_B" "$WORK/b" --sipar.federation.max-pages-per-run=100000 --sipar.federation.tick=1h
wait_up "$PORT_A"
wait_up "$PORT_B"

"$JAVA_HOME/bin/java" bench/SyntheticBundle.java "$N" "$WORK/bundle.json"
t0=$(date +%s%N)
curl -fs -u analyst@cert.demo:sipar-demo -H 'Content-Type: application/json' --data-binary @"$WORK/bundle.json" \
  "http://127.0.0.1:$PORT_A/api/v1/intel/bundles" -o /dev/null
echo "A: loaded $N objects in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
rm -f "$WORK/bundle.json"
TOKEN=$(curl -fs -u analyst@telco.demo:sipar-demo -H 'Content-Type: application/json' \
  -d '{"name":"federation-bench","scope":"taxii"}' "http://127.0.0.1:$PORT_A/api/v1/tokens" \
  | sed 's/.*"token":"\([^"]*\)".*/\1/')
ORG=$(curl -fs -u admin@cert.demo:sipar-demo "http://127.0.0.1:$PORT_B/api/v1/me" | sed 's/.*"organisationId":"\([^"]*\)".*/\1/')
LINK=$(curl -fs -u admin@cert.demo:sipar-demo -H 'Content-Type: application/json' -d "{\"name\":\"bench\",
  \"organisation\":\"$ORG\",\"apiRoot\":\"http://127.0.0.1:$PORT_A/taxii2/api/\",
  \"collection\":\"5b1f4a70-6c2e-4d0b-9a8e-3c1d2e7f9a01\",\"auth\":\"BEARER\",\"secret\":\"$TOKEN\",\"direction\":\"PULL\",
  \"every\":\"1h\",\"unmarkedTlp\":\"GREEN\",\"pushMaxTlp\":\"GREEN\"}" "http://127.0.0.1:$PORT_B/api/v1/federation/links" \
  | sed 's/^{"id":"\([^"]*\)".*/\1/')

sync() { curl -fs -u admin@cert.demo:sipar-demo -X POST "http://127.0.0.1:$PORT_B/api/v1/federation/links/$LINK/sync"; }
t0=$(date +%s%N)
pulled=0
while [ "$pulled" -lt "$N" ]; do
  out=$(sync)
  echo "$out" | grep -q '"error":null' || { echo "sync failed: $out" >&2; exit 1; }
  pulled=$(curl -fs -u admin@cert.demo:sipar-demo "http://127.0.0.1:$PORT_B/api/v1/federation/links/$LINK" \
    | grep -o '"pulled":[0-9]*' | cut -d: -f2)
done
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
echo "B: initial replication of $pulled objects in $ms ms = $(( pulled * 1000 / ms )) objects/s"
echo "B peak RSS $(awk '/VmHWM/ {print int($2/1024)}' /proc/${PIDS[1]}/status) MiB"
for run in $(seq 1 "$RUNS"); do
  t0=$(date +%s%N)
  out=$(sync)
  echo "no-op sync $run: $(( ($(date +%s%N) - t0) / 1000 )) µs ($out)"
done
