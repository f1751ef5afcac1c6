package io.tributary.rest;

import org.apache.kafka.common.utils.AppInfoParser;

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
public class RootResource {

    private final WorkerReadiness readiness;

    public RootResource(WorkerReadiness readiness) {
        this.readiness = readiness;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response serverInfo() {
        return readiness.kafkaClusterId()
                .map(id -> Response.ok(new ServerInfo(AppInfoParser.getVersion(), AppInfoParser.getCommitId(), id)))
                .orElseGet(() -> Response.status(Response.Status.SERVICE_UNAVAILABLE)
                        .entity(new ErrorMessage(503, "Worker is still starting up.")))
                .build();
    }
}
