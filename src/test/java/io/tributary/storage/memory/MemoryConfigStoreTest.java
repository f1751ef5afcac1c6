package io.tributary.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.tributary.storage.ConfigStore;
import io.tributary.storage.TargetState;

/** In-memory connector configurations, for unit tests of the layers above. */
class MemoryConfigStoreTest {

    @Test
    void keepsConfigsTargetStatesAndTasksAndTellsTheListener() {
        try (MemoryConfigStore store = new MemoryConfigStore()) {
            // given a store with a listener
            List<String> events = new ArrayList<>();
            store.setListener(new ConfigStore.Listener() {
                @Override
                public void onConnectorChange(String connector) {
                    events.add("change " + connector);
                }

                @Override
                public void onConnectorRemoved(String connector) {
                    events.add("removed " + connector);
                }
            });
            store.start();
            // when a connector is created stopped, given tasks, resumed and deleted
            store.putConnectorConfig("a", Map.of("k", "v"), TargetState.STOPPED);
            store.putTaskConfigs("a", List.of(Map.of("t", "0")));
            assertThat(store.snapshot().targetState("a")).isEqualTo(TargetState.STOPPED);
            assertThat(store.snapshot().taskConfigs("a")).containsExactly(Map.of("t", "0"));
            store.putTargetState("a", TargetState.STARTED);
            assertThat(store.snapshot().targetState("a")).isEqualTo(TargetState.STARTED);
            store.removeConnectorConfig("a");
            // then the snapshot forgets it and the listener heard every step
            assertThat(store.snapshot().contains("a")).isFalse();
            assertThat(store.snapshot().taskConfigs("a")).isEmpty();
            assertThat(store.snapshot().offset()).isEqualTo(4);
            assertThat(events).containsExactly("change a", "change a", "change a", "removed a");
        }
    }
}
