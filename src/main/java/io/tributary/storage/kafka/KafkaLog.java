package io.tributary.storage.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.connect.errors.ConnectException;

import io.tributary.logging.TributaryLog;

/**
 * One internal topic as a replicated log, the role of Apache's {@code KafkaBasedLog}: a producer to append
 * records and a consumer, assigned to every partition without a group, that reads the topic from its
 * beginning and then follows it, handing each record to a {@link RecordHandler}.
 *
 * <p>Lifecycle:
 * <ol>
 * <li>{@link #start()} creates the topic when missing, then reads it to its end <em>on the calling thread</em>
 * (end = the partitions' end offsets when reading began), so the owner's state is complete when it returns;</li>
 * <li>a reader thread keeps consuming; {@link #send}, {@link #readToEnd()} and {@link #readPast} may be called
 * from any thread;</li>
 * <li>{@link #close()} stops the reader and closes both clients.</li>
 * </ol>
 * The handler runs on the reader thread (on the starting thread during {@code start}); it must not block.
 */
public final class KafkaLog implements AutoCloseable {

    /** Receives every record read from the topic, in partition order. */
    @FunctionalInterface
    public interface RecordHandler {
        void onRecord(ConsumerRecord<byte[], byte[]> record);
    }

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /**
     * How soon to ask again for the partitions of a topic the broker does not list yet. On a fresh
     * embedded broker the metadata of a topic created a moment ago lagged 0.1–0.6 s behind its
     * creation; asking every 100 ms added up to 100 ms to each store's start, this at most 20 ms.
     */
    private static final long PARTITIONS_RETRY_MS = 20;

    private final KafkaStoreSettings settings;
    private final String clientId;
    private final Map<String, Object> producerOverrides;
    private final RecordHandler handler;
    private final Queue<CompletableFuture<Void>> readRequests = new ConcurrentLinkedQueue<>();
    private final Queue<EndTarget> knownTargets = new ConcurrentLinkedQueue<>();
    /**
     * Position after the last record handled, per partition: lets {@link #readPast} answer at once, without
     * waking the reader, when the reader already handled the records (it often has by the time the producer's
     * acknowledgement arrives, as the reader's fetch is parked at the broker waiting for new records).
     */
    private final Map<TopicPartition, Long> handled = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<CompletableFuture<Void>> unserved = new ArrayList<>(); // reader thread only
    private final List<EndTarget> waiting = new ArrayList<>(); // reader thread only
    private KafkaProducer<byte[], byte[]> producer;
    private KafkaConsumer<byte[], byte[]> consumer;
    /**
     * Asks for end offsets on its own connection, as Apache's log does with its admin client: the
     * reader's consumer has a fetch parked at the broker for up to {@code fetch.max.wait.ms}, and a
     * broker answers one connection's requests in order, so its ListOffsets would wait that long.
     */
    private KafkaConsumer<byte[], byte[]> endOffsetsReader;
    private List<TopicPartition> partitions;
    private Thread reader;
    private volatile boolean running;

    /**
     * @param settings          the topic and clients
     * @param role              the client id suffix ({@code configs}, {@code offsets}, {@code statuses})
     * @param producerOverrides producer settings the owning store needs (e.g. ordering for the config topic)
     * @param handler           called for each record read
     */
    public KafkaLog(KafkaStoreSettings settings, String role, Map<String, Object> producerOverrides,
                    RecordHandler handler) {
        this.settings = settings;
        this.clientId = settings.clientIdPrefix() + role;
        this.producerOverrides = Map.copyOf(producerOverrides);
        this.handler = handler;
    }

    /** Creates the topic if needed, reads it to its end and starts following it; returns the records read. */
    public long start() {
        TopicAdmin.ensureCompactedTopic(settings, clientId);
        producer = new KafkaProducer<>(producerProps());
        consumer = new KafkaConsumer<>(consumerProps());
        endOffsetsReader = new KafkaConsumer<>(endOffsetsReaderProps());
        partitions = discoverPartitions();
        consumer.assign(partitions);
        // Assigned but never polled: kafka-clients 4.x warns "Not updating high watermark for
        // partition ... as it is no longer assigned" when a consumer learns the end offset of a
        // partition it is not assigned, which is all this one is for.
        endOffsetsReader.assign(partitions);
        consumer.seekToBeginning(partitions);
        long read = readUntil(consumer.endOffsets(partitions));
        running = true;
        reader = new Thread(this::follow, "tributary-" + clientId + "-reader");
        reader.setDaemon(true);
        reader.start();
        return read;
    }

