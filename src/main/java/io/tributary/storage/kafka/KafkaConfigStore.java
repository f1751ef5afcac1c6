package io.tributary.storage.kafka;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.connect.errors.ConnectException;

import io.tributary.logging.TributaryLog;
import io.tributary.storage.ClusterConfigState;
import io.tributary.storage.ConfigStore;
import io.tributary.storage.ConnectorTaskId;
import io.tributary.storage.TargetState;
import io.tributary.storage.codec.ConfigRecord;
import io.tributary.storage.codec.ConfigRecordCodec;

/**
 * The config topic (one partition, compacted) in Apache Kafka Connect's format, the role of Apache's
 * {@code KafkaConfigBackingStore}; the records are documented on {@link ConfigRecordCodec}.
 *
 * <p>Guarantees:
 * <ul>
 * <li>{@link #start()} returns with every record of the topic applied;</li>
 * <li>each write returns once its records were acknowledged by all in-sync replicas <em>and</em> read
 * back, so {@link #snapshot()} includes it (the topic is the source of truth, not this worker's memory);</li>
 * <li>task configurations become visible together, when their {@code commit-NAME} is read;</li>
 * <li>deleting a connector writes tombstones for {@code connector-NAME} and {@code target-state-NAME}, as
 * Apache does (Apache never tombstones task records and logs an error when it reads one);</li>
 * <li>the snapshot offset is Apache's: the position after the last record read, -1 when empty.</li>
 * </ul>
 * Writers are expected to be one at a time (the leader, in distributed mode); writes of this instance are
 * serialised. The listener is called on the reader thread for records read after {@code start()}.
 */
public final class KafkaConfigStore implements ConfigStore {

    private final KafkaLog log;
    private final ConfigTopicState state = new ConfigTopicState();
    private final Object writeLock = new Object();
    private volatile Listener listener;
    private volatile boolean started;

    public KafkaConfigStore(KafkaStoreSettings settings) {
        // one partition: the log orders every change, which is what makes it a write-ahead log
        KafkaStoreSettings single = new KafkaStoreSettings(settings.bootstrapServers(), settings.topic(), 1,
                settings.replicationFactor(), settings.clientProps(), settings.clientIdPrefix());
        this.log = new KafkaLog(single, "configs", Map.of(), this::onRecord);
    }

    @Override
    public void start() {
        long begin = System.nanoTime();
        long read = log.start();
        if (log.partitionCount() != 1) {
            log.close();
            throw new ConnectException("Config topic " + log.topic() + " must have exactly one partition to keep "
                    + "connector configurations in order, but has " + log.partitionCount());
        }
        started = true;
        TributaryLog.LOG.kafkaStoreStarted("config", log.topic(), read, (System.nanoTime() - begin) / 1_000_000);
    }

    @Override
    public ClusterConfigState snapshot() {
        return state.snapshot();
    }

    @Override
    public long version() {
        return state.version();
    }

    /** Connectors whose task configurations are incomplete (see {@link ConfigRecordCodec}); they need new ones. */
    public Set<String> inconsistentConnectors() {
        return state.inconsistent();
    }

    @Override
    public void setListener(Listener listener) {
        this.listener = listener;
    }

    @Override
    public void putConnectorConfig(String connector, Map<String, String> config, TargetState targetState) {
        synchronized (writeLock) {
            List<CompletableFuture<RecordMetadata>> sends = new ArrayList<>();
            if (targetState != null) {
                sends.add(send(ConfigRecordCodec.targetStateKey(connector), ConfigRecordCodec.encodeTargetState(targetState)));
            }
            sends.add(send(ConfigRecordCodec.connectorKey(connector), ConfigRecordCodec.encodeConfig(config)));
            awaitAndReadBack(sends, "write the configuration of connector " + connector);
        }
    }

    @Override
    public void removeConnectorConfig(String connector) {
        synchronized (writeLock) {
            awaitAndReadBack(List.of(
                    send(ConfigRecordCodec.connectorKey(connector), null),
                    send(ConfigRecordCodec.targetStateKey(connector), null)), "remove connector " + connector);
        }
    }

    @Override
    public void putTaskConfigs(String connector, List<Map<String, String>> taskConfigs) {
        synchronized (writeLock) {
            // start from the end of the log, so no record of another writer is applied after ours
            KafkaLog.await(log.readToEnd(), "read the config topic to its end");
            List<CompletableFuture<RecordMetadata>> sends = new ArrayList<>();
            for (int task = 0; task < taskConfigs.size(); task++) {
                String key = ConfigRecordCodec.taskKey(new ConnectorTaskId(connector, task));
                sends.add(send(key, ConfigRecordCodec.encodeConfig(taskConfigs.get(task))));
            }
            // every task record is acknowledged before the commit that publishes them is sent
            log.flush(); // waited for below: no linger
            KafkaLog.await(CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)),
                    "write the task configurations of connector " + connector);
            awaitAndReadBack(List.of(send(ConfigRecordCodec.commitKey(connector),
                    ConfigRecordCodec.encodeCommit(taskConfigs.size()))), "commit the tasks of connector " + connector);
        }
    }

    @Override
    public void putTargetState(String connector, TargetState targetState) {
        synchronized (writeLock) {
            awaitAndReadBack(List.of(send(ConfigRecordCodec.targetStateKey(connector),
                    ConfigRecordCodec.encodeTargetState(targetState))), "write the target state of connector " + connector);
        }
    }

    @Override
    public void close() {
        log.close();
        TributaryLog.LOG.kafkaStoreStopped("config", log.topic());
    }

    private CompletableFuture<RecordMetadata> send(String key, byte[] value) {
        return log.send(ConfigRecordCodec.keyBytes(key), value);
    }

    /**
     * Waits for the acknowledgements, then reads up to our own records: the topic has one partition, so
     * every write before ours, of any worker, is read too, without asking the broker for its end offsets.
     */
    private void awaitAndReadBack(List<CompletableFuture<RecordMetadata>> sends, String what) {
        log.flush(); // we wait for these records: do not let them linger in the producer
        KafkaLog.await(CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)), what);
        List<RecordMetadata> written = sends.stream().map(CompletableFuture::join).toList();
        KafkaLog.await(log.readPast(written), "read back the config topic after trying to " + what);
    }

    private void onRecord(ConsumerRecord<byte[], byte[]> record) {
        if (record.key() == null) {
            TributaryLog.LOG.recordIgnored("null", log.topic(), record.offset(), "no key");
            return;
        }
        String key = new String(record.key(), StandardCharsets.UTF_8);
        ConfigRecord decoded = ConfigRecordCodec.decode(key, record.value());
        if (decoded instanceof ConfigRecord.Other other && other.malformed()) {
            TributaryLog.LOG.recordIgnored(key, log.topic(), record.offset(), other.reason());
        }
        ConfigTopicState.Change change = state.apply(decoded, record.offset());
        Listener current = listener;
        if (started && change != null && current != null) {
            if (change.removed()) {
                current.onConnectorRemoved(change.connector());
            } else {
                current.onConnectorChange(change.connector());
            }
        }
    }
}
