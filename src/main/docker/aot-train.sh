#!/usr/bin/env bash
# Writes a class archive for the packaged service by a training run: starts it (with its embedded PostgreSQL and the
# seed data, in a scratch directory), asks it for the pages and answers people use, stops it, and checks the archive
# was written. A file ending in .jsa is an AppCDS archive (JDK 17 and later, -XX:ArchiveClassesAtExit; run with
# -XX:SharedArchiveFile), any other name a JDK 25 AOT cache (JEP 483/514, -XX:AOTCacheOutput; run with -XX:AOTCache).
# Run it with the same JDK the service will run on (an archive is tied to the JVM build): Dockerfile.jvm and
# Dockerfile.jvm25 run it inside the images they build. The service runs with $GC_CONTAINER_OPTIONS $JAVA_OPTS_APPEND,
# as the deployment starts it.
# Run it from the directory that holds seed-data/ and dashboards/ (the repository, or /deployments in the image):
#   src/main/docker/aot-train.sh <java> <quarkus-app directory> <cache file>
set -euo pipefail
JAVA=${1:?java}; APP=${2:?quarkus-app directory}; CACHE=${3:?cache file}
WORK=$(mktemp -d); chmod 755 "$WORK"; trap 'rm -rf "$WORK"' EXIT
PORT=${AOT_TRAIN_PORT:-18080}; MANAGEMENT=${AOT_TRAIN_MANAGEMENT_PORT:-19000}
PASSWORD=aot-training-password-$$
case "$CACHE" in
  *.jsa) WRITE="-XX:ArchiveClassesAtExit=$CACHE" ;;
  *) WRITE="-XX:AOTCacheOutput=$CACHE" ;;
esac
# The deployment's options, less the temporary directory (the training run's is its own).
JVM_OPTIONS=$(echo "${GC_CONTAINER_OPTIONS:-} ${JAVA_OPTS_APPEND:-}" | sed 's/-Djava.io.tmpdir=[^ ]*//')
SLI_DATA_DIR="$WORK/data" SLI_ADMIN_PASSWORD="$PASSWORD" QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT \
  QUARKUS_LOG_LEVEL=WARN "$JAVA" $WRITE $JVM_OPTIONS -jar "$APP/quarkus-run.jar" > "$WORK/service.log" 2>&1 &
PID=$!

get() { # path [auth]: a GET on loopback with bash alone (the runtime image need not have curl)
  exec 3<>"/dev/tcp/127.0.0.1/$1"
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n%s\r\n' "$2" "${3:+Authorization: Basic $3$'\r\n'}" >&3
  head -c 12 <&3 | tail -c 3; exec 3<&- 3>&-
}
for _ in $(seq 1 240); do
  [ "$(get "$MANAGEMENT" /q/health/ready 2>/dev/null || true)" = "200" ] && break
  kill -0 $PID 2>/dev/null || { cat "$WORK/service.log"; exit 1; }
  sleep 0.5
done
AUTH=$(printf 'admin:%s' "$PASSWORD" | base64 -w0)
YEAR=2015-16
for path in "/years/$YEAR?quarter=Q2" "/years/$YEAR/targets/PEER-01?quarter=Q2" "/years/$YEAR/finance?period=7" \
            "/api/years/$YEAR/deliverables?quarter=Q2" "/api/years/$YEAR/summary?quarter=Q2" "/api/dashboards/leadership?year=$YEAR" \
            "/api/years/$YEAR/report.pdf?quarter=Q2" "/api/years/$YEAR/monitoring-pack.xlsx?quarter=Q2" "/api/years/$YEAR/export.csv?quarter=Q2"; do
  for _ in 1 2 3; do
    status=$(get "$PORT" "$path" "$AUTH")
    [ "$status" = "200" ] || { echo "training request $path answered $status"; kill $PID; exit 1; }
  done
done
kill -TERM $PID; wait $PID || true
[ -s "$CACHE" ] || { echo "no class archive written"; tail -20 "$WORK/service.log"; exit 1; }
echo "class archive: $CACHE ($(du -m "$CACHE" | cut -f1) MB)"
