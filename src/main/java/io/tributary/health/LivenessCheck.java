package io.tributary.health;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Alive unless the worker's start failed for good: a worker that is still starting must not be
 * restarted by its orchestrator, and a failed one should be.
 */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

    private final WorkerReadiness readiness;

    public LivenessCheck(WorkerReadiness readiness) {
        this.readiness = readiness;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("worker")
                .status(readiness.state().stage() != WorkerReadiness.Stage.FAILED)
                .build();
    }
}
