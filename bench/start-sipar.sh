# Sourced by the bench scripts: starts the packaged jar (heap capped at 512 MiB) in demo mode on a fresh data
# directory under $WORK, listening on $PORT, and waits for health UP. On exit it stops Sipar, waits for the
# embedded PostgreSQL to finish its shutdown checkpoint (which can outlast the JVM after a large import), and
# removes $WORK, so a benchmark can be run again and again on one machine. Expects WORK and PORT; sets PID.
# SIPAR_ARGS, if set, is appended to Sipar's command line (settings to try, e.g. --sipar.intel.batch-size=250).
JAR=$(ls target/sipar-*.jar | head -n 1)
"$JAVA_HOME/bin/java" -Xmx512m -jar "$JAR" --server.port=$PORT --sipar.data-dir="$WORK/data" --sipar.demo=true \
  ${SIPAR_ARGS:-} >"$WORK/sipar.log" 2>&1 &
PID=$!

stop_sipar() {
  # Under set -e a failing command would end the trap early: every step here tolerates failure.
  kill "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  for _ in $(seq 1 300); do  # up to 60 s for the postmaster of $WORK/data to exit
    pgrep -f -- "$WORK/data" >/dev/null 2>&1 || break
    sleep 0.2
  done
  pkill -f -- "$WORK/data" 2>/dev/null || true
  rm -rf "$WORK" || true
}
trap stop_sipar EXIT
until curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q UP; do
  kill -0 "$PID" 2>/dev/null || { echo "Sipar did not start; its log:" >&2; tail -20 "$WORK/sipar.log" >&2; exit 1; }
  sleep 0.2
done
