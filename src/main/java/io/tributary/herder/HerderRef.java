package io.tributary.herder;

import io.tributary.config.TributaryConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The herder once the worker has started it. REST resources go through this reference because
 * the herder is built after the Kafka cluster answered, while the REST server is already up;
 * requests before that get Apache's "starting" answer (503). What it hands out is bounded by
 * {@code tributary.rest.request-timeout} ({@link TimeLimitedHerder}).
 */
@ApplicationScoped
public class HerderRef {

    private final TributaryConfig config;
    private volatile Herder herder;

    public HerderRef(TributaryConfig config) {
        this.config = config;
    }

    public void set(Herder herder) {
        this.herder = herder == null ? null : new TimeLimitedHerder(herder, config.rest().requestTimeout());
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
