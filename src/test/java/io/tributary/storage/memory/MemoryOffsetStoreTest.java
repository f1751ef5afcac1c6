package io.tributary.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** In-memory offsets: lookups by Apache's key bytes. */
class MemoryOffsetStoreTest {

    @Test
    void findsOffsetsByPartitionBytesWhateverTheNumberType() {
        // given an offset written with an Integer in the partition
        try (MemoryOffsetStore store = new MemoryOffsetStore()) {
            store.start();
            store.write("c", Map.of(Map.of("shard", 1), Map.of("seq", 7))).join();
            // then a lookup with a Long finds it, as it would in Apache
            assertThat(store.offset("c", Map.of("shard", 1L))).isEqualTo(Map.of("seq", 7L));
            assertThat(store.offsets("c")).containsOnlyKeys(Map.of("shard", 1L));
            assertThat(store.offset("other", Map.of("shard", 1))).isNull();
        }
    }
}
