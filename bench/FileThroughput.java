import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Benchmark harness for bench/file-throughput (not part of the Maven build).
 *
 * <pre>
 * gen FILE N                         write N lines of 100 bytes (+ '\n')
 * run BOOTSTRAP FILE ROUNDS WORKLOADS NAME=URL...  ceiling + file source/sink per worker and workload
 *                                    (comma-separated: string, json, smt), ROUNDS rounds, interleaved
 * </pre>
 *
 * Output: one line per measurement, "RESULT figure system round records seconds rate", then a summary.
 *
 * <p>With {@code BENCH_PIDS="name=pid,..."} in the environment (the workers' names as above, and
 * {@code broker}), each file source and sink also prints the CPU time it cost per record, in the
 * worker and in the broker ("CPU figure system round worker-us broker-us"), and the ceilings the
 * same for this harness's own process. Throughput on a shared 2-core machine swings by 2× between
 * rounds; CPU per record barely moves, so it is what tells two builds apart.
 */
public final class FileThroughput {

    static final int LINE_BYTES = 100;
    static final String SOURCE_CLASS = "FileStreamSource";
    static final String SINK_CLASS = "FileStreamSink";
    static final String STRING_CONVERTER = "org.apache.kafka.connect.storage.StringConverter";
    static final String JSON_CONVERTER = "org.apache.kafka.connect.json.JsonConverter";
    static final String TRANSFORMS = "org.apache.kafka.connect.transforms.";
    static final int KEYED_PARTITIONS = 500;
    /**
     * Rounds before the measured ones (numbered up to 0). One was not enough: a JFR recording showed
     * the worker's C2 compiler thread busy for 77-95 % of each file source's time in rounds 1-3
     * (every round's new connector, producer and consumer reach code that the first round left
     * cold). Over 11 runs of one warm-up round, the file source's median share of its round's
     * ceiling was 46 % in round 1, 61 % in round 2 and 65 % in rounds 3-6.
     */
    static final int WARMUP_ROUNDS = 2;
    /** A deleted topic's files go {@code log.segment.delete.delay.ms} later (bench/lib/common.sh: 500 ms). */
    static final long TOPIC_FILES_GONE_MS = 1500;
    /**
     * Records of the broker's warm-up (see {@link #warmBroker}): a produce request and a fetch
     * request per {@link #BROKER_WARMUP_BATCH_BYTES}, so about 13,000 of each, past the invocation
     * counts at which the JVM compiles a method with C2.
     */
    static final int BROKER_WARMUP_RECORDS = 500_000;
    static final int BROKER_WARMUP_BATCH_BYTES = 4 * 1024;

    /**
     * What the records go through besides the file connector: the converters and the transformations.
     * The figures are named {@code PREFIX-source} and {@code PREFIX-sink}.
     */
    enum Workload {
        /** StringConverter for key and value. */
        STRING("file", Map.of("key.converter", STRING_CONVERTER, "value.converter", STRING_CONVERTER)),
        /** JsonConverter with schemas on: each value becomes {"schema":{"type":"string",...},"payload":"..."}. */
        JSON("json", Map.of("key.converter", JSON_CONVERTER, "value.converter", JSON_CONVERTER,
                "key.converter.schemas.enable", "true", "value.converter.schemas.enable", "true")),
        /**
         * StringConverter and four SMTs: the line is wrapped in a struct, a static field is added (behind a
         * negated HasHeaderKey predicate, so it is evaluated for every record and the field always added),
         * the line's field renamed, then extracted again: the bytes that arrive are the input's, so the sink
         * output can still be compared byte for byte.
         */
        SMT("smt", smtConfig()),
        /**
         * Keyed records spread over {@value #KEYED_PARTITIONS} partitions (key = value = the line, by
         * HoistField → ValueToKey → ExtractField on key and value), as a CDC source writes them: one
         * open producer batch per partition. Source only: a sink over many partitions would not
         * write the lines in input order.
         */
        KEYED("keyed", keyedConfig(), KEYED_PARTITIONS);

        final String prefix;
        final Map<String, String> config;
        final int partitions;

        Workload(String prefix, Map<String, String> config) {
            this(prefix, config, 1);
        }

        Workload(String prefix, Map<String, String> config, int partitions) {
            this.prefix = prefix;
            this.config = config;
            this.partitions = partitions;
        }

        boolean hasSink() {
            return partitions == 1;
        }

