# Sourced by the bench scripts: starts the packaged jar (heap capped at 512 MiB) in demo mode on a fresh
# data directory under $WORK, listening on $PORT, stops it and removes $WORK on exit, and waits for health UP.
# Expects WORK and PORT to be set; sets PID.
JAR=$(ls target/sipar-*.jar | head -n 1)
"$JAVA_HOME/bin/java" -Xmx512m -jar "$JAR" --server.port=$PORT --sipar.data-dir="$WORK/data" --sipar.demo=true \
  >"$WORK/sipar.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$WORK"; true' EXIT
until curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q UP; do sleep 0.2; done
