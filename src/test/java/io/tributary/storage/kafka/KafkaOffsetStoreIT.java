package io.tributary.storage.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.tributary.testkit.EmbeddedBrokerExtension;
import io.tributary.testkit.EmbeddedBrokerExtension.Bootstrap;

/** The offsets topic store against a real broker. */
@ExtendWith(EmbeddedBrokerExtension.class)
class KafkaOffsetStoreIT {

    private static final Map<String, Object> FILE = Map.of("filename", "/tmp/ref-storage/in.txt");

    @Test
    void offsetsWrittenByOneInstanceAreReadByTheNext(@Bootstrap String bootstrap) {
        String topic = RawTopic.unique("offsets");
        Map<String, Object> other = Map.of("filename", "/b");
        // given offsets written by one store on a topic with several partitions
        try (KafkaOffsetStore first = new KafkaOffsetStore(RawTopic.settings(bootstrap, topic, 5))) {
            first.start();
            first.write("src", Map.of(FILE, Map.of("position", 18), other, Map.of("position", 1))).join();
            // then they are visible to the writer as soon as the write completes
            assertThat(first.offset("src", FILE)).isEqualTo(Map.of("position", 18L));
            // when one partition is reset with a tombstone
            Map<Map<String, Object>, Map<String, Object>> reset = new HashMap<>();
            reset.put(other, null);
            first.write("src", reset).join();
        }
        // when the next store starts
        try (KafkaOffsetStore second = new KafkaOffsetStore(RawTopic.settings(bootstrap, topic, 5))) {
            second.start();
            // then it has the surviving offset only
            assertThat(second.offsets("src")).containsExactly(Map.entry(FILE, Map.of("position", 18L)));
            assertThat(second.offsets("another")).isEmpty();
        }
    }

    @Test
    void readingTheTopicToItsEndLogsNoWarning(@Bootstrap String bootstrap) {
        // given a store, and the warnings of the client class that answers end-offset requests
        List<String> warnings = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger clientLogger = Logger.getLogger("org.apache.kafka.clients.consumer.internals.OffsetFetcherUtils");
        clientLogger.addHandler(capture);
        try (KafkaOffsetStore store = new KafkaOffsetStore(RawTopic.settings(bootstrap, RawTopic.unique("offsets"), 1))) {
            store.start();
            // when it writes again and again (each write waits until the topic is read to its end)
            for (int i = 0; i < 20; i++) {
                store.write("src", Map.of(FILE, Map.of("position", i))).join();
            }
        } finally {
            clientLogger.removeHandler(capture);
        }
        // then the end-offset requests warned about nothing (kafka-clients 4.x warns when the
        // consumer asking is not assigned the partition)
        assertThat(warnings).isEmpty();
    }

    @Test
    void readsOffsetsAsApacheWroteThem(@Bootstrap String bootstrap) {
        String topic = RawTopic.unique("offsets");
        // given the record an Apache 4.3.1 worker wrote for FileStreamSource
        RawTopic raw = new RawTopic(bootstrap, topic);
        try (KafkaOffsetStore store = new KafkaOffsetStore(RawTopic.settings(bootstrap, topic, 1))) {
            store.start();
            raw.write("[\"src\",{\"filename\":\"/tmp/ref-storage/in.txt\"}]", "{\"position\":18}");
            // when the topic is read to its end (a write waits for that)
            store.write("unrelated", Map.of()).join();
            // then the connector's offset is there, and what we write is Apache's bytes
            assertThat(store.offset("src", FILE)).isEqualTo(Map.of("position", 18L));
            store.write("src", Map.of(FILE, Map.of("position", 20))).join();
        }
        assertThat(raw.keysAndValues()).containsExactly(
                "[\"src\",{\"filename\":\"/tmp/ref-storage/in.txt\"}] {\"position\":18}",
                "[\"src\",{\"filename\":\"/tmp/ref-storage/in.txt\"}] {\"position\":20}");
    }
}
