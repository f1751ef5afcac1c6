package io.tributary.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tributary.testkit.TributaryProcess;

/** The embedded broker keeps its data across restarts of the packaged jar, clean or not. */
class EmbeddedBrokerRestartPackagedIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path workDir;

    private String bootstrap;
    private int restPort;
    private Path workerProperties;
    private final List<TributaryProcess> processes = new ArrayList<>();

    @BeforeEach
    void workerPropertiesOnFreePorts() {
        int brokerPort = TributaryProcess.freePort();
        bootstrap = "127.0.0.1:" + brokerPort;
        restPort = TributaryProcess.freePort();
        workerProperties = TributaryProcess.writeWorkerProperties(workDir.resolve("worker.properties"), brokerPort,
                workDir.resolve("kafka"), restPort, Map.of());
    }

    @AfterEach
    void stopProcesses() {
        processes.forEach(TributaryProcess::close);
    }

    @Test
    void topicCreatedBeforeAGracefulRestartIsStillThereAfterIt() throws Exception {
        // given: a topic created on a running worker's broker
        TributaryProcess first = startReady();
        String clusterId = clusterId();
        createTopic("kept-across-restart");

        // when: the worker stops on SIGTERM and starts again on the same data directory
        assertThat(first.stop(STOP_TIMEOUT)).isIn(0, 143);
        startReady();

        // then: same cluster, same topic
        assertThat(clusterId()).isEqualTo(clusterId);
        assertThat(topics()).contains("kept-across-restart");
    }

    @Test
    void killedWorkerRecoversOnTheNextStartWithItsTopicsAndRecords() throws Exception {
        // given: a topic holding one acknowledged record
        TributaryProcess first = startReady();
        String clusterId = clusterId();
        createTopic("kept-across-kill");
        produce("kept-across-kill", "survivor");

        // when: the worker is killed with SIGKILL and started again on the same data directory
        assertThat(first.kill()).isEqualTo(137);
        startReady();

        // then: the broker recovered its log: same cluster, same topic, same record
        assertThat(clusterId()).isEqualTo(clusterId);
        assertThat(topics()).contains("kept-across-kill");
        assertThat(consumeFirst("kept-across-kill")).isEqualTo("survivor");
    }

    @Test
    void takenBrokerPortIsAOneLineErrorAndANonZeroExit() throws IOException {
        // given: something else already listens on the broker port
        int brokerPort = Integer.parseInt(bootstrap.substring(bootstrap.indexOf(':') + 1));
        try (ServerSocket squatter = new ServerSocket(brokerPort, 1, InetAddress.getByName("127.0.0.1"))) {
            // when
            TributaryProcess tributary = track(TributaryProcess.start(workDir, restPort, workerProperties.toString()));
            int exitCode = tributary.awaitExit(START_TIMEOUT);

            // then: exit 2, and stderr says what to change in one line, without a stack trace
            assertThat(exitCode).as(tributary.output()).isEqualTo(2);
            assertThat(tributary.stderr().lines().toList()).as(tributary.output()).singleElement().asString()
                    .isEqualTo("tributary: port " + brokerPort + " on 127.0.0.1 is already in use; choose another "
                            + "with tributary.embedded-broker.port");
            assertThat(tributary.stdout()).doesNotContain("\tat ", "Exception");
        }
    }

    private TributaryProcess startReady() {
        TributaryProcess tributary = track(TributaryProcess.start(workDir, restPort, workerProperties.toString()));
        tributary.awaitHttp("/health", 200, START_TIMEOUT);
        return tributary;
    }

    private TributaryProcess track(TributaryProcess process) {
        processes.add(process);
        return process;
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    private String clusterId() throws Exception {
        try (Admin admin = admin()) {
            return admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS);
        }
    }

    private void createTopic(String topic) throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    private Set<String> topics() throws Exception {
        try (Admin admin = admin()) {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS);
        }
    }

    private void produce(String topic, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private String consumeFirst(String topic) {
        TopicPartition partition = new TopicPartition(topic, 0);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            List<String> values = new ArrayList<>();
            await("a record on " + topic).atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                    .until(() -> {
                        consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
                        return !values.isEmpty();
                    });
            return values.get(0);
        }
    }
}
