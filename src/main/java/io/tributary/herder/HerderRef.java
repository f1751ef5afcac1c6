package io.tributary.herder;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The herder once the worker has started it. REST resources go through this reference because
 * the herder is built after the Kafka cluster answered, while the REST server is already up;
 * requests before that get Apache's "starting" answer (503).
 */
@ApplicationScoped
public class HerderRef {

    private volatile Herder herder;

    public void set(Herder herder) {
        this.herder = herder;
    }

    /**
     * @throws HerderException 503 while the worker is still starting
     */
    public Herder get() {
        Herder current = herder;
        if (current == null) {
            throw new HerderException(503, "Worker is still starting up.");
        }
        return current;
    }
}
