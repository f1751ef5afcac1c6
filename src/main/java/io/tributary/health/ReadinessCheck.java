package io.tributary.health;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/** Ready when the Kafka cluster answered and the worker's stores are read to their end. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    private final WorkerReadiness readiness;

    public ReadinessCheck(WorkerReadiness readiness) {
        this.readiness = readiness;
    }

    @Override
    public HealthCheckResponse call() {
        WorkerReadiness.State state = readiness.state();
        var response = HealthCheckResponse.named("worker").status(state.stage() == WorkerReadiness.Stage.READY)
                .withData("stage", state.stage().name().toLowerCase(java.util.Locale.ROOT));
        if (state.kafkaClusterId() != null) {
            response.withData("kafka_cluster_id", state.kafkaClusterId());
        }
        if (state.failure() != null) {
            response.withData("failure", state.failure());
        }
        return response.build();
    }
}
