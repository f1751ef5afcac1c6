package io.tributary.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tributary.testkit.TributaryProcess;

/**
 * Connectors created over REST live in the config topic, so a restarted standalone worker runs them
 * again and both continue from their committed offsets: after a clean stop nothing is repeated,
 * after a kill nothing is lost and repeats are limited to what was not yet committed.
 */
class StandaloneRestartPackagedIT {

    private static final Duration START = Duration.ofSeconds(90);
    private static final String STRING = "org.apache.kafka.connect.storage.StringConverter";

    @TempDir
    Path dir;
    private Path workerProps;
    private int restPort;
    private TributaryProcess worker;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void writeWorkerProperties() {
        restPort = TributaryProcess.freePort();
        workerProps = TributaryProcess.writeWorkerProperties(dir.resolve("worker.properties"),
                TributaryProcess.freePort(), dir.resolve("kafka"), restPort,
                Map.of("offset.flush.interval.ms", "500", "key.converter", STRING, "value.converter", STRING));
    }

    @AfterEach
    void stopWorker() {
        if (worker != null) {
            worker.close();
        }
    }

    private void startWorker() {
        worker = TributaryProcess.start(dir, restPort, "standalone", workerProps.toString());
        worker.awaitHttp("/health", 200, START);
    }

    private void createFileConnectors(Path input, Path output) throws IOException, InterruptedException {
        post("source", Map.of("connector.class", "FileStreamSource", "file", input.toString(), "topic", "lines",
                "batch.size", "500"));
        post("sink", Map.of("connector.class", "FileStreamSink", "file", output.toString(), "topics", "lines"));
    }

    private void post(String name, Map<String, String> config) throws IOException, InterruptedException {
        String json = "{\"name\":\"" + name + "\",\"config\":{" + config.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"").collect(Collectors.joining(",")) + "}}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(worker.baseUrl() + "/connectors"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static void appendLines(Path file, int from, int to) throws IOException {
        Files.writeString(file, IntStream.range(from, to).mapToObj(Integer::toString)
                .collect(Collectors.joining("\n", "", "\n")), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    private static void awaitLines(Path output, int count) {
        Awaitility.await("sink output of " + count + " lines").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200)).until(() -> lines(output).size() >= count);
    }

    @Test
    void afterACleanStopConnectorsResumeWhereTheyStoppedWithoutRepeats() throws Exception {
        // given connectors created over REST that copied a first part of a file
        Path input = dir.resolve("input.txt");
        Path output = dir.resolve("output.txt");
        appendLines(input, 0, 50_000);
        startWorker();
        createFileConnectors(input, output);
        awaitLines(output, 50_000);

        // when the worker stops, the file grows, and the worker starts again with no connector arguments
        worker.stop(Duration.ofSeconds(30));
        appendLines(input, 50_000, 100_000);
        startWorker();

        // then the restored connectors copy exactly the rest
        awaitLines(output, 100_000);
        assertThat(Files.mismatch(input, output)).isEqualTo(-1L);
    }

    @Test
    void afterAKillMidStreamNoLineIsLostAndEachConnectorReplaysAtMostOnce() throws Exception {
        // given a large file being copied
        Path input = dir.resolve("input.txt");
        Path output = dir.resolve("output.txt");
        int total = 300_000;
        appendLines(input, 0, total);
        startWorker();
        createFileConnectors(input, output);

        // when the worker is killed mid-stream and started again
        awaitLines(output, 1);
        worker.kill();
        int beforeKill = lines(output).size();
        startWorker();

        // then every line arrives, in order, and lines repeat only where a connector replayed uncommitted work
        Awaitility.await("every line copied").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    List<String> out = lines(output);
                    return !out.isEmpty() && out.get(out.size() - 1).equals(Integer.toString(total - 1));
                });
        assertThat(beforeKill).as("killed before the copy finished").isLessThan(total);
        assertEveryLineInOrderWithOneReplay(lines(output), total);
    }

    /** The output counts up to total-1 without a gap, stepping back at most once per connector. */
    private static void assertEveryLineInOrderWithOneReplay(List<String> out, int total) {
        int expected = 0;
        int rewinds = 0;
        for (String line : out) {
            int value = Integer.parseInt(line);
            if (value != expected) {
                assertThat(value).as("no line is skipped").isLessThan(expected);
                rewinds++;
            }
            expected = value + 1;
        }
        assertThat(expected).isEqualTo(total);
        // The source may re-send what it had not committed, and the sink may re-write what it had not
        // committed: at most one replay each.
        assertThat(rewinds).as("repeats come from one replay per connector after the restart").isLessThanOrEqualTo(2);
    }

    @Test
    void connectorFilesOnTheCommandLineAreCreatedAtStart() throws Exception {
        // given a file and a connector configuration file in the properties format
        Path input = dir.resolve("input.txt");
        Path output = dir.resolve("output.txt");
        appendLines(input, 0, 10);
        Path source = Files.writeString(dir.resolve("source.properties"), "name=file-source\n"
                + "connector.class=FileStreamSource\nfile=" + input + "\ntopic=from-file\n");
        Path sink = Files.writeString(dir.resolve("sink.json"), "{\"name\":\"file-sink\",\"config\":{"
                + "\"connector.class\":\"FileStreamSink\",\"file\":\"" + output + "\",\"topics\":\"from-file\"}}");

        // when the worker starts with them, as connect-standalone takes them
        worker = TributaryProcess.start(dir, restPort, "standalone", workerProps.toString(), source.toString(),
                sink.toString());
        worker.awaitHttp("/health", 200, START);

        // then both connectors exist and copy the file
        assertThat(worker.get("/connectors/file-source").status()).isEqualTo(200);
        assertThat(worker.get("/connectors/file-sink").status()).isEqualTo(200);
        awaitLines(output, 10);
        assertThat(Files.mismatch(input, output)).isEqualTo(-1L);
    }
}
