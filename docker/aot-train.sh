#!/usr/bin/env bash
# Training run for the JDK's AOT cache (JEP 483/514/515, JDK 25): class loading and linking, and method profiles.
#
#   docker/aot-train.sh EXTRACTED_JAR CACHE_FILE [PORT]
#
# EXTRACTED_JAR is the application jar of `java -Djarmode=tools -jar kopgroep.jar extract --destination DIR` (the
# cache only works with the extracted form, and only with the same JDK and the same files at the same paths).
# The application runs with -XX:AOTCacheOutput=CACHE_FILE on the database and SMTP settings of the environment
# (KOPGROEP_DB_URL etc., see README "Configuration"), which must hold the demo data (KOPGROEP_DEMO_DATA=true): once
# it is UP, this script plays a few real journeys with curl — the login page, a demo participant signing in, the
# home and the participant's main pages as Vaadin's client opens them (its `?v-r=init` request) — and stops it with
# SIGTERM; the JVM writes the cache as it exits. A training run that only refreshes the Spring context
# (-Dspring.context.exit=onRefresh) would leave the request paths (Tomcat, Spring Security, Vaadin's routing and the
# views) untrained.
#
# KOPGROEP_TRAINING_USER / KOPGROEP_TRAINING_PASSWORD choose the account (default: the demo participant),
# KOPGROEP_TRAINING_ROUNDS how often the journeys are played (default 3), JAVA_OPTS extra JVM options (use the same
# heap and GC options as in production, or the JVM ignores parts of the cache).
set -euo pipefail

jar=${1:?usage: aot-train.sh EXTRACTED_JAR CACHE_FILE [PORT]}
cache=${2:?usage: aot-train.sh EXTRACTED_JAR CACHE_FILE [PORT]}
port=${3:-8080}
user=${KOPGROEP_TRAINING_USER:-deelnemer@voorbeeldstad.nl}
password=${KOPGROEP_TRAINING_PASSWORD:-kopgroep}
rounds=${KOPGROEP_TRAINING_ROUNDS:-3}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
log="$work/training.log"
trap 'rm -rf "$work"' EXIT

# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -XX:AOTCacheOutput="$cache" -jar "$jar" --server.port="$port" > "$log" 2>&1 &
pid=$!
stop() { kill -TERM "$pid" 2> /dev/null || true; wait "$pid" || true; }

for _ in $(seq 1 1800); do
  if curl -fsS -m 2 "$base/actuator/health" 2> /dev/null | grep -q '"status":"UP"'; then break; fi
  if ! kill -0 "$pid" 2> /dev/null; then echo "training run: the application stopped" >&2; tail -n 40 "$log" >&2; exit 1; fi
  sleep 0.2
done
curl -fsS -m 2 "$base/actuator/health" | grep -q '"status":"UP"' || { echo "training run: not UP" >&2; stop; exit 1; }

journey() {
  local jar_cookies="$work/cookies" csrf status
  rm -f "$jar_cookies"
  curl -fsS -c "$jar_cookies" -b "$jar_cookies" --compressed "$base/login" -o "$work/login.html"
  csrf=$(sed -n 's/.*<meta name="_csrf" content="\([^"]*\)".*/\1/p' "$work/login.html" | head -n 1)
  status=$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar_cookies" -b "$jar_cookies" \
    --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login")
  case "$status" in
    302\ */login*) echo "training run: sign-in as $user refused ($status)" >&2; return 1 ;;
    302\ *) ;;
    *) echo "training run: sign-in answered $status" >&2; return 1 ;;
  esac
  curl -fsS -c "$jar_cookies" -b "$jar_cookies" --compressed "$base/" -o /dev/null
  for location in "" dagboek doelen programma kennisbank verbindingskaart competentiescan rollenbalans; do
    curl -fsS -c "$jar_cookies" -b "$jar_cookies" --compressed \
      "$base/?v-r=init&location=$location&query=" -o /dev/null
  done
  # The client's scripts and stylesheets (Vaadin's static file server)
  grep -o '\./VAADIN/build/[^"]*\.js' "$work/login.html" | while read -r script; do
    curl -fsS --compressed "$base/${script#./}" -o /dev/null
  done
}

for round in $(seq 1 "$rounds"); do
  journey || { stop; tail -n 40 "$log" >&2; exit 1; }
  echo "training run: journeys played ($round of $rounds)"
done

stop
if [ ! -s "$cache" ]; then echo "training run: no AOT cache written" >&2; tail -n 40 "$log" >&2; exit 1; fi
echo "training run: AOT cache $cache ($(du -h "$cache" | cut -f1))"
