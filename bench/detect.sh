#!/usr/bin/env bash
# Detection end to end (issue 12): starts the packaged jar (heap capped at 512 MiB) in demo mode on a fresh data
# directory, publishes I indicators, then streams E ECS JSON-lines events through one POST /api/v1/telemetry
# (bench/TelemetryLoad.java) RUNS times and prints events/s for each run and Sipar's load before and after.
# Usage: [PORT=18094] [RUNS=3] bench/detect.sh [I=10000] [E=2000000]      (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/jdk.sh >/dev/null
I=${1:-10000}
E=${2:-2000000}
RUNS=${RUNS:-3}
WORK=$(mktemp -d /tmp/sipar-detect.XXXXXX)
PORT=${PORT:-18094}
source bench/start-sipar.sh
mkdir -p "$WORK/load"
"$JAVA_HOME/bin/javac" -d "$WORK/load" bench/TelemetryLoad.java
echo "load before: $(uptime)"
for run in $(seq 1 "$RUNS"); do
  echo "run $run of $RUNS"
  "$JAVA_HOME/bin/java" -Xmx256m -cp "$WORK/load" TelemetryLoad "http://127.0.0.1:$PORT" "$I" "$E"
done
echo "load after: $(uptime)"
