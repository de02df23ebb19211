#!/usr/bin/env bash
# Small TAXII adds (issue 8): starts the packaged jar (heap capped at 512 MiB) on a fresh data directory, then
# posts the first 2,000 objects of the ATT&CK for ICS bundle (all 1,826 of v18.1) as four envelopes of up to 500
# objects to the "All intelligence" collection as a telecom analyst with an API token, polling each status until
# complete before posting the next (bench/SmallAdds.java). RUNS repeats the four envelopes on the same instance,
# each run with new ids; POLL_MS is the pause between polls of a pending status (the first goes out at once);
# WARMUP runs the pattern that many times first, not counted (a fresh JVM compiles as it goes: its first runs
# are several times slower than later ones); PORT is where Sipar listens. Prints objects/s per run and the
# median, and per envelope the time to the POST's answer and from there to complete, with the CPU of Sipar's
# JVM and of PostgreSQL per run. KEEP_LOG=FILE keeps Sipar's log (one line per request, with its time).
# Usage: [PORT=18094] [RUNS=5] [POLL_MS=5] [WARMUP=0] bench/small-adds.sh [BUNDLE]
#        (BUNDLE defaults to the newest ../shared/data/attack/ics-attack-*.json)
#        (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d ../shared/data ]; then
  echo "error: ../shared is missing (expected $(cd .. && pwd)/shared/data with the ATT&CK for ICS bundle, see ../shared/README.md)" >&2
  exit 1
fi
BUNDLE=${1:-$(ls ../shared/data/attack/ics-attack*.json 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$BUNDLE" ] || [ ! -f "$BUNDLE" ]; then
  echo "error: no bundle ${BUNDLE:+at $BUNDLE }(the ATT&CK for ICS bundle is ../shared/data/attack/ics-attack*.json, see ../shared/README.md)" >&2
  exit 1
fi
ls target/sipar-*.jar >/dev/null 2>&1 || { echo "error: no target/sipar-*.jar; build first: ./mvnw -DskipTests package" >&2; exit 1; }
source .ci/jdk.sh >/dev/null
RUNS=${RUNS:-5}
POLL_MS=${POLL_MS:-5}
WARMUP=${WARMUP:-0}
WORK=$(mktemp -d /tmp/sipar-small-adds.XXXXXX)
PORT=${PORT:-18094}
# Compiled before Sipar starts, so that no run pays for compiling the client while it measures.
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/load"
"$JAVA_HOME/bin/javac" -d "$WORK/load" bench/SmallAdds.java bench/Connection.java
source bench/start-sipar.sh
TOKEN=$(curl -fs -u analyst@telco.demo:sipar-demo -H 'Content-Type: application/json' -d '{"name":"small-adds-bench"}' \
  "http://127.0.0.1:$PORT/api/v1/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
[ -n "$TOKEN" ] || { echo "error: no API token for analyst@telco.demo" >&2; exit 1; }
POSTMASTER=$(head -n 1 "$(find "$WORK/data" -name postmaster.pid | head -n 1)" 2>/dev/null || true)
echo "Sipar pid $PID, PostgreSQL postmaster pid ${POSTMASTER:-unknown}; bundle $BUNDLE; load average $(cut -d' ' -f1-3 /proc/loadavg)"
adds() {
  # C1 only and the serial collector: the client shares the cores with Sipar, so it compiles and collects little.
  "$JAVA_HOME/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m -cp "$WORK/load" \
    SmallAdds "http://127.0.0.1:$PORT" "$TOKEN" 5b1f4a70-6c2e-4d0b-9a8e-3c1d2e7f9a01 "$BUNDLE" "$1" "$POLL_MS" 4 500 "$PID${POSTMASTER:+,$POSTMASTER}"
}
if [ "$WARMUP" -gt 0 ]; then
  # Checked like the measured runs, but only their rates are shown: the JIT and caches of a fresh JVM warm up here.
  warm=$(adds "$WARMUP")
  echo "warm-up: $(grep '^objects/s per run' <<<"$warm")"
fi
adds "$RUNS"
echo "load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "${KEEP_LOG:-}" ]; then cp "$WORK/sipar.log" "$KEEP_LOG"; fi
