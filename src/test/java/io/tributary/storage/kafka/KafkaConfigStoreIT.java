package io.tributary.storage.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.tributary.storage.ClusterConfigState;
import io.tributary.storage.ConfigStore;
import io.tributary.storage.TargetState;
import io.tributary.testkit.EmbeddedBrokerExtension;
import io.tributary.testkit.EmbeddedBrokerExtension.Bootstrap;

/** The config topic store against a real broker: Apache's records, commit semantics, restarts. */
@ExtendWith(EmbeddedBrokerExtension.class)
class KafkaConfigStoreIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void restoresWhatAPreviousInstanceWroteAndWritesApacheBytes(@Bootstrap String bootstrap) {
        String topic = RawTopic.unique("configs");
        // given a connector created stopped, with two tasks, written by one store
        try (KafkaConfigStore first = new KafkaConfigStore(RawTopic.settings(bootstrap, topic, 1))) {
            first.start();
            first.putConnectorConfig("src", Map.of("connector.class", "FileStreamSource"), TargetState.STOPPED);
            first.putTaskConfigs("src", List.of(Map.of("task", "0"), Map.of("task", "1")));
            // then the writer's own snapshot includes every write at once
            assertThat(first.snapshot().taskConfigs("src")).hasSize(2);
        }
        // when a new store reads the topic
        try (KafkaConfigStore second = new KafkaConfigStore(RawTopic.settings(bootstrap, topic, 1))) {
            second.start();
            ClusterConfigState state = second.snapshot();
            // then it has the same state, and the topic holds Apache's records in Apache's order
            assertThat(state.connectorConfig("src")).isEqualTo(Map.of("connector.class", "FileStreamSource"));
            assertThat(state.targetState("src")).isEqualTo(TargetState.STOPPED);
            assertThat(state.taskConfigs("src")).containsExactly(Map.of("task", "0"), Map.of("task", "1"));
            assertThat(state.offset()).isEqualTo(5);
        }
        assertThat(new RawTopic(bootstrap, topic).keysAndValues()).containsExactly(
                "target-state-src {\"state\":\"PAUSED\",\"state.v2\":\"STOPPED\"}",
                "connector-src {\"properties\":{\"connector.class\":\"FileStreamSource\"}}",
                "task-src-0 {\"properties\":{\"task\":\"0\"}}",
                "task-src-1 {\"properties\":{\"task\":\"1\"}}",
                "commit-src {\"tasks\":2}");
    }

    @Test
    void everyWriteIsInTheSnapshotWhenItReturnsWithWhatOthersWroteBefore(@Bootstrap String bootstrap) {
        String topic = RawTopic.unique("configs");
        RawTopic raw = new RawTopic(bootstrap, topic);
        try (KafkaConfigStore store = new KafkaConfigStore(RawTopic.settings(bootstrap, topic, 1))) {
            store.start();
            for (int i = 0; i < 30; i++) {
                // given another worker's record, written just before ours
                raw.write("connector-other-" + i, "{\"properties\":{\"i\":\"" + i + "\"}}");
                // when this store writes, then its snapshot has both at once, with no waiting
                store.putConnectorConfig("c" + i, Map.of("i", String.valueOf(i)), TargetState.STOPPED);
                ClusterConfigState state = store.snapshot();
                assertThat(state.connectorConfig("c" + i)).isEqualTo(Map.of("i", String.valueOf(i)));
                assertThat(state.targetState("c" + i)).isEqualTo(TargetState.STOPPED);
                assertThat(state.contains("other-" + i)).isTrue();
                store.putTaskConfigs("c" + i, List.of(Map.of("t", "0")));
                assertThat(store.snapshot().taskConfigs("c" + i)).containsExactly(Map.of("t", "0"));
                store.putTargetState("c" + i, TargetState.PAUSED);
                assertThat(store.snapshot().targetState("c" + i)).isEqualTo(TargetState.PAUSED);
                // when it deletes, then the snapshot no longer has it
                store.removeConnectorConfig("c" + i);
                assertThat(store.snapshot().contains("c" + i)).isFalse();
            }
        }
    }

    @Test
    void taskConfigsStayInvisibleUntilTheirCommitIsRead(@Bootstrap String bootstrap) {
        String topic = RawTopic.unique("configs");
        RawTopic raw = new RawTopic(bootstrap, topic);
        try (KafkaConfigStore store = new KafkaConfigStore(RawTopic.settings(bootstrap, topic, 1))) {
            store.start();
            store.putConnectorConfig("c", Map.of("k", "v"), null);
            // when another worker writes task records, and a marker after them, but no commit yet
            raw.write("task-c-0", "{\"properties\":{\"t\":\"0\"}}",
                    "connector-marker", "{\"properties\":{}}");
            await("marker read").atMost(WAIT).until(() -> store.snapshot().contains("marker"));
            // then the task is not visible
            assertThat(store.snapshot().taskConfigs("c")).isEmpty();
            // when the commit arrives, then it is
            raw.write("commit-c", "{\"tasks\":1}");
            await("commit read").atMost(WAIT)
                    .untilAsserted(() -> assertThat(store.snapshot().taskConfigs("c")).containsExactly(Map.of("t", "0")));
        }
    }

    @Test
    void anIncompleteCommitHidesTasksUntilACompleteOne(@Bootstrap String bootstrap) {
        String topic = RawTopic.unique("configs");
        RawTopic raw = new RawTopic(bootstrap, topic);
        createTopic(bootstrap, topic);
        // given a compacted history: a commit for 2 tasks of which only task 1 survived
        raw.write("connector-c", "{\"properties\":{}}",
                "task-c-1", "{\"properties\":{\"t\":\"1\"}}",
                "commit-c", "{\"tasks\":2}");
        try (KafkaConfigStore store = new KafkaConfigStore(RawTopic.settings(bootstrap, topic, 1))) {
            store.start();
            // then the connector is inconsistent and has no tasks
            assertThat(store.inconsistentConnectors()).containsExactly("c");
            assertThat(store.snapshot().taskConfigs("c")).isEmpty();
            // when new task configs are published, then it is consistent again
            store.putTaskConfigs("c", List.of(Map.of("t", "new")));
            assertThat(store.inconsistentConnectors()).isEmpty();
            assertThat(store.snapshot().taskConfigs("c")).containsExactly(Map.of("t", "new"));
        }
    }

    @Test
    void tombstonesDeleteAndTheListenerHearsOtherWorkers(@Bootstrap String bootstrap) {
        String topic = RawTopic.unique("configs");
        List<String> events = new CopyOnWriteArrayList<>();
        try (KafkaConfigStore store = new KafkaConfigStore(RawTopic.settings(bootstrap, topic, 1))) {
            store.setListener(recording(events));
            store.start();
            // given a connector with tasks, paused
            store.putConnectorConfig("gone", Map.of("k", "v"), null);
            store.putTaskConfigs("gone", List.of(Map.of("t", "0")));
            store.putTargetState("gone", TargetState.PAUSED);
            // when it is removed
            store.removeConnectorConfig("gone");
            // then its configuration, tasks and target state are gone, here and for the next reader
            assertThat(store.snapshot().contains("gone")).isFalse();
            assertThat(store.snapshot().taskConfigs("gone")).isEmpty();
            assertThat(events).containsExactly("change gone", "change gone", "change gone", "removed gone");
            // and a record of another worker (as Apache 4.3.1 wrote it) reaches the listener
            new RawTopic(bootstrap, topic).write("target-state-other", "{\"state\":\"PAUSED\",\"state.v2\":\"STOPPED\"}",
                    "connector-other", "{\"properties\":{\"name\":\"other\"}}");
            await("other worker's connector").atMost(WAIT).until(() -> events.contains("change other"));
            assertThat(store.snapshot().targetState("other")).isEqualTo(TargetState.STOPPED);
        }
        try (KafkaConfigStore next = new KafkaConfigStore(RawTopic.settings(bootstrap, topic, 1))) {
            next.start();
            assertThat(next.snapshot().connectors()).containsExactly("other");
        }
        assertThat(new RawTopic(bootstrap, topic).keysAndValues())
                .contains("connector-gone null", "target-state-gone null");
    }

    @Test
    void refusesATopicThatWouldDeleteRecords(@Bootstrap String bootstrap) {
        // given a topic created by the broker with its default cleanup policy (delete)
        String topic = RawTopic.unique("configs");
        new RawTopic(bootstrap, topic).write("connector-x", "{\"properties\":{}}");
        // then the store refuses to start on it
        try (KafkaConfigStore store = new KafkaConfigStore(RawTopic.settings(bootstrap, topic, 1))) {
            assertThatThrownBy(store::start).isInstanceOf(ConnectException.class).hasMessageContaining("compact");
        }
    }

    /** Creates the internal topic as a store does, so a test can write raw records before a store reads. */
    private static void createTopic(String bootstrap, String topic) {
        try (KafkaConfigStore creator = new KafkaConfigStore(RawTopic.settings(bootstrap, topic, 1))) {
            creator.start();
        }
    }

    private static ConfigStore.Listener recording(List<String> events) {
        return new ConfigStore.Listener() {
            @Override
            public void onConnectorChange(String connector) {
                events.add("change " + connector);
            }

            @Override
            public void onConnectorRemoved(String connector) {
                events.add("removed " + connector);
            }
        };
    }
}
