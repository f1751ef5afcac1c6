package io.tributary.storage.kafka;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.tributary.logging.TributaryLog;
import io.tributary.storage.OffsetStore;
import io.tributary.storage.codec.OffsetCodec;
import io.tributary.storage.codec.OffsetKeyCodec;

/**
 * Source offsets in the offsets topic (compacted, 25 partitions by Apache's default) in Apache Kafka
 * Connect's format, the role of Apache's {@code KafkaOffsetBackingStore}: keys and values are those of
 * {@link OffsetKeyCodec} and {@link OffsetCodec}. Because the key bytes and the producer's default
 * partitioner are Apache's, a partition's records land in the same topic partition as Apache's would,
 * so compaction keeps exactly the latest offset whichever runtime wrote it.
 *
 * <p>Guarantees: {@link #start()} returns with every stored offset loaded; a {@link #write} completes
 * once all its records are acknowledged and the topic was read back past them, so {@link #offset} then
 * returns them; offsets of other workers appear as they are read. Lookups compare serialised key bytes,
 * as Apache does. Thread-safe.
 */
public final class KafkaOffsetStore implements OffsetStore {

    private final KafkaLog log;
    private final Map<ByteBuffer, byte[]> data = new ConcurrentHashMap<>();

    public KafkaOffsetStore(KafkaStoreSettings settings) {
        this.log = new KafkaLog(settings, "offsets", Map.of(), this::onRecord);
    }

    @Override
    public void start() {
        long begin = System.nanoTime();
        long read = log.start();
        TributaryLog.LOG.kafkaStoreStarted("offset", log.topic(), read, (System.nanoTime() - begin) / 1_000_000);
    }

    @Override
    public Map<String, Object> offset(String connector, Map<String, ?> partition) {
        return OffsetCodec.decode(data.get(ByteBuffer.wrap(OffsetKeyCodec.encode(connector, partition))));
    }

    @Override
    public Map<Map<String, Object>, Map<String, Object>> offsets(String connector) {
        Map<Map<String, Object>, Map<String, Object>> result = new LinkedHashMap<>();
        data.forEach((key, value) -> {
            OffsetKeyCodec.Key decoded = OffsetKeyCodec.decode(key.array());
            if (decoded != null && decoded.connector().equals(connector)) {
                result.put(decoded.partition(), OffsetCodec.decode(value));
            }
        });
        return result;
    }

    @Override
    public CompletableFuture<Void> write(String connector,
                                         Map<? extends Map<String, ?>, ? extends Map<String, ?>> offsets) {
        List<CompletableFuture<?>> sends = new ArrayList<>();
        offsets.forEach((partition, offset) ->
                sends.add(log.send(OffsetKeyCodec.encode(connector, partition), OffsetCodec.encode(offset))));
        // visible once read back: applying from the topic only keeps this worker's view in topic order
        return CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                .thenCompose(acked -> log.readToEnd());
    }

    @Override
    public void close() {
        log.close();
        TributaryLog.LOG.kafkaStoreStopped("offset", log.topic());
    }

    private void onRecord(ConsumerRecord<byte[], byte[]> record) {
        if (record.key() == null) {
            TributaryLog.LOG.recordIgnored("null", log.topic(), record.offset(), "no key");
            return;
        }
        ByteBuffer key = ByteBuffer.wrap(record.key());
        if (record.value() == null) {
            data.remove(key); // a tombstone: the partition starts over
        } else {
            data.put(key, record.value());
        }
    }
}
