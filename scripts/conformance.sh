#!/usr/bin/env bash
# Runs the Apache Kafka Connect REST conformance kit against the packaged Tributary worker
# (standalone, embedded broker, free ports, a fresh temp dir) and fails unless the kit's closing
# line says "0 failed".
#
# Env:
#   CONFORMANCE_KIT  the kit's directory (default: ../shared/conformance next to the repository)
#   SKIP_BUILD=1     use the existing target/quarkus-app instead of packaging first
#   MVN_FLAGS        extra Maven flags for the package step (default: -o)
#   KIT_TIMEOUT      the kit's --timeout in seconds (default: 30)
#   KEEP_WORK=1      keep the temp dir (worker log, kit output) after the run
# Extra arguments go to conformance.py (e.g. --only offsets).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KIT="${CONFORMANCE_KIT:-$ROOT/../shared/conformance}"
[[ -f "$KIT/conformance.py" ]] || { echo "conformance.sh: no kit at $KIT (set CONFORMANCE_KIT)" >&2; exit 2; }
WORK="$(mktemp -d "${TMPDIR:-/tmp}/tributary-conformance.XXXXXX")"
WORKER_PID=""

cleanup() {
  if [[ -n "$WORKER_PID" ]] && kill -0 "$WORKER_PID" 2>/dev/null; then
    kill "$WORKER_PID" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$WORKER_PID" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$WORKER_PID" 2>/dev/null || true
  fi
  if [[ "${KEEP_WORK:-0}" == 1 ]]; then echo "conformance.sh: kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# 1. The kit's test plugin, built into our temp dir so that the kit's folder may stay read-only.
TEST_PLUGIN_OUT="$WORK/test-plugin" bash "$KIT/test-plugin/build.sh" >"$WORK/plugin-build.log" 2>&1 \
  || { cat "$WORK/plugin-build.log" >&2; exit 2; }
PLUGIN_DIR="$WORK/test-plugin/plugins"

# 2. The packaged worker.
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  (cd "$ROOT" && ./mvnw -B -q ${MVN_FLAGS:--o} package -DskipTests)
fi
APP="$ROOT/target/quarkus-app/quarkus-run.jar"
[[ -f "$APP" ]] || { echo "conformance.sh: $APP missing (package first)" >&2; exit 2; }

# 3. Start it on free ports with its state in the temp dir.
REST_PORT="$(free_port)"
BROKER_PORT="$(free_port)"
mkdir -p "$WORK/offsets"
cat >"$WORK/worker.properties" <<PROPS
listeners=http://127.0.0.1:$REST_PORT
plugin.path=$PLUGIN_DIR
offset.flush.interval.ms=1000
offset.storage.file.filename=$WORK/offsets/connect.offsets
key.converter=org.apache.kafka.connect.json.JsonConverter
value.converter=org.apache.kafka.connect.json.JsonConverter
key.converter.schemas.enable=false
value.converter.schemas.enable=false
tributary.embedded-broker.port=$BROKER_PORT
tributary.embedded-broker.dir=$WORK/broker
PROPS
(cd "$WORK" && exec java -jar "$APP" standalone "$WORK/worker.properties" >"$WORK/worker.log" 2>&1) &
WORKER_PID=$!
URL="http://127.0.0.1:$REST_PORT"
for _ in $(seq 1 240); do
  if curl -sf "$URL/" >/dev/null 2>&1; then break; fi
  kill -0 "$WORKER_PID" 2>/dev/null || { echo "conformance.sh: worker exited" >&2; tail -50 "$WORK/worker.log" >&2; exit 2; }
  sleep 0.5
done
curl -sf "$URL/" >/dev/null || { echo "conformance.sh: worker not up at $URL" >&2; tail -50 "$WORK/worker.log" >&2; exit 2; }

# 4. The kit, with Apache's FileStream connectors too.
set +e
python3 "$KIT/conformance.py" --file-connectors --timeout "${KIT_TIMEOUT:-30}" "$@" "$URL" | tee "$WORK/conformance.txt"
set -e
LAST="$(tail -n 1 "$WORK/conformance.txt")"
if [[ "$LAST" =~ ^conformance:\ [0-9]+\ passed,\ 0\ failed, ]]; then
  exit 0
fi
echo "conformance.sh: kit did not pass ($LAST); worker log tail:" >&2
tail -30 "$WORK/worker.log" >&2
exit 1
