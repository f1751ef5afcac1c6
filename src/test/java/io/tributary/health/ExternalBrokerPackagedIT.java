package io.tributary.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tributary.testkit.SharedBroker;
import io.tributary.testkit.TributaryProcess;

/**
 * With {@code bootstrap.servers} set, the packaged worker starts no broker of its own: it reaches
 * the existing cluster and reports that cluster's id. Because the command line names the cluster,
 * the worker reads its internal topics while Quarkus boots (io.tributary.EarlyStart) and takes that
 * work over only when the configuration it finally assembles is the same.
 */
class ExternalBrokerPackagedIT {

    private static final Duration START = Duration.ofSeconds(90);

    @TempDir
    Path dir;
    private TributaryProcess worker;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (worker != null) {
            worker.close();
        }
    }

    @Test
    void workerOnAnExistingClusterReportsItsIdAndStartsNoBroker() throws Exception {
        // given a worker properties file naming an existing cluster
        int restPort = TributaryProcess.freePort();
        Path props = workerProperties(restPort, "external-" + restPort);

        // when the packaged worker starts with it
        worker = TributaryProcess.start(dir, restPort, "standalone", props.toString());
        worker.awaitHttp("/health", 200, START);

        // then GET / names that cluster, and no embedded broker started (no data directory, no log line)
        assertThat(worker.get("/").body()).contains("\"kafka_cluster_id\":\"" + SharedBroker.clusterId() + "\"");
        assertThat(dir.resolve("data")).doesNotExist();
        assertThat(worker.stdout()).doesNotContain("TRIB0100");
    }

    @Test
    void connectorsReadWhileQuarkusBootsAreThereAfterARestart() throws Exception {
        // given a worker on an existing cluster that stored a connector in its config topic
        int restPort = TributaryProcess.freePort();
        Path props = workerProperties(restPort, "early-" + restPort);
        worker = TributaryProcess.start(dir, restPort, "standalone", props.toString());
        worker.awaitHttp("/health", 200, START);
        createStoppedConnector("survivor");
        worker.close();

        // when the worker starts again with the same command line
        worker = TributaryProcess.start(dir, restPort, "standalone", props.toString());
        worker.awaitHttp("/health", 200, START);

        // then it took over the topics read before Quarkus booted, and they held the connector
        assertThat(worker.stdout()).contains("TRIB0005").doesNotContain("TRIB0006");
        assertThat(worker.get("/connectors").body()).isEqualTo("[\"survivor\"]");
        assertThat(worker.get("/connectors/survivor/status").body()).contains("\"state\":\"STOPPED\"");
    }

    @Test
    void anEarlyStartForOtherSettingsIsDiscardedAndTheFinalSettingsWin() throws Exception {
        // given a worker properties file, and one more worker key in an application.properties of the
        // working directory (which Quarkus reads at boot, after the early start has begun)
        int restPort = TributaryProcess.freePort();
        Path props = workerProperties(restPort, "override-" + restPort);
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/application.properties"),
                "tributary.worker.\"offset.flush.interval.ms\"=1234\n");

        // when the worker starts
        worker = TributaryProcess.start(dir, restPort, "standalone", props.toString());
        worker.awaitHttp("/health", 200, START);

        // then the early start was discarded and the worker started afresh with the final settings
        assertThat(worker.stdout()).contains("TRIB0006").doesNotContain("TRIB0005");
        assertThat(worker.get("/").body()).contains("\"kafka_cluster_id\":\"" + SharedBroker.clusterId() + "\"");
    }

    private Path workerProperties(int restPort, String prefix) throws Exception {
        return Files.writeString(dir.resolve("worker.properties"), "bootstrap.servers="
                + SharedBroker.bootstrapServers() + "\nlisteners=http://127.0.0.1:" + restPort + "\n"
                + "group.id=" + prefix + "\nconfig.storage.topic=" + prefix + "-configs\n"
                + "offset.storage.topic=" + prefix + "-offsets\nstatus.storage.topic=" + prefix + "-status\n");
    }

    private void createStoppedConnector(String name) throws Exception {
        String json = "{\"name\":\"" + name + "\",\"config\":{\"connector.class\":\"FileStreamSource\",\"topic\":\""
                + name + "\",\"file\":\"" + dir.resolve("input.txt") + "\"},\"initial_state\":\"STOPPED\"}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(worker.baseUrl() + "/connectors"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
