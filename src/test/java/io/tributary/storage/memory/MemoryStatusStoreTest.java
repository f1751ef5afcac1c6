package io.tributary.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.tributary.storage.ConnectorState;
import io.tributary.storage.ConnectorTaskId;
import io.tributary.storage.Status;

/** In-memory statuses, for unit tests of the layers above. */
class MemoryStatusStoreTest {

    @Test
    void keepsLatestStatusesInTaskOrderAndRemovesThem() {
        try (MemoryStatusStore store = new MemoryStatusStore()) {
            store.start();
            // given a connector with two tasks, written out of order
            store.put(Status.connector("c", ConnectorState.RUNNING, null, "w:1", 1));
            store.put(Status.task(new ConnectorTaskId("c", 1), ConnectorState.RUNNING, null, "w:1", 1));
            store.put(Status.task(new ConnectorTaskId("c", 0), ConnectorState.FAILED, "trace", "w:1", 1));
            store.put(Status.task(new ConnectorTaskId("other", 0), ConnectorState.RUNNING, null, "w:1", 1));
            // then tasks come back in order, and DESTROYED or remove() deletes
            assertThat(store.taskStatuses("c")).extracting(Status::task).containsExactly(0, 1);
            assertThat(store.taskStatus(new ConnectorTaskId("c", 0)).trace()).isEqualTo("trace");
            store.put(Status.task(new ConnectorTaskId("c", 1), ConnectorState.DESTROYED, null, "w:1", 2));
            assertThat(store.taskStatuses("c")).hasSize(1);
            store.remove("c");
            assertThat(store.connectorStatus("c")).isNull();
            assertThat(store.taskStatuses("c")).isEmpty();
            assertThat(store.taskStatuses("other")).hasSize(1);
        }
    }
}