    public String topic() {
        return settings.topic();
    }

    public int partitionCount() {
        return partitions.size();
    }

    /** Appends a record; a null value is a tombstone. Completes when the broker acknowledged it. */
    public CompletableFuture<RecordMetadata> send(byte[] key, byte[] value) {
        CompletableFuture<RecordMetadata> acked = new CompletableFuture<>();
        producer.send(new ProducerRecord<>(settings.topic(), key, value), (metadata, error) -> {
            if (error == null) {
                acked.complete(metadata);
            } else {
                acked.completeExceptionally(error);
            }
        });
        return acked;
    }

    /**
     * Completes once the reader has handled every record that was in the topic when this was called, so
     * the owner's state then includes everything written before, by this worker or any other.
     */
    public CompletableFuture<Void> readToEnd() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        readRequests.add(done);
        if (!running) {
            done.completeExceptionally(new ConnectException("The log of topic " + settings.topic() + " is closed"));
        }
        consumer.wakeup(); // poll() returns at once so the request is served without waiting for records
        return done;
    }

    /**
     * Completes once the reader has handled the given records, which this log's {@link #send} wrote: the
     * owner's state then includes them and, partitions being ordered, everything written to their partitions
     * before them, by this worker or any other. Unlike {@link #readToEnd()} it needs no end-offsets request,
     * because the acknowledgements already tell where the records are.
     */
    public CompletableFuture<Void> readPast(List<RecordMetadata> written) {
        Map<TopicPartition, Long> target = new HashMap<>();
        for (RecordMetadata metadata : written) {
            if (metadata.hasOffset()) {
                target.merge(new TopicPartition(metadata.topic(), metadata.partition()), metadata.offset() + 1, Math::max);
            }
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        knownTargets.add(new EndTarget(target, List.of(done)));
        // Checked after queueing, so no wakeup is needed: either the records were handled already, or the
        // reader handles them later and looks at the queue right after, at the top of its loop.
        if (handledPast(target)) {
            done.complete(null);
        } else if (!running) {
            done.completeExceptionally(new ConnectException("The log of topic " + settings.topic() + " is closed"));
        }
        return done;
    }

    /**
     * Sends what the producer holds at once instead of after {@code linger.ms}, for a writer that waits for
     * its records anyway; records sent together still go in one request.
     */
    public void flush() {
        producer.flush();
    }

    private boolean handledPast(Map<TopicPartition, Long> target) {
        for (Map.Entry<TopicPartition, Long> end : target.entrySet()) {
            if (handled.getOrDefault(end.getKey(), 0L) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Waits for a future of this log with the store timeout, turning failures into ConnectException. */
    static <T> T await(Future<T> future, String what) {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new ConnectException("Could not " + what, e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw TopicAdmin.interruptedOrTimedOut(what, e);
        }
    }

    @Override
    public void close() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (reader != null) {
            try {
                reader.join(TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else if (consumer != null) {
            consumer.close(); // start() failed before the reader took the consumers over
            if (endOffsetsReader != null) {
                endOffsetsReader.close();
            }
        }
        if (producer != null) {
            producer.close(TIMEOUT);
        }
        failPendingReads();
    }

    private void follow() {
        try {
            while (running) {
                try {
                    serveReadRequests();
                    handleAll(consumer.poll(TIMEOUT));
                    completeReachedTargets();
                } catch (WakeupException e) {
                    // a read request or close(): loop around
                } catch (RuntimeException e) {
                    TributaryLog.LOG.topicReadFailed(settings.topic(), e);
                }
            }
        } finally {
            consumer.close(TIMEOUT);
            endOffsetsReader.close(TIMEOUT);
            ConnectException closed = new ConnectException("The log of topic " + settings.topic() + " is closed");
            unserved.forEach(request -> request.completeExceptionally(closed));
            waiting.forEach(target -> target.requests().forEach(request -> request.completeExceptionally(closed)));
            failPendingReads();
        }
    }

    private void serveReadRequests() {
        // moved to a reader-owned list first: endOffsets() may throw WakeupException, and the requests
        // must survive that until they have an end target
        for (CompletableFuture<Void> request; (request = readRequests.poll()) != null; ) {
            unserved.add(request);
        }
        for (EndTarget target; (target = knownTargets.poll()) != null; ) {
            waiting.add(target);
        }
        if (!unserved.isEmpty()) {
            Map<TopicPartition, Long> endOffsets = endOffsetsReader.endOffsets(partitions, TIMEOUT);
            waiting.add(new EndTarget(endOffsets, List.copyOf(unserved)));
            unserved.clear();
        }
        completeReachedTargets(); // nothing new to read: answer without waiting for a poll
    }

    private void completeReachedTargets() {
        for (Iterator<EndTarget> it = waiting.iterator(); it.hasNext(); ) {
            EndTarget target = it.next();
            if (reached(target.endOffsets())) {
                it.remove();
                target.requests().forEach(request -> request.complete(null));
            }
        }
    }

    private long readUntil(Map<TopicPartition, Long> endOffsets) {
        long read = 0;
        long deadline = System.nanoTime() + TIMEOUT.toNanos() * 4;
        while (!reached(endOffsets)) {
            if (System.nanoTime() > deadline) {
                throw new ConnectException("Could not read topic " + settings.topic() + " to its end in time");
            }
            read += handleAll(consumer.poll(Duration.ofMillis(500)));
        }
        return read;
    }

    private boolean reached(Map<TopicPartition, Long> endOffsets) {
        for (Map.Entry<TopicPartition, Long> end : endOffsets.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    private int handleAll(Iterable<ConsumerRecord<byte[], byte[]>> records) {
        int count = 0;
        for (ConsumerRecord<byte[], byte[]> record : records) {
            try {
                handler.onRecord(record);
            } catch (RuntimeException e) {
                // one bad record must not stop the worker from following the topic
                String key = record.key() == null ? "null" : new String(record.key(), StandardCharsets.UTF_8);
                TributaryLog.LOG.recordIgnored(key, settings.topic(), record.offset(), String.valueOf(e));
            }
            handled.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
            count++;
        }
        return count;
    }

    private List<TopicPartition> discoverPartitions() {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            List<PartitionInfo> infos = consumer.partitionsFor(settings.topic(), TIMEOUT);
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            }
            if (System.nanoTime() > deadline) {
                throw new ConnectException("Topic " + settings.topic() + " has no partitions after creation");
            }
            // metadata of a topic created a moment ago can lag behind; ask again shortly
            try {
                Thread.sleep(PARTITIONS_RETRY_MS);
            } catch (InterruptedException e) {
                throw TopicAdmin.interruptedOrTimedOut("find the partitions of " + settings.topic(), e);
            }
        }
    }

    private void failPendingReads() {
        ConnectException closed = new ConnectException("The log of topic " + settings.topic() + " is closed");
        for (CompletableFuture<Void> request; (request = readRequests.poll()) != null; ) {
            request.completeExceptionally(closed);
        }
        for (EndTarget target; (target = knownTargets.poll()) != null; ) {
            target.requests().forEach(request -> request.completeExceptionally(closed));
        }
    }

    private Map<String, Object> producerProps() {
        Map<String, Object> props = new HashMap<>(settings.clientProps());
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        // As Apache for internal topics: every replica has it before we call it written; idempotence off
        // so that brokers without the IDEMPOTENT_WRITE ACL work; one request in flight keeps retries in order.
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        props.putAll(producerOverrides);
        return props;
    }

    // visible for testing
    Map<String, Object> consumerProps() {
        Map<String, Object> props = new HashMap<>(settings.clientProps());
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.remove(ConsumerConfig.GROUP_ID_CONFIG); // assigned, not subscribed: every worker reads everything
        // An internal topic is created by TopicAdmin with its cleanup policy, never by a metadata
        // request: a broker that has not yet learned of a topic created a moment ago would try to
        // create it again (and log TOPIC_ALREADY_EXISTS), and one that never saw it would make it
        // with the broker's defaults, not compacted.
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        return props;
    }

    private Map<String, Object> endOffsetsReaderProps() {
        Map<String, Object> props = consumerProps();
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId + "-end-offsets");
        return props;
    }

    /** Read requests waiting for the reader to pass the end offsets seen when they arrived. */
    private record EndTarget(Map<TopicPartition, Long> endOffsets, List<CompletableFuture<Void>> requests) {
    }
}
