package io.tributary.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tributary.testkit.TributaryProcess;
import io.tributary.testkit.TributaryProcess.Answer;

/** The packaged jar, started as users start it, with its embedded broker. */
class StartupPackagedIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final long GRACEFUL_TIMEOUT_MS = 5_000;
    private static final Duration SHUTDOWN_MARGIN = Duration.ofSeconds(5);

    @TempDir
    Path workDir;

    private int brokerPort;
    private int restPort;
    private Path workerProperties;
    private TributaryProcess tributary;

    @BeforeEach
    void workerPropertiesOnFreePorts() {
        brokerPort = TributaryProcess.freePort();
        restPort = TributaryProcess.freePort();
        workerProperties = TributaryProcess.writeWorkerProperties(workDir.resolve("worker.properties"), brokerPort,
                workDir.resolve("kafka"), restPort,
                Map.of("task.shutdown.graceful.timeout.ms", String.valueOf(GRACEFUL_TIMEOUT_MS)));
    }

    @AfterEach
    void stopProcess() {
        if (tributary != null) {
            tributary.close();
        }
    }

    @Test
    void healthAndReadinessFlipFromStartingToReadyWithTheBrokersClusterId() throws Exception {
        // given: the jar started with its embedded broker
        tributary = TributaryProcess.start(workDir, restPort, "standalone", workerProperties.toString());

        // when: both probes are polled from the first moment until both say ready
        List<Answer> health = new ArrayList<>();
        List<Answer> ready = new ArrayList<>();
        await("/health and /q/health/ready answering 200").atMost(START_TIMEOUT)
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    tributary.assertAlive();
                    health.add(tributary.get("/health"));
                    ready.add(tributary.get("/q/health/ready"));
                    return last(health).status() == 200 && last(ready).status() == 200;
                });

        // then: before ready, each probe was refused or said "starting"; then it said ready
        assertStartingThenReady(health, "\"starting\"");
        assertStartingThenReady(ready, "\"DOWN\"");
        assertThat(last(health).body()).contains("\"status\":\"healthy\"");
        assertThat(last(ready).body()).contains("\"UP\"");
        // and: GET / names the cluster the embedded broker really belongs to
        Answer root = tributary.get("/");
        assertThat(root.status()).isEqualTo(200);
        assertThat(root.body()).contains("\"version\":\"4.3.1\"").contains("\"commit\":")
                .contains("\"kafka_cluster_id\":\"" + clusterIdOf("127.0.0.1:" + brokerPort) + "\"");
        // and: the broker was started before Quarkus booted, and that start was taken over
        assertThat(tributary.stdout()).contains("TRIB0005").doesNotContain("TRIB0006");
    }

    @Test
    void sigtermStopsGracefullyWithinTheTaskShutdownTimeout() {
        // given: a ready worker
        tributary = TributaryProcess.start(workDir, restPort, workerProperties.toString());
        tributary.awaitHttp("/health", 200, START_TIMEOUT);

        // when: it gets SIGTERM
        long begin = System.nanoTime();
        int exitCode = tributary.stop(Duration.ofMillis(GRACEFUL_TIMEOUT_MS).plus(SHUTDOWN_MARGIN));
        Duration took = Duration.ofNanos(System.nanoTime() - begin);

        // then: the JVM's SIGTERM code (128 + 15) or 0, in time, after an orderly stop
        assertThat(exitCode).as(tributary.output()).isIn(0, 143);
        assertThat(took).isLessThan(Duration.ofMillis(GRACEFUL_TIMEOUT_MS).plus(SHUTDOWN_MARGIN));
        assertThat(tributary.stdout()).contains("TRIB0002", "TRIB0101", "TRIB0003");
        assertThat(tributary.stderr()).doesNotContain("Exception");
    }

    private static void assertStartingThenReady(List<Answer> answers, String startingMarker) {
        int firstReady = answers.stream().map(Answer::status).toList().indexOf(200);
        assertThat(firstReady).as("answers before the first 200: %s", answers).isPositive();
        assertThat(answers.subList(0, firstReady)).as("answers before ready")
                .allSatisfy(answer -> {
                    if (!answer.refused()) {
                        assertThat(answer.status()).isEqualTo(503);
                        assertThat(answer.body()).contains(startingMarker);
                    }
                });
        assertThat(answers.subList(firstReady, answers.size())).as("answers once ready")
                .allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
    }

    private static Answer last(List<Answer> answers) {
        return answers.get(answers.size() - 1);
    }

    private static String clusterIdOf(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS);
        }
    }
}
