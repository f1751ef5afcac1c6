package io.tributary.worker;

import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The topics each connector's tasks have produced to or consumed from since the last reset
 * (KIP-558, {@code GET /connectors/NAME/topics}). Apache keeps them as
 * {@code status-topic-TOPIC-connector-NAME} records in the status topic; this tracker holds them in
 * memory on the worker that runs the tasks, which is all a standalone worker needs.
 *
 * <p>Threading: tasks record from their own threads, the herder reads and resets from its thread.
 */
public final class ActiveTopics {

    private final Map<String, Set<String>> byConnector = new ConcurrentHashMap<>();
    /** How many times topics were forgotten; see {@link #resets()}. */
    private final AtomicInteger resets = new AtomicInteger();

    /** Records that the connector used the topic; cheap when it is already known. */
    void record(String connector, String topic) {
        Set<String> topics = byConnector.get(connector);
        if (topics == null) {
            topics = byConnector.computeIfAbsent(connector, name -> ConcurrentHashMap.newKeySet());
        }
        if (!topics.contains(topic)) {
            // add() locks the set's bin even when the topic is there; tasks call this per record
            topics.add(topic);
        }
    }

    /** The connector's active topics, sorted by name; empty when none were recorded. */
    public SortedSet<String> topics(String connector) {
        return new TreeSet<>(byConnector.getOrDefault(connector, Set.of()));
    }

    /** Forgets the connector's active topics (after {@code PUT /topics/reset} or deletion). */
    public void reset(String connector) {
        byConnector.remove(connector);
        // counted after the removal: a task that sees the new count records its topic into the emptied set
        resets.incrementAndGet();
    }

    /**
     * A count that grows with every {@link #reset}: a task that saw the same count when it last
     * recorded a topic knows that the topic is still recorded, and need not look it up again.
     */
    public int resets() {
        return resets.get();
    }
}
