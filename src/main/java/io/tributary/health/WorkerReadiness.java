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

    /** The Kafka cluster id, once the worker is ready. */
    public Optional<String> kafkaClusterId() {
        State current = state.get();
        return current.stage() == Stage.READY ? Optional.of(current.kafkaClusterId()) : Optional.empty();
    }

    public void ready(String kafkaClusterId) {
        state.set(new State(Stage.READY, kafkaClusterId, null));
    }

    public void failed(String reason) {
        state.set(new State(Stage.FAILED, null, reason));
    }
}
