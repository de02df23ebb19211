#!/usr/bin/env bash
# Cross-node delivery through Kafka: two Sipar nodes in one JVM on one PostgreSQL (node A's embedded one) and an
# embedded KRaft broker (the two-node test fixture, src/test/java/org/sipar/support/TwoNodes.java). N indicators
# are imported one at a time through node A; each is timed from intel's publication of the change on A (just
# before its commit) to the wake of node B's FeedSignal by the change notice from Kafka (after which B's streams
# and webhooks read the change log). Prints p50/p99/max in ms. Everything shares this machine's cores.
# Usage: bench/cluster.sh [N=200]
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/jdk.sh >/dev/null
N=${1:-200}
./mvnw -B -q -ntp -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -Xmx1g -cp "target/test-classes:target/classes:target/jte-classes:$(cat target/bench.classpath)" \
  org.sipar.bench.ClusterDelivery "$N" > target/bench-cluster.log 2>&1 || { tail -50 target/bench-cluster.log; exit 1; }
grep -E "^cross-node" target/bench-cluster.log
