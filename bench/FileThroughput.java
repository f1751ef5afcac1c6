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
 * run BOOTSTRAP FILE ROUNDS NAME=URL...  ceiling + file source/sink per worker, ROUNDS rounds, interleaved
 * </pre>
 *
 * Output: one line per measurement, "RESULT figure system round records seconds rate", then a summary.
 */
public final class FileThroughput {

    static final int LINE_BYTES = 100;
    static final String SOURCE_CLASS = "FileStreamSource";
    static final String SINK_CLASS = "FileStreamSink";
    static final String STRING_CONVERTER = "org.apache.kafka.connect.storage.StringConverter";

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "gen" -> generate(Path.of(args[1]), Integer.parseInt(args[2]));
            case "run" -> {
                Map<String, String> workers = new LinkedHashMap<>();
                for (int i = 4; i < args.length; i++) {
                    String[] kv = args[i].split("=", 2);
                    workers.put(kv[0], kv[1]);
                }
                new FileThroughput(args[1], Path.of(args[2]), workers).run(Integer.parseInt(args[3]));
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
    private final List<byte[]> lines;
    private final long inputBytes;
    private final Admin admin;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, List<Double>> rates = new LinkedHashMap<>();
    /** Rate per figure and round, to compare each figure with the ceiling of its own round. */
    private final Map<String, Map<Integer, Double>> byRound = new LinkedHashMap<>();
    private int currentRound;
    private final String runId = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    FileThroughput(String bootstrap, Path input, Map<String, String> workers) throws IOException {
        this.bootstrap = bootstrap;
        this.input = input;
        this.workers = workers;
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
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps())) {
            // round 0 warms up the producer, the consumer, the broker and every worker; it is not recorded
            for (int round = 0; round <= rounds; round++) {
                currentRound = round;
                String ceilingTopic = topic("ceiling-r" + round);
                record("ceiling-producer", "raw", round, n, produce(producer, ceilingTopic));
                record("ceiling-consumer", "raw", round, n, consume(ceilingTopic, n));
                // rotate the order of the workers each round, so that none always runs right after the ceiling
                List<Map.Entry<String, String>> order = new ArrayList<>(workers.entrySet());
                Collections.rotate(order, -round);
                for (var worker : order) {
                    String name = worker.getKey() + "-" + runId + "-r" + round;
                    record("file-source", worker.getKey(), round, n, source(worker.getValue(), name, topic(name)));
                    record("file-sink", worker.getKey(), round, n, sink(worker.getValue(), name + "-sink", ceilingTopic));
                }
            }
        }
        summary();
        admin.close();
    }

    private String topic(String name) throws Exception {
        String topic = "bench-" + runId + "-" + name;
        admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        return topic;
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

    /** Seconds to send every line to {@code topic} and have all of them acknowledged. */
    private double produce(KafkaProducer<byte[], byte[]> producer, String topic) {
        AtomicReference<Exception> failure = new AtomicReference<>();
        long start = System.nanoTime();
        for (byte[] line : lines) {
            producer.send(new ProducerRecord<>(topic, line), (metadata, error) -> {
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
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "10000");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(8 * 1024 * 1024));
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
    private double source(String url, String name, String topic) throws Exception {
        TopicPartition partition = new TopicPartition(topic, 0);
        long start = System.nanoTime();
        create(url, name, Map.of("connector.class", SOURCE_CLASS, "tasks.max", "1", "file", input.toString(),
                "topic", topic, "key.converter", STRING_CONVERTER, "value.converter", STRING_CONVERTER));
        long end;
        long first = 0;
        do {
            Thread.sleep(10);
            end = admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition).get().offset();
            if (first == 0 && end > 0) {
                first = System.nanoTime();
            }
            checkDeadline(start, name);
        } while (end < lines.size());
        double seconds = (System.nanoTime() - start) / 1e9;
        detail(name, start, first, "file-source-steady", url);
        delete(url, name);
        if (end != lines.size()) {
            throw new IllegalStateException(name + ": topic holds " + end + " records, expected " + lines.size());
        }
        return seconds;
    }

    /** Seconds from creating a file sink until its file holds every line of {@code topic}. */
    private double sink(String url, String name, String topic) throws Exception {
        Path output = input.resolveSibling(name + ".out");
        Files.deleteIfExists(output);
        long start = System.nanoTime();
        create(url, name, Map.of("connector.class", SINK_CLASS, "tasks.max", "1", "file", output.toString(),
                "topics", topic, "key.converter", STRING_CONVERTER, "value.converter", STRING_CONVERTER));
        long first = 0;
        while (!Files.exists(output) || Files.size(output) < inputBytes) {
            Thread.sleep(10);
            if (first == 0 && Files.exists(output) && Files.size(output) > 0) {
                first = System.nanoTime();
            }
            checkDeadline(start, name);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        detail(name, start, first, "file-sink-steady", url);
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
        if (round == 0) {
            System.out.printf("WARMUP %s %s %.3f %.0f%n", figure, system, seconds, rate);
            return;
        }
        rates.computeIfAbsent(figure + " " + system, k -> new ArrayList<>()).add(rate);
        byRound.computeIfAbsent(figure + " " + system, k -> new LinkedHashMap<>()).put(round, rate);
        System.out.printf("RESULT %s %s %d %d %.3f %.0f%n", figure, system, round, records, seconds, rate);
        System.out.flush();
    }

    private static double median(List<Double> sorted) {
        int size = sorted.size();
        return size % 2 == 1 ? sorted.get(size / 2) : (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2;
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
            for (String[] pair : new String[][] {{"file-source", "ceiling-producer"}, {"file-sink", "ceiling-consumer"}}) {
                Double value = medians.get(pair[0] + " " + worker);
                Double ceiling = medians.get(pair[1] + " raw");
                if (value != null && ceiling != null) {
                    System.out.printf("CEILING %s %s %.0f%%%n", pair[0], worker, 100 * value / ceiling);
                }
            }
        }
        // the ceiling moves with the machine's noise: each figure against the ceiling of its own round
        for (String worker : workers.keySet()) {
            for (String[] pair : new String[][] {{"file-source", "ceiling-producer"}, {"file-sink", "ceiling-consumer"},
                    {"file-source-steady", "ceiling-producer"}, {"file-sink-steady", "ceiling-consumer"}}) {
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
        Set<String> names = workers.keySet();
        for (String other : List.of("apache", "baseline")) {
            if (names.contains("tributary") && names.contains(other)) {
                for (String figure : List.of("file-source", "file-sink", "file-source-steady", "file-sink-steady")) {
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