        /** StringConverter, and a chain named {@code transforms} whose first step, "hoist", wraps the line in a struct field "line". */
        private static Map<String, String> lineHoisted(String transforms) {
            Map<String, String> config = new LinkedHashMap<>();
            config.put("key.converter", STRING_CONVERTER);
            config.put("value.converter", STRING_CONVERTER);
            config.put("transforms", transforms);
            config.put("transforms.hoist.type", TRANSFORMS + "HoistField$Value");
            config.put("transforms.hoist.field", "line");
            return config;
        }

        private static Map<String, String> keyedConfig() {
            Map<String, String> config = lineHoisted("hoist,tokey,key,value");
            config.put("transforms.tokey.type", TRANSFORMS + "ValueToKey");
            config.put("transforms.tokey.fields", "line");
            config.put("transforms.key.type", TRANSFORMS + "ExtractField$Key");
            config.put("transforms.key.field", "line");
            config.put("transforms.value.type", TRANSFORMS + "ExtractField$Value");
            config.put("transforms.value.field", "line");
            return config;
        }

        private static Map<String, String> smtConfig() {
            Map<String, String> config = lineHoisted("hoist,insert,rename,extract");
            config.put("transforms.insert.type", TRANSFORMS + "InsertField$Value");
            config.put("transforms.insert.static.field", "origin");
            config.put("transforms.insert.static.value", "bench");
            config.put("transforms.insert.predicate", "skipped");
            config.put("transforms.insert.negate", "true");
            config.put("transforms.rename.type", TRANSFORMS + "ReplaceField$Value");
            config.put("transforms.rename.renames", "line:text");
            config.put("transforms.extract.type", TRANSFORMS + "ExtractField$Value");
            config.put("transforms.extract.field", "text");
            config.put("predicates", "skipped");
            config.put("predicates.skipped.type", TRANSFORMS + "predicates.HasHeaderKey");
            config.put("predicates.skipped.name", "skip");
            return config;
        }
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "gen" -> generate(Path.of(args[1]), Integer.parseInt(args[2]));
            case "run" -> {
                Map<String, String> workers = new LinkedHashMap<>();
                for (int i = 5; i < args.length; i++) {
                    String[] kv = args[i].split("=", 2);
                    workers.put(kv[0], kv[1]);
                }
                List<Workload> workloads = new ArrayList<>();
                for (String workload : args[4].split(",")) {
                    workloads.add(Workload.valueOf(workload.trim().toUpperCase(java.util.Locale.ROOT)));
                }
                new FileThroughput(args[1], Path.of(args[2]), workers, workloads).run(Integer.parseInt(args[3]));
            }
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    static void generate(Path file, int count) throws IOException {
        byte[] alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            byte[] line = new byte[LINE_BYTES + 1];
            long seed = 42;
            for (int n = 0; n < count; n++) {
                byte[] prefix = String.format("%010d ", n).getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(prefix, 0, line, 0, prefix.length);
                for (int i = prefix.length; i < LINE_BYTES; i++) {
                    seed = seed * 6364136223846793005L + 1442695040888963407L;
                    line[i] = alphabet[(int) ((seed >>> 33) % alphabet.length)];
                }
                line[LINE_BYTES] = '\n';
                out.write(line);
            }
        }
    }

