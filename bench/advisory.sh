#!/usr/bin/env bash
# Advisory figures (issue 11): starts the packaged jar (heap capped at 512 MiB) in demo mode on a fresh data directory
# with N synthetic published advisories (sipar.advisory.synthetic-advisories: real CSAF JSON, hashes and signatures,
# written through the provider after start), waits for them, then measures
#  - publishing: the reviewer's POST /advisories/workroom/{id}/publish after submit and approve, RUNS times (median);
#  - anonymous reads: requests/s of each public URL with C keep-alive connections for T seconds each (after 3 s of
#    warm-up), plain and with If-None-Match (the 304 a revalidating reader or proxy gets).
# Prints the machine's load (uptime) before and after: quote medians of several runs on a shared machine.
# Usage: [PORT=18093] [RUNS=5] bench/advisory.sh [N=10000] [C=50] [T=10]      (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/jdk.sh >/dev/null
N=${1:-10000}
C=${2:-50}
T=${3:-10}
RUNS=${RUNS:-5}
WORK=$(mktemp -d /tmp/sipar-advisory.XXXXXX)
PORT=${PORT:-18093}
SIPAR_ARGS="--sipar.advisory.synthetic-advisories=$N ${SIPAR_ARGS:-}"
source bench/start-sipar.sh
BASE="http://127.0.0.1:$PORT"
until grep -q "synthetic advisories stored" "$WORK/sipar.log"; do
  kill -0 "$PID" 2>/dev/null || { echo "Sipar stopped; its log:" >&2; tail -20 "$WORK/sipar.log" >&2; exit 1; }
  sleep 2
done
grep -o "DEMO MODE: [0-9]* synthetic advisories stored in .*" "$WORK/sipar.log"
echo "documents in the TLP:WHITE index: $(curl -fs "$BASE/.well-known/csaf/white/index.txt" | wc -l)"
mkdir -p "$WORK/load"
"$JAVA_HOME/bin/javac" -d "$WORK/load" bench/AdvisoryPublish.java bench/AdvisoryLoad.java
echo "load before: $(uptime)"
"$JAVA_HOME/bin/java" -cp "$WORK/load" AdvisoryPublish "$BASE" "$RUNS"
TRACKING=$(curl -fs "$BASE/api/v1/advisories" | sed 's/.*"tracking_id":"\([^"]*\)".*/\1/;q' | head -c 40)
# The home page (/) too: kept like the others (PublicAnswers), made again when something public changes.
PATHS=(/advisories "/advisories?severity=high&audience=public" "/advisories?q=fortios" "/advisories/$TRACKING"
  /advisories/feed.atom /advisories/feed.rss /api/v1/advisories /.well-known/csaf/provider-metadata.json
  /.well-known/csaf/white/index.txt /.well-known/csaf/white/changes.csv /.well-known/csaf/white/csaf-feed-tlp-white.json /)
# A first round, not reported, so that the JIT has compiled the paths before the measured rounds.
"$JAVA_HOME/bin/java" -Xmx256m -cp "$WORK/load" AdvisoryLoad "$BASE" "$C" 2 "${PATHS[@]}" >/dev/null
"$JAVA_HOME/bin/java" -Xmx256m -cp "$WORK/load" AdvisoryLoad "$BASE" "$C" "$T" "${PATHS[@]}"
"$JAVA_HOME/bin/java" -Xmx256m -Dconditional=true -cp "$WORK/load" AdvisoryLoad "$BASE" "$C" "$T" "${PATHS[@]}"
echo "load after: $(uptime)"
