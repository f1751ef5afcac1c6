package io.tributary.testkit;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The worker settings of connector integration tests: quick offset flushes, and a plugin.path
 * that holds Apache's own connect-file jar (copied there by the build).
 */
public final class WorkerTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "tributary.worker.\"offset.flush.interval.ms\"", "500",
                "tributary.worker.\"plugin.path\"", "target/isolation-plugins",
                "tributary.worker.\"task.shutdown.graceful.timeout.ms\"", "10000");
    }
}
