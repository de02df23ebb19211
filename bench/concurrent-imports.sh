#!/usr/bin/env bash
# Concurrent imports benchmark (issue 7): four analysts post bundles of the same N indicator ids at once, each
# with its own version, through the REST API into the packaged jar on a fresh data directory. Every import must
# answer 201 with a complete report; prints each import's time and the wall time for all four, and then checks
# over the REST API that every id has exactly one latest version for a reader.
# Usage: bench/concurrent-imports.sh [N=20000] [ACCOUNTS="analyst@cert.demo analyst@nic.demo analyst@bank.demo analyst@telco.demo"]
#        (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/jdk.sh >/dev/null
N=${1:-20000}
read -r -a ACCOUNTS <<<"${2:-analyst@cert.demo analyst@nic.demo analyst@bank.demo analyst@telco.demo}"
K=${#ACCOUNTS[@]}
WORK=$(mktemp -d /tmp/sipar-concurrent.XXXXXX)
PORT=${PORT:-18093}
source bench/start-sipar.sh

"$JAVA_HOME/bin/java" bench/OverlappingBundles.java "$N" "$K" "$WORK/bundle"
t0=$(date +%s%N)
POSTS=()
for b in $(seq 0 $((K - 1))); do
  ( s=$(date +%s%N)
    code=$(curl -s -o "$WORK/report-$b.json" -w '%{http_code}' --max-time 600 -u "${ACCOUNTS[$b]}:sipar-demo" \
      -H 'Content-Type: application/json' --data-binary @"$WORK/bundle-$b.json" "http://127.0.0.1:$PORT/api/v1/intel/bundles")
    echo "import $b (${ACCOUNTS[$b]}): HTTP $code in $(( ($(date +%s%N) - s) / 1000000 )) ms, $(grep -o '"status":"[a-z]*"' "$WORK/report-$b.json" | head -1)" ) &
  POSTS+=($!)
done
wait "${POSTS[@]}"  # not the server, which start-sipar.sh runs in the background too
echo "all $K imports of $N objects ended in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
for b in $(seq 0 $((K - 1))); do
  grep -q '"status":"complete"' "$WORK/report-$b.json" || { echo "import $b did not complete: $(head -c 400 "$WORK/report-$b.json")"; exit 1; }
done
# One latest version per id for the first account's reader: page through the indicators and count ids.
after=0; ids="$WORK/ids"; : >"$ids"
while :; do
  page=$(curl -fs -u "${ACCOUNTS[0]}:sipar-demo" "http://127.0.0.1:$PORT/api/v1/intel/objects?type=indicator&limit=1000&after=$after")
  echo "$page" | grep -o '"id":"indicator--[0-9a-f-]*"' >>"$ids" || true
  echo "$page" | grep -q '"more":true' || break
  after=$(echo "$page" | grep -o "\"nextSeq\":[0-9]*" | grep -o "[0-9]*$")
done
echo "latest versions listed: $(wc -l <"$ids"), distinct ids: $(sort -u "$ids" | wc -l) (expected $N each)"
