# Sourced by .ci/run and bench scripts: points JAVA_HOME at a JDK >= 21, or fails with a clear message.
# Looks at JAVA_HOME first, then the JDKs installed side by side under /usr/lib/jvm (Debian, Temurin
# packages), /usr/local and /opt, and takes the newest.
find_jdk() {
  local best="" best_version=0 candidate version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /usr/local/*jdk* /opt/*jdk* /opt/java/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1)
    [ -n "$version" ] || continue
    if [ "$version" -ge 21 ] && [ "$version" -gt "$best_version" ]; then
      best="$candidate"
      best_version="$version"
    fi
  done
  if [ -z "$best" ]; then
    echo "error: Sipar needs a JDK 21 or newer and found none (looked at JAVA_HOME and /usr/lib/jvm, /usr/local, /opt)." >&2
    echo "       Install one (for example: apt-get install openjdk-21-jdk-headless) or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  echo "Using JDK $best_version at $JAVA_HOME"
}
find_jdk
