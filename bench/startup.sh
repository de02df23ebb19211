#!/usr/bin/env bash
# Measures the time from `java -jar` to health UP, with a new and with an existing data directory, and the
# process's resident memory once ready; prints each run and the median of RUNS runs (default 3).
# Usage: [PORT=18080] [AOT=1] bench/startup.sh [RUNS]     (build first: ./mvnw -DskipTests package)
# AOT=1 first extracts the jar (java -Djarmode=tools extract) and makes an ahead-of-time cache of the classes a
# start loads and links (JDK 24+: -XX:AOTCacheOutput, one training start that stops once the context is ready),
# then measures starts from the extracted jar with that cache.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/jdk.sh >/dev/null
RUNS=${1:-3}
JAR=$(ls target/sipar-*.jar | head -n 1)
WORK=$(mktemp -d /tmp/sipar-startup.XXXXXX)
PORT=${PORT:-18080}
trap 'pkill -f -- "$WORK/data" 2>/dev/null || true; rm -rf "$WORK" || true' EXIT
JAVA_ARGS=(-jar "$JAR")
if [ "${AOT:-}" = 1 ]; then
  "$JAVA_HOME/bin/java" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
  "$JAVA_HOME/bin/java" -XX:AOTCacheOutput="$WORK/sipar.aot" -Dspring.context.exit=onRefresh \
    -jar "$WORK/app/$(basename "$JAR")" --server.port=$PORT --sipar.data-dir="$WORK/data-training" --sipar.demo=true \
    >"$WORK/training.log" 2>&1 || { echo "training run failed; see $WORK/training.log" >&2; exit 1; }
  JAVA_ARGS=(-XX:AOTCache="$WORK/sipar.aot" -jar "$WORK/app/$(basename "$JAR")")
fi

start_and_measure() {  # $1 data dir; prints "seconds rss_mib"
  local t0 pid rss
  t0=$(date +%s%N)
  "$JAVA_HOME/bin/java" "${JAVA_ARGS[@]}" --server.port=$PORT --sipar.data-dir="$1" --sipar.demo=true >"$1.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 $pid 2>/dev/null || { echo "Sipar died; see $1.log" >&2; exit 1; }
    sleep 0.05
  done
  local elapsed=$(( ($(date +%s%N) - t0) / 1000000 ))
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  for _ in $(seq 1 300); do pgrep -f -- "$1" >/dev/null 2>&1 || break; sleep 0.2; done  # the postmaster's shutdown
  echo "$elapsed $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for kind in new existing; do
  : >"$WORK/$kind.times"; : >"$WORK/$kind.rss"
  for i in $(seq 1 "$RUNS"); do
    dir="$WORK/data-$i"
    [ "$kind" = new ] && rm -rf "$dir"
    read -r ms rss < <(start_and_measure "$dir")
    echo "$kind data directory, run $i: ready in ${ms} ms, RSS ${rss} MiB"
    echo "$ms" >>"$WORK/$kind.times"; echo "$rss" >>"$WORK/$kind.rss"
  done
  echo "MEDIAN $kind data directory: ready in $(median <"$WORK/$kind.times") ms, RSS $(median <"$WORK/$kind.rss") MiB"
done
