package io.tributary.health;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Apache Kafka Connect's {@code GET /health} (KIP-1017): 200 "healthy" once the worker has started,
 * 503 "starting" before, 500 "unhealthy" when its start failed. Orchestrators that probe Apache
 * workers probe Tributary the same way; {@code /q/health/*} is the Quarkus-native alternative.
 */
@Path("/health")
@Tag(name = "server")
public class HealthResource {

    /** The body of {@code GET /health}, as Apache writes it. */
    @Schema(requiredProperties = {"status", "message"})
    public record WorkerStatus(String status, String message) {
    }

    private final WorkerReadiness readiness;

    public HealthResource(WorkerReadiness readiness) {
        this.readiness = readiness;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "healthy",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkerStatus.class)))
    @APIResponse(responseCode = "503", description = "starting",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkerStatus.class)))
    @APIResponse(responseCode = "500", description = "unhealthy",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkerStatus.class)))
    @NonBlocking // reads in-memory state only: no hop to a worker thread
    public Response health() {
        return switch (readiness.state().stage()) {
            case READY -> Response.ok(new WorkerStatus("healthy",
                    "Worker has completed startup and is ready to handle requests.")).build();
            case STARTING -> Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .entity(new WorkerStatus("starting", "Worker is still starting up.")).build();
            case FAILED -> Response.serverError()
                    .entity(new WorkerStatus("unhealthy", "Worker was unable to handle this request and may be "
                            + "unable to handle other requests.")).build();
        };
    }
}
