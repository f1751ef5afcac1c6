package io.tributary.health;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where the worker is in its start: {@code STARTING} until the Kafka cluster is reachable and the
 * stores are read to their end, then {@code READY}; {@code FAILED} when the start gave up. Read by
 * the health checks and {@code GET /}; written only by {@link io.tributary.Tributary}.
 */
@ApplicationScoped
public class WorkerReadiness {

    /** The stages a worker goes through. */
    public enum Stage { STARTING, READY, FAILED }

    /** What is known at a stage; the cluster id is set once Kafka answered. */
    public record State(Stage stage, String kafkaClusterId, String failure) {
    }

    private final AtomicReference<State> state = new AtomicReference<>(new State(Stage.STARTING, null, null));

    public State state() {
        return state.get();
    }

    public boolean isReady() {
        return state.get().stage() == Stage.READY;
    }

    /**
     * The Kafka cluster id, as soon as the cluster answered: {@code GET /} needs nothing more, as in
     * Apache, while readiness also waits for the stores and connectors.
     */
    public Optional<String> kafkaClusterId() {
        State current = state.get();
        return current.stage() == Stage.FAILED ? Optional.empty() : Optional.ofNullable(current.kafkaClusterId());
    }

    /** The cluster answered; the worker is still loading its stores. */
    public void clusterKnown(String kafkaClusterId) {
        state.set(new State(Stage.STARTING, kafkaClusterId, null));
    }

    public void ready(String kafkaClusterId) {
        state.set(new State(Stage.READY, kafkaClusterId, null));
    }

    public void failed(String reason) {
        state.set(new State(Stage.FAILED, null, reason));
    }
}
