# Shared shell functions of the benchmark scripts (bench/run, bench/file-throughput): fetching
# jars through Maven into bench/.cache, one KRaft broker from the Apache Kafka jars, starting the
# Connect workers and waiting for them. Source it; it defines functions and a few variables only.
#
# Usage: source "$BENCH_DIR/lib/common.sh"   (BENCH_DIR = the bench/ directory)
# Defines: REPO CACHE KAFKA_VERSION KAFKA_LIBS APP, and the functions below.

REPO="$(cd "$BENCH_DIR/.." && pwd)"
CACHE="$BENCH_DIR/.cache"
KAFKA_VERSION=4.3.1
KAFKA_LIBS="$CACHE/kafka-$KAFKA_VERSION"
APP="$REPO/target/quarkus-app"
mkdir -p "$CACHE"

# Apache Connect's JVM options as its connect-standalone.sh sets them (KAFKA_HEAP_OPTS and
# KAFKA_JVM_PERFORMANCE_OPTS): "as shipped" for the start and idle-memory figures.
APACHE_SHIPPED_OPTS="-Xms256M -Xmx2G -server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent -XX:MaxInlineLevel=15 -Djava.awt.headless=true"

log() { echo "${LOG_NAME:-bench}: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# fetch_maven NAME DIR GROUP:ARTIFACT:VERSION... : copies the artifacts and their runtime
# dependencies into DIR once, through Maven (offline first, then online).
fetch_maven() {
  local name="$1" dir="$2" coords dep
  shift 2
  [[ -f "$dir/.complete" ]] && return 0
  local pom="$CACHE/$name-fetch-pom.xml"
  {
    echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
    echo "<groupId>io.tributary.bench</groupId><artifactId>$name-fetch</artifactId><version>0</version>"
    echo '<packaging>pom</packaging><dependencies>'
    for coords in "$@"; do
      IFS=: read -r -a dep <<< "$coords"
      echo "<dependency><groupId>${dep[0]}</groupId><artifactId>${dep[1]}</artifactId><version>${dep[2]}</version></dependency>"
    done
    echo '</dependencies></project>'
  } > "$pom"
  log "fetching $name jars into $dir"
  rm -rf "$dir"
  local args=(-B -q -f "$pom" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$dir")
  "$REPO/mvnw" -o "${args[@]}" > "$CACHE/$name-fetch.log" 2>&1 || "$REPO/mvnw" "${args[@]}" >> "$CACHE/$name-fetch.log" 2>&1 \
    || { tail -20 "$CACHE/$name-fetch.log" >&2; die "could not fetch the $name jars"; }
  touch "$dir/.complete"
}

# Apache Kafka: the broker, the tools, and Connect (runtime, file connectors, JSON converter, SMTs).
fetch_kafka() {
  local coords=() dep
  for dep in kafka_2.13 kafka-storage kafka-tools connect-runtime connect-file connect-json connect-transforms; do
    coords+=("org.apache.kafka:$dep:$KAFKA_VERSION")
  done
  [[ -f "$KAFKA_LIBS/.complete" ]] && return 0
  fetch_maven kafka "$KAFKA_LIBS" "${coords[@]}" org.apache.logging.log4j:log4j-slf4j2-impl:2.25.2 org.slf4j:slf4j-api:2.0.17
  rm -f "$KAFKA_LIBS"/slf4j-reload4j-*.jar "$KAFKA_LIBS"/logback-classic-*.jar
}

# build_app [force]: packages Tributary when target/quarkus-app is missing (or when asked to).
build_app() {
  if [[ "${1:-}" == force || ! -f "$APP/quarkus-run.jar" ]]; then
    log "building Tributary (./mvnw -B -q package -DskipTests)"
    (cd "$REPO" && ./mvnw -B -q package -DskipTests) || die "build failed"
  fi
}

log4j_config() { # $1 = file, $2 = log file: WARN and above to a file, as both workers log during a run
  cat > "$1" <<L4J
status = warn
appender.file.type = File
appender.file.name = FILE
appender.file.fileName = $2
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = WARN
rootLogger.appenderRef.file.ref = FILE
L4J
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# wait_http URL PID SECONDS: until URL and URL/connectors answer (the worker is up), or PID dies.
wait_http() {
  local i
  for ((i = 0; i < $3 * 10; i++)); do
    kill -0 "$2" 2>/dev/null || return 1
    curl -fsS -o /dev/null "$1" 2>/dev/null && curl -fsS -o /dev/null "$1/connectors" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

# wait_root PORT PID SECONDS: polls GET / every 10 ms until it answers 200 (the start figure).
wait_root() {
  local deadline=$(( $(now_ms) + $3 * 1000 ))
  while (( $(now_ms) < deadline )); do
    kill -0 "$2" 2>/dev/null || return 1
    [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$1/")" == 200 ]] && return 0
    sleep 0.01
  done
  return 1
}

# rss_kib PID FIELD: VmRSS (now) or VmHWM (peak) of a process, in KiB.
rss_kib() { awk -v f="$2:" '$1 == f { print $2 }' "/proc/$1/status"; }

# start_broker WORK BROKER_PORT CONTROLLER_PORT: formats and starts a KRaft broker from the Apache
# jars in the background; sets BROKER_PID. BROKER_JAVA_OPTS sets its JVM options.
start_broker() {
  local work="$1" port="$2" controller="$3" i
  cat > "$work/broker.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$work/broker-data
num.partitions=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
group.initial.rebalance.delay.ms=0
# the throughput harness deletes each round's topics; their files go soon after (Kafka's default: 60 s)
log.segment.delete.delay.ms=500
PROPS
  log4j_config "$work/broker-log4j2.properties" "$work/broker.log"
  # shellcheck disable=SC2206 # a space-separated option list
  local java=(java -cp "$KAFKA_LIBS/*" ${BROKER_JAVA_OPTS:--Xms1g -Xmx1g -XX:+UseG1GC} "-Dlog4j2.configurationFile=$work/broker-log4j2.properties")
  "${java[@]}" kafka.tools.StorageTool format -t "$("${java[@]}" kafka.tools.StorageTool random-uuid | tail -1)" \
    -c "$work/broker.properties" > "$work/broker-format.log" 2>&1 || die "broker format failed ($work/broker-format.log)"
  "${java[@]}" kafka.Kafka "$work/broker.properties" > "$work/broker.out" 2>&1 &
  BROKER_PID=$!
  for ((i = 0; i < 600; i++)); do port_busy "$port" && break; sleep 0.1; done
  port_busy "$port" || die "broker did not start ($work/broker.out)"
}

# start_tributary DIR PROPS JAVA_OPTS [extra java args...]: the packaged worker, standalone, in the
# background with DIR as working directory; sets WORKER_PID.
start_tributary() {
  local dir="$1" props="$2" opts="$3"
  shift 3
  # shellcheck disable=SC2086 # a space-separated option list
  (cd "$dir" && exec java $opts "$@" -jar "$APP/quarkus-run.jar" standalone "$props" > "$props.out" 2>&1) &
  WORKER_PID=$!
}

# start_apache DIR PROPS JAVA_OPTS: Apache Connect 4.3.1 standalone from the Maven jars, logging
# WARN and above to DIR; sets WORKER_PID.
start_apache() {
  local dir="$1" props="$2" opts="$3"
  log4j_config "$props.log4j2" "$props.log"
  # shellcheck disable=SC2086 # a space-separated option list
  (cd "$dir" && exec java -cp "$KAFKA_LIBS/*" $opts "-Dlog4j2.configurationFile=$props.log4j2" \
    org.apache.kafka.connect.cli.ConnectStandalone "$props" > "$props.out" 2>&1) &
  WORKER_PID=$!
}

# alive PID: the process exists and is not a zombie waiting to be reaped.
alive() { [[ -r "/proc/$1/status" ]] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null; }

# stop_pid PID: ends a process this script started (SIGTERM, then SIGKILL after 30 s: Apache Connect
# 4.3.1 once hung in its shutdown hook, in Jetty's Server.join, for minutes) and waits for it.
stop_pid() {
  local deadline=$(( $(now_ms) + 30000 ))
  kill "$1" 2>/dev/null || return 0
  while alive "$1" && (( $(now_ms) < deadline )); do sleep 0.1; done
  if alive "$1"; then
    log "process $1 still running 30 s after SIGTERM: SIGKILL"
    kill -9 "$1" 2>/dev/null || true
  fi
  wait "$1" 2>/dev/null || true
}

machine_line() {
  echo "$(nproc) cores ($(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/^MemTotal:/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM, $(java -version 2>&1 | head -1), $(uname -sr)"
}

# compile_harness: compiles bench/FileThroughput.java against the app's libraries; sets HARNESS
# (the command that runs it) and HARNESS_CP.
compile_harness() {
  local classes="$CACHE/classes"
  mkdir -p "$classes"
  javac -nowarn -cp "$APP/lib/main/*" -d "$classes" "$BENCH_DIR/FileThroughput.java" || die "FileThroughput.java does not compile"
  HARNESS_CP="$classes:$APP/lib/main/*"
  HARNESS=(java -Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider -Dslf4j.internal.verbosity=WARN -cp "$HARNESS_CP" FileThroughput)
}

# free_port: a TCP port on 127.0.0.1 that is free right now.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
