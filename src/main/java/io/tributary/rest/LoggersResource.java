package io.tributary.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.tributary.herder.HerderException;
import io.tributary.herder.HerderRef;
import io.tributary.logging.Loggers;
import io.tributary.rest.entity.LoggerLevel;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Apache's {@code /admin/loggers} API (KIP-495, KIP-976): read log levels, and set a namespace's
 * level on this worker ({@code scope=worker}, the default, answering the loggers it set) or on the
 * whole cluster ({@code scope=cluster}, 204, through the herder). An unknown scope counts as
 * {@code worker}, as in Apache.
 */
@Path("/admin/loggers")
@Tag(name = "admin/loggers")
@Produces(MediaType.APPLICATION_JSON)
public class LoggersResource {

    private static final String CLUSTER_SCOPE = "cluster";

    private final HerderRef herder;

    public LoggersResource(HerderRef herder) {
        this.herder = herder;
    }

    @GET
    @NonBlocking // the JVM's logger levels, in memory
    public Map<String, LoggerLevel> list() {
        Map<String, LoggerLevel> result = new LinkedHashMap<>();
        Loggers.jvm().allLevels().forEach((name, level) -> result.put(name, LoggerLevel.of(level)));
        return result;
    }

    @GET
    @Path("/{logger}")
    @NonBlocking
    public LoggerLevel get(@PathParam("logger") String logger) {
        return Loggers.jvm().level(logger).map(LoggerLevel::of)
                .orElseThrow(() -> HerderException.notFound("Logger " + logger + " not found."));
    }

    @PUT
    @Path("/{logger}")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The loggers this worker changed (scope=worker)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LoggerNames")))
    @APIResponse(responseCode = "204", description = "Set on every worker (scope=cluster)")
    public Uni<Response> set(@PathParam("logger") String namespace, @QueryParam("scope") String scope,
                             Map<String, String> body) {
        String level = body == null ? null : body.get("level");
        if (level == null) {
            throw HerderException.badRequest("Desired 'level' parameter was not specified in request.");
        }
        if (!Loggers.isLevel(level)) {
            // Apache answers 404 here; a bad level is a bad request.
            throw HerderException.badRequest("invalid log level '" + level + "'.");
        }
        if (scope != null && CLUSTER_SCOPE.equals(scope.toLowerCase(Locale.ROOT))) {
            return herder.get().setClusterLoggerLevel(namespace, level).map(ignored -> Response.noContent().build());
        }
        List<String> affected = Loggers.jvm().setLevel(namespace, level);
        return Uni.createFrom().item(Response.ok(affected).build());
    }
}
