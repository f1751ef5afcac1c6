package io.tributary.testkit;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a {@code @QuarkusTest} application at the JVM's shared broker instead of letting it start
 * its own, so that one broker serves every test in the JVM.
 */
public final class SharedBrokerResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("tributary.worker.\"bootstrap.servers\"", SharedBroker.bootstrapServers());
    }

    @Override
    public void stop() {
        // The broker outlives each application; SharedBroker stops it when the JVM exits.
    }
}
