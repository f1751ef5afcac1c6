package io.tributary.health;

import static org.assertj.core.api.Assertions.assertThat;

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
 * the existing cluster (asking it for its id while Quarkus boots) and reports that cluster's id.
 */
class ExternalBrokerPackagedIT {

    @TempDir
    Path dir;
    private TributaryProcess worker;

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
        Path props = Files.writeString(dir.resolve("worker.properties"), "bootstrap.servers="
                + SharedBroker.bootstrapServers() + "\nlisteners=http://127.0.0.1:" + restPort + "\n"
                + "group.id=external-" + restPort + "\nconfig.storage.topic=external-configs-" + restPort + "\n"
                + "offset.storage.topic=external-offsets-" + restPort + "\nstatus.storage.topic=external-status-"
                + restPort + "\n");

        // when the packaged worker starts with it
        worker = TributaryProcess.start(dir, restPort, "standalone", props.toString());
        worker.awaitHttp("/health", 200, Duration.ofSeconds(90));

        // then GET / names that cluster, and no embedded broker started (no data directory, no log line)
        assertThat(worker.get("/").body()).contains("\"kafka_cluster_id\":\"" + SharedBroker.clusterId() + "\"");
        assertThat(dir.resolve("data")).doesNotExist();
        assertThat(worker.stdout()).doesNotContain("TRIB0100");
    }
}
