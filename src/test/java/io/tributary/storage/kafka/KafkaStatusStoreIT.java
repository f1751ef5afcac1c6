package io.tributary.storage.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.tributary.storage.ConnectorState;
import io.tributary.storage.ConnectorTaskId;
import io.tributary.storage.Status;
import io.tributary.testkit.EmbeddedBrokerExtension;
import io.tributary.testkit.EmbeddedBrokerExtension.Bootstrap;

/** The status topic store against a real broker. */
@ExtendWith(EmbeddedBrokerExtension.class)
class KafkaStatusStoreIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final ConnectorTaskId TASK = new ConnectorTaskId("c", 0);

    @Test
    void statusesWrittenByOneInstanceAreReadByTheNextUntilRemoved(@Bootstrap String bootstrap) {
        String topic = RawTopic.unique("status");
        Status connector = Status.connector("c", ConnectorState.RUNNING, null, "w:1", 2).withVersion("4.3.1");
        Status task = Status.task(TASK, ConnectorState.FAILED, "boom\n\tat x", "w:1", 3);
        // given statuses written by one store
        try (KafkaStatusStore first = new KafkaStatusStore(RawTopic.settings(bootstrap, topic, 3))) {
            first.start();
            first.put(connector);
            first.put(task);
            // then they are visible at once
            assertThat(first.taskStatus(TASK)).isEqualTo(task);
        }
        RawTopic raw = new RawTopic(bootstrap, topic);
        await("statuses written").atMost(WAIT).until(() -> raw.readAll().size() == 2);
        // when a second store starts, then it reads them; when it removes the connector, a third sees nothing
        try (KafkaStatusStore second = new KafkaStatusStore(RawTopic.settings(bootstrap, topic, 3))) {
            second.start();
            assertThat(second.connectorStatus("c")).isEqualTo(connector);
            assertThat(second.taskStatuses("c")).containsExactly(task);
            second.remove("c");
            assertThat(second.connectorStatus("c")).isNull();
        }
        await("tombstones written").atMost(WAIT).until(() -> raw.readAll().size() == 4);
        try (KafkaStatusStore third = new KafkaStatusStore(RawTopic.settings(bootstrap, topic, 3))) {
            third.start();
            assertThat(third.connectorStatus("c")).isNull();
            assertThat(third.taskStatuses("c")).isEmpty();
        }
    }

    @Test
    void ignoresALateWriteOfAnotherWorkerFromAnOlderGeneration(@Bootstrap String bootstrap) {
        String topic = RawTopic.unique("status");
        RawTopic raw = new RawTopic(bootstrap, topic);
        try (KafkaStatusStore store = new KafkaStatusStore(RawTopic.settings(bootstrap, topic, 1))) {
            store.start();
            // given this worker runs the task in generation 5
            store.put(Status.task(TASK, ConnectorState.RUNNING, null, "me:1", 5));
            // when an old worker's status of generation 4 arrives, followed by an Apache worker's in generation 6
            raw.write("status-task-c-0", "{\"state\":\"FAILED\",\"trace\":null,\"worker_id\":\"old:1\",\"generation\":4}",
                    "status-connector-marker", "{\"state\":\"RUNNING\",\"trace\":null,\"worker_id\":\"x:1\",\"generation\":1,\"version\":null}");
            await("marker read").atMost(WAIT).until(() -> store.connectorStatus("marker") != null);
            // then the late write is ignored
            assertThat(store.taskStatus(TASK).workerId()).isEqualTo("me:1");
            raw.write("status-task-c-0",
                    "{\"state\":\"RUNNING\",\"trace\":null,\"worker_id\":\"new:1\",\"generation\":6,\"version\":\"4.3.1\"}");
            await("newer generation read").atMost(WAIT)
                    .until(() -> "new:1".equals(store.taskStatus(TASK).workerId()));
        }
    }

    @Test
    void readingBackItsOwnWritesNeverShowsAnOlderStatus(@Bootstrap String bootstrap) {
        String topic = RawTopic.unique("status");
        RawTopic raw = new RawTopic(bootstrap, topic);
        try (KafkaStatusStore store = new KafkaStatusStore(RawTopic.settings(bootstrap, topic, 1))) {
            store.start();
            // given a connector whose status keeps changing while its earlier records are read back
            int changes = 300;
            for (int i = 0; i < changes; i++) {
                ConnectorState state = i % 2 == 0 ? ConnectorState.UNASSIGNED : ConnectorState.FAILED;
                store.put(Status.connector("c", state, null, "me:1", 1));
                // then, between two changes, the store shows the latest one all the while
                long next = System.nanoTime() + Duration.ofMillis(3).toNanos();
                while (System.nanoTime() < next) {
                    assertThat(store.connectorStatus("c").state()).as("status after change %d", i).isEqualTo(state);
                }
            }
            await("every record written").atMost(WAIT).until(() -> raw.readAll().size() == changes);
            assertThat(store.connectorStatus("c").state()).isEqualTo(ConnectorState.FAILED);
        }
    }
}