    private final String bootstrap;
    private final Path input;
    private final Map<String, String> workers;
    private final List<Workload> workloads;
    private final List<byte[]> lines;
    private final long inputBytes;
    private final Admin admin;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, List<Double>> rates = new LinkedHashMap<>();
    /** Rate per figure and round, to compare each figure with the ceiling of its own round. */
    private final Map<String, Map<Integer, Double>> byRound = new LinkedHashMap<>();
    private int currentRound;
    private final Map<String, Long> pids = pids(System.getenv("BENCH_PIDS"));
    /** CPU microseconds per record, worker and broker, per figure and system; from rounds 1 on. */
    private final Map<String, List<double[]>> cpu = new LinkedHashMap<>();
    /** Topics created since the last {@link #deleteRoundTopics()}. */
    private final List<String> roundTopics = new ArrayList<>();
    private final String runId = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    FileThroughput(String bootstrap, Path input, Map<String, String> workers, List<Workload> workloads)
            throws IOException {
        this.bootstrap = bootstrap;
        this.input = input;
        this.workers = workers;
        this.workloads = workloads;
        this.inputBytes = Files.size(input);
        this.lines = new ArrayList<>();
        for (String line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
            lines.add(line.getBytes(StandardCharsets.UTF_8));
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        this.admin = Admin.create(props);
    }

    void run(int rounds) throws Exception {
        int n = lines.size();
        warmBroker();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps())) {
            // the JSON sinks read the lines as JsonConverter (schemas on) writes them, sent once before the rounds
            String jsonTopic = workloads.contains(Workload.JSON) ? topic("json-input") : null;
            if (jsonTopic != null) {
                produce(producer, jsonTopic, FileThroughput::asJson);
                roundTopics.clear();   // every round's JSON sink reads it: kept to the end
            }
            // rounds up to 0 warm up the producer, the consumer, the broker and every worker; not recorded
            for (int round = 1 - WARMUP_ROUNDS; round <= rounds; round++) {
                currentRound = round;
                String ceilingTopic = topic("ceiling-r" + round);
                double[] before = cpuNow("harness");
                double produced = produce(producer, ceilingTopic, line -> line);
                recordCpu("ceiling-producer", "raw", before, cpuNow("harness"));
                before = cpuNow("harness");
                double consumed = consume(ceilingTopic, n);
                recordCpu("ceiling-consumer", "raw", before, cpuNow("harness"));
                // rotate the order of the workers each round, so that none always runs right after the ceiling
                List<Map.Entry<String, String>> order = new ArrayList<>(workers.entrySet());
                Collections.rotate(order, -round);
                for (var worker : order) {
                    for (Workload workload : workloads) {
                        String name = worker.getKey() + "-" + workload.prefix + "-" + runId + "-r" + round;
                        String sinkInput = workload == Workload.JSON ? jsonTopic : ceilingTopic;
                        String sourceTopic = topic(name, workload.partitions);
                        before = cpuNow(worker.getKey());
                        double seconds = source(worker.getValue(), name, sourceTopic, workload);
                        recordCpu(workload.prefix + "-source", worker.getKey(), before, cpuNow(worker.getKey()));
                        record(workload.prefix + "-source", worker.getKey(), round, n, seconds);
                        if (!workload.hasSink()) {
                            continue;
                        }
                        before = cpuNow(worker.getKey());
                        seconds = sink(worker.getValue(), name + "-sink", sinkInput, workload);
                        recordCpu(workload.prefix + "-sink", worker.getKey(), before, cpuNow(worker.getKey()));
                        record(workload.prefix + "-sink", worker.getKey(), round, n, seconds);
                    }
                }
                // the ceiling again at the end of the round: on a shared machine one measurement can fall
                // into a busy moment, so the round's ceiling is the better of the two
                String again = topic("ceiling-r" + round + "-end");
                double producedAgain = produce(producer, again, line -> line);
                double consumedAgain = consume(again, n);
                System.out.printf("DETAIL ceiling round %d: producer %.0f then %.0f rec/s, consumer %.0f then %.0f rec/s%n",
                        round, n / produced, n / producedAgain, n / consumed, n / consumedAgain);
                record("ceiling-producer", "raw", round, n, Math.min(produced, producedAgain));
                record("ceiling-consumer", "raw", round, n, Math.min(consumed, consumedAgain));
                deleteRoundTopics();
            }
        }
        summary();
        admin.close();
    }

    private String topic(String name) throws Exception {
        return topic(name, 1);
    }

    private String topic(String name, int partitions) throws Exception {
        String topic = "bench-" + runId + "-" + name;
        admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        roundTopics.add(topic);
        return topic;
    }

    /**
     * Deletes the topics made since the last call and waits until the broker has removed their
     * files. Kept, a run's topics would grow the page cache by about 1 GiB per round, and on a VM
     * whose host backs guest memory on first touch, pages never used before cost about 5× more to
     * fill than recycled ones (docs/benchmarks.md, "Fresh memory"). That slows every writer of new
     * pages (the broker's log, the file sink's output) but not the ceiling consumer, which only
     * reads: the ratios would then depend on how much memory earlier runs had touched.
     */
    private void deleteRoundTopics() throws Exception {
        if (roundTopics.isEmpty()) {
            return;
        }
        admin.deleteTopics(roundTopics).all().get();
        roundTopics.clear();
        Thread.sleep(TOPIC_FILES_GONE_MS);
    }

    /**
     * Sends and reads records in many small requests before the rounds, so that the broker's code
     * for a produce and a fetch request is compiled before anything is measured. The rounds alone
     * send a few hundred requests per million records: a broker profile (async-profiler, JFR) of an
     * 8-round run showed its C2 compiler threads at 46-60 % of the broker's CPU during the file
     * sources of rounds 4, 6, 7 and 8 and as busy during some ceilings, and -XX:+PrintCompilation
     * still showed 28-65 C2 compilations every 5 s at the end (13-41 after this warm-up): whichever
     * measurement they fell into lost up to a core of a 2-core machine.
     */
    private void warmBroker() throws Exception {
        String topic = topic("broker-warmup");
        Map<String, Object> props = producerProps();
        props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(BROKER_WARMUP_BATCH_BYTES));
        int count = Math.min(BROKER_WARMUP_RECORDS, lines.size());
        long start = System.nanoTime();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
            produce(producer, topic, lines.subList(0, count), line -> line);
        }
        consume(topic, count, BROKER_WARMUP_BATCH_BYTES);
        deleteRoundTopics();
        System.out.printf("DETAIL broker warm-up: %d records in small requests, %.1f s%n", count,
                (System.nanoTime() - start) / 1e9);
    }

    private Map<String, Object> producerProps() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "10");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(512 * 1024));
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(256L * 1024 * 1024));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return props;
    }

    /** A line as JsonConverter with schemas on writes a string value (the lines need no escaping). */
    static byte[] asJson(byte[] line) {
        return ("{\"schema\":{\"type\":\"string\",\"optional\":false},\"payload\":\""
                + new String(line, StandardCharsets.UTF_8) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** Seconds to send every line (as {@code encoding} makes it) to {@code topic} and have all acknowledged. */
    private double produce(KafkaProducer<byte[], byte[]> producer, String topic,
                           java.util.function.UnaryOperator<byte[]> encoding) {
        return produce(producer, topic, lines, encoding);
    }

    private static double produce(KafkaProducer<byte[], byte[]> producer, String topic, List<byte[]> lines,
                                  java.util.function.UnaryOperator<byte[]> encoding) {
        AtomicReference<Exception> failure = new AtomicReference<>();
        long start = System.nanoTime();
        for (byte[] line : lines) {
            producer.send(new ProducerRecord<>(topic, encoding.apply(line)), (metadata, error) -> {
                if (error != null) {
                    failure.compareAndSet(null, error);
                }
            });
        }
        producer.flush();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException("ceiling producer failed", failure.get());
        }
        return seconds;
    }

    /** Seconds for a new consumer to read {@code count} records of {@code topic} from the start. */
    private double consume(String topic, int count) {
        return consume(topic, count, 8 * 1024 * 1024);
    }

    /** As {@link #consume(String, int)}, asking for at most {@code partitionFetchBytes} per fetch. */
    private double consume(String topic, int count, int partitionFetchBytes) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "10000");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(partitionFetchBytes));
        props.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, String.valueOf(64 * 1024 * 1024));
        long start = System.nanoTime();
        long bytes = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            int seen = 0;
            while (seen < count) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
                for (var record : records) {
                    bytes += record.value().length;   // touch every record, as a sink would
                }
                seen += records.count();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (bytes < (long) count * LINE_BYTES) {
                throw new IllegalStateException("ceiling consumer read " + bytes + " bytes");
            }
            return seconds;
        }
    }

    /** Seconds from creating a file source until {@code topic} holds every line. */
    private double source(String url, String name, String topic, Workload workload) throws Exception {
        Map<TopicPartition, OffsetSpec> partitions = new LinkedHashMap<>();
        for (int p = 0; p < workload.partitions; p++) {
            partitions.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        Map<String, String> config = new LinkedHashMap<>(Map.of("connector.class", SOURCE_CLASS, "tasks.max", "1",
                "file", input.toString(), "topic", topic));
        config.putAll(workload.config);
        long start = System.nanoTime();
        create(url, name, config);
        long end;
        long first = 0;
        do {
            Thread.sleep(10);
            end = 0;
            for (var result : admin.listOffsets(partitions).all().get().values()) {
                end += result.offset();
            }
            if (first == 0 && end > 0) {
                first = System.nanoTime();
            }
            checkDeadline(start, name);
        } while (end < lines.size());
        double seconds = (System.nanoTime() - start) / 1e9;
        detail(name, start, first, workload.prefix + "-source-steady", url);
        delete(url, name);
        if (end != lines.size()) {
            throw new IllegalStateException(name + ": topic holds " + end + " records, expected " + lines.size());
        }
        return seconds;
    }

    /** Seconds from creating a file sink until its file holds every line of {@code topic}. */
    private double sink(String url, String name, String topic, Workload workload) throws Exception {
        Path output = input.resolveSibling(name + ".out");
        Files.deleteIfExists(output);
        Map<String, String> config = new LinkedHashMap<>(Map.of("connector.class", SINK_CLASS, "tasks.max", "1",
                "file", output.toString(), "topics", topic));
        config.putAll(workload.config);
        long start = System.nanoTime();
        create(url, name, config);
        long first = 0;
        while (!Files.exists(output) || Files.size(output) < inputBytes) {
            Thread.sleep(10);
            if (first == 0 && Files.exists(output) && Files.size(output) > 0) {
                first = System.nanoTime();
            }
            checkDeadline(start, name);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        detail(name, start, first, workload.prefix + "-sink-steady", url);
        delete(url, name);
        long mismatch = Files.mismatch(input, output);
        Files.delete(output);
        if (mismatch != -1) {
            throw new IllegalStateException(name + ": output differs from the input at byte " + mismatch);
        }
        return seconds;
    }

    /**
     * Splits a run into the time to the first record and the steady rate after it (all records over
     * the time from the first seen record to the last; the first is seen within one 10 ms check).
     */
    private void detail(String name, long start, long first, String steadyFigure, String url) {
        long now = System.nanoTime();
        if (first != 0 && now > first) {
            double steady = lines.size() / ((now - first) / 1e9);
            System.out.printf("DETAIL %s created-at %s, first-record-after %.3f s, then %.0f rec/s%n", name,
                    java.time.LocalTime.now().minusNanos(now - start), (first - start) / 1e9, steady);
            String system = workers.entrySet().stream().filter(e -> e.getValue().equals(url)).findFirst()
                    .map(Map.Entry::getKey).orElse("?");
            record(steadyFigure, system, currentRound, lines.size(), (now - first) / 1e9);
        }
    }

    private static void checkDeadline(long start, String name) {
        if (System.nanoTime() - start > Duration.ofMinutes(3).toNanos()) {
            throw new IllegalStateException(name + " did not finish within 3 minutes");
        }
    }

    private void create(String url, String name, Map<String, String> config) throws Exception {
        StringBuilder json = new StringBuilder("{\"name\":\"").append(name).append("\",\"config\":{");
        String sep = "";
        for (var e : config.entrySet()) {
            json.append(sep).append('"').append(e.getKey()).append("\":\"").append(e.getValue()).append('"');
            sep = ",";
        }
        json.append("}}");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/connectors"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("create " + name + ": " + response.statusCode() + " " + response.body());
        }
    }

    private void delete(String url, String name) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(url + "/connectors/" + name)).DELETE().build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private void record(String figure, String system, int round, int records, double seconds) {
        double rate = records / seconds;
        if (round <= 0) {
            System.out.printf("WARMUP %s %s %.3f %.0f%n", figure, system, seconds, rate);
            return;
        }
        rates.computeIfAbsent(figure + " " + system, k -> new ArrayList<>()).add(rate);
        byRound.computeIfAbsent(figure + " " + system, k -> new LinkedHashMap<>()).put(round, rate);
        System.out.printf("RESULT %s %s %d %d %.3f %.0f%n", figure, system, round, records, seconds, rate);
        System.out.flush();
    }

    static Map<String, Long> pids(String spec) {
        Map<String, Long> pids = new LinkedHashMap<>();
        if (spec != null && !spec.isBlank()) {
            for (String entry : spec.split(",")) {
                String[] kv = entry.trim().split("=", 2);
                pids.put(kv[0], Long.parseLong(kv[1]));
            }
        }
        pids.put("harness", ProcessHandle.current().pid());
        return pids;
    }

    /** CPU seconds used so far by {@code system}'s process and by the broker (NaN where unknown). */
    private double[] cpuNow(String system) {
        return new double[] {cpuSeconds(pids.get(system)), cpuSeconds(pids.get("broker"))};
    }

    /** User + system CPU seconds of a process, from /proc/PID/stat (clock ticks of 1/100 s). */
    static double cpuSeconds(Long pid) {
        if (pid == null) {
            return Double.NaN;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // the fields after the command name (which may hold spaces) start with field 3, the state
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private void recordCpu(String figure, String system, double[] before, double[] after) {
        double worker = (after[0] - before[0]) * 1e6 / lines.size();
        double broker = (after[1] - before[1]) * 1e6 / lines.size();
        if (Double.isNaN(worker) || currentRound <= 0) {
            return;
        }
        cpu.computeIfAbsent(figure + " " + system, k -> new ArrayList<>()).add(new double[] {worker, broker});
        System.out.printf("CPU %s %s %d %.2f %.2f%n", figure, system, currentRound, worker, broker);
    }

    private static double median(List<Double> sorted) {
        int size = sorted.size();
        return size % 2 == 1 ? sorted.get(size / 2) : (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2;
    }

    /** Each figure with the ceiling it is compared with: sources with the producer, sinks with the consumer. */
    private List<String[]> ceilingPairs(boolean steady) {
        List<String[]> pairs = new ArrayList<>();
        for (Workload workload : workloads) {
            for (String suffix : steady ? List.of("", "-steady") : List.of("")) {
                pairs.add(new String[] {workload.prefix + "-source" + suffix, "ceiling-producer"});
                pairs.add(new String[] {workload.prefix + "-sink" + suffix, "ceiling-consumer"});
            }
        }
        return pairs;
    }

    private void summary() {
        Map<String, Double> medians = new LinkedHashMap<>();
        for (var e : rates.entrySet()) {
            List<Double> sorted = new ArrayList<>(e.getValue());
            Collections.sort(sorted);
            int size = sorted.size();
            double median = median(sorted);
            medians.put(e.getKey(), median);
            System.out.printf("SUMMARY %s median %.0f min %.0f max %.0f rounds %d%n", e.getKey(), median,
                    sorted.get(0), sorted.get(size - 1), size);
        }
        for (String worker : workers.keySet()) {
            for (String[] pair : ceilingPairs(false)) {
                Double value = medians.get(pair[0] + " " + worker);
                Double ceiling = medians.get(pair[1] + " raw");
                if (value != null && ceiling != null) {
                    System.out.printf("CEILING %s %s %.0f%%%n", pair[0], worker, 100 * value / ceiling);
                }
            }
        }
        // the ceiling moves with the machine's noise: each figure against the ceiling of its own round
        for (String worker : workers.keySet()) {
            for (String[] pair : ceilingPairs(true)) {
                Map<Integer, Double> value = byRound.get(pair[0] + " " + worker);
                Map<Integer, Double> ceiling = byRound.get(pair[1] + " raw");
                if (value != null && ceiling != null) {
                    List<Double> ratios = new ArrayList<>();
                    value.forEach((round, rate) -> {
                        if (ceiling.containsKey(round)) {
                            ratios.add(rate / ceiling.get(round));
                        }
                    });
                    Collections.sort(ratios);
                    System.out.printf("PER-ROUND %s %s median %.0f%% of its round's ceiling (min %.0f%%, max %.0f%%)%n",
                            pair[0], worker, 100 * median(ratios), 100 * ratios.get(0), 100 * ratios.get(ratios.size() - 1));
                }
            }
        }
        cpu.forEach((key, values) -> {
            List<Double> worker = new ArrayList<>();
            List<Double> broker = new ArrayList<>();
            List<Double> total = new ArrayList<>();
            for (double[] v : values) {
                worker.add(v[0]);
                broker.add(v[1]);
                total.add(v[0] + v[1]);
            }
            Collections.sort(worker);
            Collections.sort(broker);
            Collections.sort(total);
            System.out.printf("CPU-SUMMARY %s median us/record: process %.2f (%.2f-%.2f), broker %.2f, both %.2f%n", key,
                    median(worker), worker.get(0), worker.get(worker.size() - 1), median(broker), median(total));
        });
        Set<String> names = workers.keySet();
        for (String other : List.of("apache", "baseline")) {
            if (names.contains("tributary") && names.contains(other)) {
                for (String[] pair : ceilingPairs(true)) {
                    String figure = pair[0];
                    Double mine = medians.get(figure + " tributary");
                    Double theirs = medians.get(figure + " " + other);
                    if (mine != null && theirs != null) {
                        System.out.printf("VERSUS %s tributary/%s %.2fx%n", figure, other, mine / theirs);
                    }
                }
            }
        }
    }
}
