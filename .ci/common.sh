# Shared by the scripts in .ci/: logging, root, Debian packages and picking a JDK 21+. Source it; it sets nothing
# by itself.
log() { printf '\n==> %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" > /dev/null
}

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

pick_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 \
                   /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64 /usr/lib/jvm/*; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ] 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}

# Exports JAVA_HOME and PATH for a JDK 21+, installing Debian's openjdk-21 when there is none.
use_jdk() {
  if ! JAVA_HOME=$(pick_jdk); then
    log "No JDK 21+ found; installing openjdk-21-jdk-headless"
    apt_install openjdk-21-jdk-headless || { echo "CI: no JDK 21+ available on this machine" >&2; exit 1; }
    JAVA_HOME=$(pick_jdk)
  fi
  export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
  log "JDK: $JAVA_HOME ($(java_major "$JAVA_HOME/bin/java"))"
}

db() { mariadb -uroot -h127.0.0.1 -P3306 "$@"; }

# Waits until the app on this port answers health UP; fails after $2 seconds or when process $3 is gone.
wait_healthy() {
  local port=$1 limit=$2 pid=$3
  for _ in $(seq 1 "$limit"); do
    if curl -sf "http://127.0.0.1:$port/actuator/health" 2> /dev/null | grep -q '"status":"UP"'; then return 0; fi
    kill -0 "$pid" 2> /dev/null || return 1
    sleep 1
  done
  return 1
}
