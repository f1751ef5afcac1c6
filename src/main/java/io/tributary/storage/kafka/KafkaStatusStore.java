package io.tributary.storage.kafka;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.tributary.logging.TributaryLog;
import io.tributary.storage.ConnectorTaskId;
import io.tributary.storage.Status;
import io.tributary.storage.StatusStore;
import io.tributary.storage.StatusTable;
import io.tributary.storage.codec.StatusRecordCodec;
import io.tributary.storage.codec.StatusRecordCodec.Subject;

/**
 * Connector and task statuses in the status topic (compacted, 5 partitions by Apache's default) in
 * Apache Kafka Connect's format ({@link StatusRecordCodec}), the role of Apache's
 * {@code KafkaStatusBackingStore}.
 *
 * <p>Guarantees: {@link #start()} returns with every stored status loaded; {@link #put} is visible to
 * this worker's reads at once and written asynchronously (a failed write is logged; the next status
 * change writes again); statuses of other workers appear as they are read. A status read from the topic
 * replaces the known one unless it comes from another worker with an older generation: such a record is
 * a late write of a worker that lost the task in a rebalance (Apache's "safe write" rule).
 * A tombstone for a connector removes it and its tasks, as in Apache. Thread-safe.
 *
 * <p>Because this worker's writes are visible before they are read back, reading one back must not
 * undo a later one: a connector that went UNASSIGNED and then FAILED showed UNASSIGNED again for a
 * moment when the first record came back, and a restart asked in that moment saw a connector that
 * had not failed. Each key therefore counts this store's writes not yet read back, and a record read
 * while a later write of the same key is still on its way is skipped: that write holds the newer
 * status, and it will be read in its turn (records of one key keep their order in the topic).
 */
public final class KafkaStatusStore implements StatusStore {

    private final KafkaLog log;
    private final StatusTable table = new StatusTable();
    /**
     * Per key, this store's writes that were sent but not yet read back. Its lock also makes counting a
     * write and changing the table one step, and likewise judging a record read and applying it.
     */
    private final Map<String, Integer> unread = new HashMap<>();

    public KafkaStatusStore(KafkaStoreSettings settings) {
        this.log = new KafkaLog(settings, "statuses", Map.of(), this::onRecord);
    }

    @Override
    public void start() {
        long begin = System.nanoTime();
        long read = log.start();
        TributaryLog.LOG.kafkaStoreStarted("status", log.topic(), read, (System.nanoTime() - begin) / 1_000_000);
    }

    @Override
    public void put(Status status) {
        String key = StatusRecordCodec.key(status);
        synchronized (unread) { // with the count, so that a record read meanwhile is judged against both
            sending(key);
            table.put(status, known -> true);
        }
        write(key, StatusRecordCodec.encode(status));
    }

    @Override
    public Status connectorStatus(String connector) {
        return table.connector(connector);
    }

    @Override
    public List<Status> taskStatuses(String connector) {
        return table.tasksOf(connector);
    }

    @Override
    public Status taskStatus(ConnectorTaskId id) {
        return table.task(id);
    }

    @Override
    public long version() {
        return table.version();
    }

    @Override
    public void remove(String connector) {
        List<String> keys = new ArrayList<>();
        keys.add(StatusRecordCodec.connectorKey(connector));
        table.tasksOf(connector).forEach(task -> keys.add(StatusRecordCodec.taskKey(
                new ConnectorTaskId(connector, task.task()))));
        synchronized (unread) {
            keys.forEach(this::sending);
            table.forget(connector, null);
        }
        keys.forEach(key -> write(key, null));
    }

    @Override
    public void close() {
        log.close();
        TributaryLog.LOG.kafkaStoreStopped("status", log.topic());
    }

    /** Sends a record whose key was counted with {@link #sending}. */
    private void write(String key, byte[] value) {
        log.send(StatusRecordCodec.keyBytes(key), value).whenComplete((metadata, error) -> {
            if (error != null) {
                TributaryLog.LOG.topicWriteFailed(log.topic(), key, error);
                synchronized (unread) {
                    readBack(key); // it will never be read back
                }
            }
        });
    }

    /** Counts a write of {@code key}; the caller holds the lock of {@link #unread}. */
    private void sending(String key) {
        unread.merge(key, 1, Integer::sum);
    }

    /**
     * Counts one of this store's records of {@code key} as read; returns whether a later one is still
     * unread. The caller holds the lock of {@link #unread}.
     */
    private boolean readBack(String key) {
        Integer count = unread.get(key);
        if (count == null) {
            return false;
        }
        if (count == 1) {
            unread.remove(key);
            return false;
        }
        unread.put(key, count - 1);
        return true;
    }

    private void onRecord(ConsumerRecord<byte[], byte[]> record) {
        String key = record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
        Subject subject = StatusRecordCodec.parseKey(key);
        if (subject == null) {
            return; // KIP-558 topic records, or a key we do not know
        }
        synchronized (unread) { // the check and the change as one step against put() and remove()
            if (readBack(key)) {
                return; // a later write of this store for the key is on its way, and the table holds it already
            }
            if (record.value() == null) {
                table.forget(subject.connector(), subject.task());
                return;
            }
            Status status = StatusRecordCodec.decode(subject, record.value());
            if (status == null) {
                TributaryLog.LOG.recordIgnored(key, log.topic(), record.offset(), "malformed status");
                return;
            }
            // Apache's "safe write" rule: a late record of another worker from an older generation loses.
            table.put(status, known -> Objects.equals(known.workerId(), status.workerId())
                    || known.generation() <= status.generation());
        }
    }
}
