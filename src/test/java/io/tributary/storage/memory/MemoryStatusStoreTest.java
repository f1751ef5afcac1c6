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

    @Test
    void versionGrowsWithEveryChange() {
        try (MemoryStatusStore store = new MemoryStatusStore()) {
            // given a store with one status
            store.put(Status.connector("c", ConnectorState.RUNNING, null, "w:1", 1));
            long afterPut = store.version();
            // when a task reports, a task is destroyed, and the connector is removed, then each moves the version
            store.put(Status.task(new ConnectorTaskId("c", 0), ConnectorState.FAILED, "trace", "w:1", 1));
            long afterTask = store.version();
            store.put(Status.task(new ConnectorTaskId("c", 0), ConnectorState.DESTROYED, null, "w:1", 1));
            long afterDestroy = store.version();
            store.remove("c");
            assertThat(afterTask).isGreaterThan(afterPut);
            assertThat(afterDestroy).isGreaterThan(afterTask);
            assertThat(store.version()).isGreaterThan(afterDestroy);
        }
    }
}
