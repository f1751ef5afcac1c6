#!/usr/bin/env bash
# REST latency, Tributary next to Apache Kafka Connect 4.3.1 on this machine, one after the other:
# each worker (standalone) gets 500 connectors created STOPPED, then bench/rest/latency.py measures
# p50/p99 of GET /connectors?expand=status (300 requests after 50 warm-up) and of create and delete.
# Not a test and not run by CI; results go to bench/results/rest-<date>.json and stdout.
#
# Env:
#   CONFORMANCE_KIT  the kit (default: ../shared/conformance next to the repository); its
#                    apache-reference scripts start Apache, its test plugin gives both workers
#                    the same connector (SequenceSourceConnector)
#   SKIP_BUILD=1     use the existing target/quarkus-app
#   CONNECTORS, REQUESTS, WARMUP  (500, 300, 50); STEADY_WARMUP, STEADY_REQUESTS (1000, 3000): the
#                    second, steady window of latency.py
#   ONLY=tributary|apache  measure one side only
#   APACHE_MODE=standalone|distributed  (standalone: configs in memory; distributed: in Kafka topics,
#                    as Tributary keeps them in both modes)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
KIT="${CONFORMANCE_KIT:-$ROOT/../shared/conformance}"
CACHE="$ROOT/bench/.cache"
RESULTS="$ROOT/bench/results"
CONNECTORS="${CONNECTORS:-500}" REQUESTS="${REQUESTS:-300}" WARMUP="${WARMUP:-50}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/tributary-bench-rest.XXXXXX")"
TRIB_PID=""
mkdir -p "$CACHE" "$RESULTS"

cleanup() {
  if [[ -n "$TRIB_PID" ]] && kill -0 "$TRIB_PID" 2>/dev/null; then
    kill "$TRIB_PID"; wait "$TRIB_PID" 2>/dev/null || true
  fi
  REF_STATE_DIR="$WORK/apache" bash "$KIT/apache-reference/stop.sh" all >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

wait_for() { # url
  for _ in $(seq 1 240); do curl -sf "$1" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "run.sh: $1 did not answer" >&2; return 1
}

# The kit's test plugin, built into our cache.
TEST_PLUGIN_OUT="$CACHE/test-plugin" bash "$KIT/test-plugin/build.sh" >"$WORK/plugin.log" 2>&1 \
  || { cat "$WORK/plugin.log" >&2; exit 2; }
PLUGINS="$CACHE/test-plugin/plugins"

measure() { # label port
  python3 "$ROOT/bench/rest/latency.py" "$2" "$CONNECTORS" "$REQUESTS" "$WARMUP" "$1"
}

# 1. Tributary: the packaged worker, embedded broker, REST and broker on 48xxx ports.
if [[ "${ONLY:-tributary}" == tributary ]]; then
  if [[ "${SKIP_BUILD:-0}" != 1 ]]; then (cd "$ROOT" && ./mvnw -B -q -o package -DskipTests); fi
  mkdir -p "$WORK/tributary"
  cat >"$WORK/tributary/worker.properties" <<PROPS
listeners=http://127.0.0.1:48083
plugin.path=$PLUGINS
offset.storage.file.filename=$WORK/tributary/connect.offsets
tributary.embedded-broker.port=48092
tributary.embedded-broker.dir=$WORK/tributary/broker
PROPS
  (cd "$WORK/tributary" && exec java -jar "$ROOT/target/quarkus-app/quarkus-run.jar" standalone \
    "$WORK/tributary/worker.properties" >"$WORK/tributary/worker.log" 2>&1) &
  TRIB_PID=$!
  wait_for http://127.0.0.1:48083/connectors
  measure tributary 48083 | tee -a "$WORK/results.jsonl"
  kill "$TRIB_PID"; wait "$TRIB_PID" 2>/dev/null || true; TRIB_PID=""
fi

# 2. Apache Connect 4.3.1 (standalone unless APACHE_MODE says otherwise) with its own broker, same ports range, same plugin.
if [[ "${ONLY:-apache}" == apache ]]; then
  export REF_STATE_DIR="$WORK/apache" BROKER_PORT=48192 CONTROLLER_PORT=48193 CONNECT_PORT=48183 PLUGIN_DIR="$PLUGINS"
  bash "$KIT/apache-reference/fetch-jars.sh" >/dev/null
  bash "$KIT/apache-reference/start-broker.sh" >/dev/null
  bash "$KIT/apache-reference/start-connect.sh" "${APACHE_MODE:-standalone}" >/dev/null
  measure "apache-${APACHE_MODE:-standalone}" 48183 | tee -a "$WORK/results.jsonl"
  bash "$KIT/apache-reference/stop.sh" all >/dev/null
fi

cp "$WORK/results.jsonl" "$RESULTS/rest-$(date +%Y%m%d-%H%M%S).jsonl"
