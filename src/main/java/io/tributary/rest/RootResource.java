package io.tributary.rest;

import org.apache.kafka.common.utils.AppInfoParser;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.NonBlocking;
import io.tributary.health.WorkerReadiness;
import io.tributary.rest.entity.ErrorMessage;
import io.tributary.rest.entity.ServerInfo;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /}: the Kafka version and commit this worker speaks, and the id of the Kafka cluster
 * it works on. Answers 503 until the worker has reached its cluster.
 */
@Path("/")
@Tag(name = "server")
public class RootResource {

    private final WorkerReadiness readiness;

    public RootResource(WorkerReadiness readiness) {
        this.readiness = readiness;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The worker's Kafka version and cluster",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServerInfo.class)))
    @APIResponse(responseCode = "503", description = "Still starting",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ErrorMessage.class)))
    @NonBlocking // reads in-memory state only: no hop to a worker thread
    public Response serverInfo() {
        return readiness.kafkaClusterId()
                .map(id -> Response.ok(new ServerInfo(AppInfoParser.getVersion(), AppInfoParser.getCommitId(), id)))
                .orElseGet(() -> Response.status(Response.Status.SERVICE_UNAVAILABLE)
                        .entity(new ErrorMessage(503, "Worker is still starting up.")))
                .build();
    }
}
