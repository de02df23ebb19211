#!/usr/bin/env bash
# Intelligence list benchmark (issue 9): starts the packaged jar on a fresh data directory, imports a synthetic
# bundle of N objects (half indicators, half relationships; bench/SyntheticBundle.java) as the CERT's analyst,
# then times RUNS requests of each list page, signed in as that analyst, and prints the median of each in ms.
# Usage: bench/list.sh [N=100000] [RUNS=15]      (build first: ./mvnw -DskipTests package)
# PAGES, if set, replaces the list of paths timed (space-separated).
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/jdk.sh >/dev/null
N=${1:-100000}
RUNS=${2:-15}
WORK=$(mktemp -d /tmp/sipar-list.XXXXXX)
PORT=${PORT:-18092}
source bench/start-sipar.sh
BASE="http://127.0.0.1:$PORT"
"$JAVA_HOME/bin/java" bench/SyntheticBundle.java "$N" "$WORK/bundle.json"
curl -fs -u analyst@cert.demo:sipar-demo -H 'Content-Type: application/json' \
  --data-binary @"$WORK/bundle.json" "$BASE/api/v1/intel/bundles" >/dev/null
JAR="$WORK/cookies"
csrf=$(curl -fs -c "$JAR" -b "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//; s/&#45;/-/g')
curl -fs -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "username=analyst@cert.demo" \
  --data-urlencode "password=sipar-demo" --data-urlencode "_csrf=$csrf" "$BASE/login"
PAGES=${PAGES:-"/intel /intel?q=host42 /intel?sort=name /intel?type=indicator&tlp=AMBER /api/v1/intel/objects?limit=50"}
for page in $PAGES; do
  : >"$WORK/times"
  for _ in $(seq 1 "$RUNS"); do
    curl -fs -b "$JAR" -o /dev/null -w '%{time_total}\n' "$BASE$page" | awk '{print int($1*1000)}' >>"$WORK/times"
  done
  echo "$page: median $(sort -n "$WORK/times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') ms over $RUNS (all: $(sort -n "$WORK/times" | tr '\n' ' '))"
done
