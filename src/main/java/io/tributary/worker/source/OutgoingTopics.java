package io.tributary.worker.source;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;

import io.tributary.logging.TributaryLog;

/**
 * Gets each topic a source task writes to ready before the task's first record goes there:
 * created when KIP-158 topic creation is configured, then waited for until the leader of every
 * partition serves it, and given the producer that will write it ({@link TaskProducers}). Cheap
 * after the first record of a topic. Runs on the task thread.
 *
 * <p>Why wait: the task's idempotent producer keeps several requests in flight per partition. On
 * a partition the broker has announced but not yet made, the first request fails with
 * NOT_LEADER_OR_FOLLOWER while the next one may already be appended; brokers before Kafka 4.5
 * (KAFKA-15591) then refuse every retry of the first as out of order, and the task never finishes
 * its flush. A partition whose leader answers a ListOffsets request is made, so nothing sent to it
 * afterwards can be overtaken that way. Apache's worker avoids the race with one request in flight,
 * which costs throughput on every record instead of one round trip per topic.
 */
public final class OutgoingTopics implements AutoCloseable {

    private static final long STOP_CHECK_MS = 200;

    private final String task;
    private final TaskProducers producers;
    private final Optional<TopicCreator> creator;
    private final Map<String, Object> adminProps;
    /** The topics that are ready, each with the producer that writes it. */
    private final Map<String, Producer<byte[], byte[]>> ready = new HashMap<>();
    /**
     * The topic of the previous record and its producer: a task hands most records the same topic
     * String, and comparing references saves a map lookup per record.
     */
    private String lastTopic;
    private Producer<byte[], byte[]> lastProducer;
    /** Made on the first new topic, closed with the task. */
    private Admin admin;

    public OutgoingTopics(String task, TaskProducers producers, Optional<TopicCreator> creator,
                          Map<String, Object> adminProps) {
        this.task = task;
        this.producers = producers;
        this.creator = creator;
        this.adminProps = adminProps;
    }

    /**
     * Returns the producer for {@code topic} once the topic can take records, or at once when
     * {@code stopping} turns true.
     */
    Producer<byte[], byte[]> prepare(String topic, BooleanSupplier stopping) {
        if (topic == lastTopic) {
            return lastProducer;
        }
        Producer<byte[], byte[]> producer = ready.get(topic);
        if (producer != null) {
            lastTopic = topic;
            lastProducer = producer;
            return producer;
        }
        // A stopping task sends the rest of its batch as it is: asking again for every one of those
        // records would create the topic and query its leaders once per record. Nothing went to the
        // topic before, so whichever producer writes these records, they keep their order.
        if (stopping.getAsBoolean()) {
            return producers.forUnknownTopic();
        }
        creator.ifPresent(topicCreator -> topicCreator.create(admin(), topic));
        int partitions = awaitLeaders(topic, stopping);
        if (partitions < 0) {
            return producers.forUnknownTopic();
        }
        producer = producers.assign(partitions);
        ready.put(topic, producer);
        return producer;
    }

    /**
     * The topic's partition count once the wait ended (the leaders answered, or could not be
     * asked), or -1 when the task is stopping.
     */
    private int awaitLeaders(String topic, BooleanSupplier stopping) {
        long start = System.nanoTime();
        Integer partitions = partitionCount(topic, stopping);
        if (partitions == null) {
            return -1;
        }
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int partition = 0; partition < partitions; partition++) {
            latest.put(new TopicPartition(topic, partition), OffsetSpec.latest());
        }
        try {
            if (awaitAnswer(admin().listOffsets(latest).all(), stopping) == null) {
                return -1;
            }
            TributaryLog.LOG.partitionLeadersReady(task, partitions, topic,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        } catch (ExecutionException e) {
            // The admin gave up (default.api.timeout.ms) or may not ask; the producer retries on its own.
            TributaryLog.LOG.partitionLeadersUnconfirmed(task, topic, String.valueOf(e.getCause()));
        }
        return partitions;
    }

    /**
     * The topic's partition count, from the admin client, which needs no producer yet; or null when
     * the task is stopping. A topic the admin cannot describe (unknown to the cluster, or not
     * visible to it) is looked up as a send would, which lets the broker auto-create it and fails
     * as a send would.
     */
    private Integer partitionCount(String topic, BooleanSupplier stopping) {
        try {
            TopicDescription described = awaitAnswer(admin().describeTopics(List.of(topic)).topicNameValues().get(topic),
                    stopping);
            return described == null ? null : described.partitions().size();
        } catch (ExecutionException e) {
            try {
                return producers.forUnknownTopic().partitionsFor(topic).size();
            } catch (KafkaException failure) {
                throw new ConnectException("Failed to find the partitions of topic " + topic, failure);
            }
        }
    }

    /** The admin's answer, or null when the task is asked to stop before it comes. */
    private static <T> T awaitAnswer(KafkaFuture<T> answer, BooleanSupplier stopping) throws ExecutionException {
        try {
            while (!stopping.getAsBoolean()) {
                try {
                    return answer.get(STOP_CHECK_MS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    // still waiting; look at stopping again
                }
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while waiting for the admin client", e);
        }
    }

    private Admin admin() {
        if (admin == null) {
            admin = Admin.create(adminProps);
        }
        return admin;
    }

    @Override
    public void close() {
        if (admin != null) {
            // no grace period: a plain close() would wait for a pending leader check to time out
            admin.close(Duration.ZERO);
        }
    }
}
