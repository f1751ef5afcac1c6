package io.tributary.worker.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/**
 * Waiting for a topic's partition leaders must never keep a task from stopping, nor its close. The
 * leaders here can never answer: the admin client points at a port nobody listens on.
 */
class OutgoingTopicsTest {

    private static final String TOPIC = "orders";

    @Test
    void stoppingTaskStopsWaitingForPartitionLeaders() throws Exception {
        // given a producer that knows the topic's two partitions, and no broker to confirm their leaders
        Node node = new Node(0, "127.0.0.1", freePort());
        Cluster cluster = new Cluster("cluster", List.of(node), List.of(
                new PartitionInfo(TOPIC, 0, node, new Node[] {node}, new Node[] {node}),
                new PartitionInfo(TOPIC, 1, node, new Node[] {node}, new Node[] {node})), Set.of(), Set.of());
        MockProducer<byte[], byte[]> producer = new MockProducer<>(cluster, true, null, new ByteArraySerializer(),
                new ByteArraySerializer());
        AtomicBoolean stopping = new AtomicBoolean();
        long start = System.nanoTime();

        try (OutgoingTopics topics = new OutgoingTopics("orders-source-0", new TaskProducers(() -> producer, null), Optional.empty(), Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + node.port(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "120000"))) {
            // when the task is asked to stop while it waits
            Thread waiting = new Thread(() -> topics.prepare(TOPIC, stopping::get), "task");
            waiting.start();
            Thread.sleep(500);
            assertThat(waiting.isAlive()).as("still waiting for the leaders").isTrue();
            stopping.set(true);

            // then the wait ends long before the admin client would give up
            waiting.join(5_000);
            assertThat(waiting.isAlive()).isFalse();
        }
        // and closing does not wait for the abandoned check either
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(30));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
