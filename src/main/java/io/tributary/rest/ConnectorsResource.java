package io.tributary.rest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import io.tributary.herder.ConnectorInfo;
import io.tributary.herder.ConnectorOffset;
import io.tributary.herder.ConnectorStatusView;
import io.tributary.herder.Herder;
import io.tributary.herder.HerderException;
import io.tributary.herder.HerderRef;
import io.tributary.rest.ConnectorListings.Expansion;
import io.tributary.rest.entity.ConnectorInfoEntity;
import io.tributary.rest.entity.ConnectorOffsets;
import io.tributary.rest.entity.ConnectorStateInfo;
import io.tributary.rest.entity.CreateConnectorRequest;
import io.tributary.rest.entity.Message;
import io.tributary.rest.entity.TaskInfo;
import io.tributary.storage.ConnectorTaskId;
import io.tributary.storage.TargetState;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Apache's {@code /connectors} API. Each handler returns at once with a {@link Uni} that the
 * herder completes on its own thread. Next in a record's journey: {@link Herder}.
 */
@Path("/connectors")
@Tag(name = "connectors")
@Produces(MediaType.APPLICATION_JSON)
public class ConnectorsResource {

    /** What Quarkus REST sends for the other JSON answers, spelled out for the listings' stored bytes. */
    private static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    private final HerderRef herder;
    private final ConnectorListings listings;

    public ConnectorsResource(HerderRef herder, ConnectorListings listings) {
        this.herder = herder;
        this.listings = listings;
    }

    @GET
    @APIResponse(responseCode = "200", description = "Connector names, or connectors by name when expanded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ConnectorList")))
    public Uni<Response> list(@QueryParam("expand") List<String> expand) {
        Herder current = herder.get();
        Expansion expansion = expansion(expand);
        // Dashboards poll this listing: while nothing changed, the bytes of the previous answer are the answer.
        return listings.body(current, expansion, () -> listing(current, expansion))
                .map(json -> Response.ok(json, JSON_UTF8).build());
    }

    private static Expansion expansion(List<String> expand) {
        if (expand == null || expand.isEmpty()) {
            return Expansion.NONE;
        }
        boolean status = expand.contains("status");
        boolean info = expand.contains("info");
        if (status && info) {
            return Expansion.STATUS_AND_INFO;
        }
        return status ? Expansion.STATUS : info ? Expansion.INFO : Expansion.UNKNOWN;
    }

    private static Uni<?> listing(Herder current, Expansion expansion) {
        if (expansion == Expansion.NONE) {
            return current.connectors();
        }
        if (expansion == Expansion.UNKNOWN) {
            // Apache answers an unknown expansion with each connector and nothing to show for it.
            return current.connectors().map(names -> {
                Map<String, Object> result = new LinkedHashMap<>();
                names.forEach(name -> result.put(name, Map.of()));
                return result;
            });
        }
        boolean status = expansion != Expansion.INFO;
        boolean info = expansion != Expansion.STATUS;
        // One herder turn per view, not one per connector.
        Uni<Map<String, ConnectorStatusView>> statuses = status ? current.connectorStatuses()
                : Uni.createFrom().item(Map.of());
        Uni<Map<String, ConnectorInfo>> infos = info ? current.connectorInfos() : Uni.createFrom().item(Map.of());
        return statuses.chain(byStatus -> infos.map(byInfo -> {
            Map<String, Object> result = new LinkedHashMap<>();
            byStatus.keySet().forEach(name -> result.put(name, null));
            byInfo.keySet().forEach(name -> result.put(name, null));
            result.replaceAll((name, ignored) -> expanded(byStatus.get(name), byInfo.get(name)));
            return result;
        }));
    }

    /** Apache lists "status" before "info", and only the views that were asked for. */
    private static Map<String, Object> expanded(ConnectorStatusView status, ConnectorInfo info) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (status != null) {
            details.put("status", ConnectorStateInfo.of(status));
        }
        if (info != null) {
            details.put("info", ConnectorInfoEntity.of(info));
        }
        return details;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; Location names the connector",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectorInfoEntity.class)))
    public Uni<Response> create(CreateConnectorRequest request) {
        if (request == null || request.name() == null || request.name().isBlank()) {
            throw HerderException.badRequest("Connector name is required");
        }
        if (request.config() == null) {
            throw HerderException.badRequest("Connector config is required");
        }
        String name = request.name().trim();
        Map<String, String> config = withName(name, request.config());
        TargetState initial = initialState(request.initialState());
        return herder.get().putConnectorConfig(name, config, initial, false)
                .map(created -> Response.created(location(name)).entity(ConnectorInfoEntity.of(created.result())).build());
    }

    @GET
    @Path("/{connector}")
    public Uni<ConnectorInfoEntity> get(@PathParam("connector") String connector) {
        return herder.get().connectorInfo(connector).map(ConnectorInfoEntity::of);
    }

    @GET
    @Path("/{connector}/config")
    public Uni<Map<String, String>> config(@PathParam("connector") String connector) {
        return herder.get().connectorConfig(connector);
    }

    @PUT
    @Path("/{connector}/config")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectorInfoEntity.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectorInfoEntity.class)))
    public Uni<Response> putConfig(@PathParam("connector") String connector, Map<String, String> config) {
        if (config == null) {
            throw HerderException.badRequest("Connector config is required");
        }
        return herder.get().putConnectorConfig(connector, withName(connector, config), null, true)
                .map(created -> (created.created() ? Response.created(location(connector))
                        : Response.ok()).entity(ConnectorInfoEntity.of(created.result())).build());
    }

    @PATCH
    @Path("/{connector}/config")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ConnectorInfoEntity> patchConfig(@PathParam("connector") String connector, Map<String, String> patch) {
        if (patch == null) {
            throw HerderException.badRequest("Connector config is required");
        }
        return herder.get().patchConnectorConfig(connector, patch).map(ConnectorInfoEntity::of);
    }

    @DELETE
    @Path("/{connector}")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Response> delete(@PathParam("connector") String connector) {
        return herder.get().deleteConnector(connector).map(ignored -> Response.noContent().build());
    }

    @GET
    @Path("/{connector}/status")
    public Uni<ConnectorStateInfo> status(@PathParam("connector") String connector) {
        return herder.get().connectorStatus(connector).map(ConnectorStateInfo::of);
    }

    @GET
    @Path("/{connector}/tasks")
    public Uni<List<TaskInfo>> tasks(@PathParam("connector") String connector) {
        return herder.get().taskConfigs(connector).map(configs -> configs.stream().map(TaskInfo::of).toList());
    }

    @GET
    @Path("/{connector}/tasks/{task}/status")
    public Uni<ConnectorStateInfo.TaskState> taskStatus(@PathParam("connector") String connector,
                                                        @PathParam("task") int task) {
        return herder.get().taskStatus(new ConnectorTaskId(connector, task)).map(ConnectorStateInfo.TaskState::of);
    }

    @PUT
    @Path("/{connector}/pause")
    @APIResponse(responseCode = "202", description = "Pausing")
    public Uni<Response> pause(@PathParam("connector") String connector) {
        return herder.get().setTargetState(connector, TargetState.PAUSED).map(ignored -> Response.accepted().build());
    }

    @PUT
    @Path("/{connector}/resume")
    @APIResponse(responseCode = "202", description = "Resuming")
    public Uni<Response> resume(@PathParam("connector") String connector) {
        return herder.get().setTargetState(connector, TargetState.STARTED).map(ignored -> Response.accepted().build());
    }

    @PUT
    @Path("/{connector}/stop")
    @APIResponse(responseCode = "204", description = "Stopped")
    public Uni<Response> stop(@PathParam("connector") String connector) {
        return herder.get().setTargetState(connector, TargetState.STOPPED).map(ignored -> Response.noContent().build());
    }

    @POST
    @Path("/{connector}/restart")
    @APIResponse(responseCode = "202", description = "Restarting, with includeTasks or onlyFailed (KIP-745)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectorStateInfo.class)))
    @APIResponse(responseCode = "204", description = "The connector alone restarted")
    public Uni<Response> restart(@PathParam("connector") String connector,
                                 @QueryParam("includeTasks") boolean includeTasks,
                                 @QueryParam("onlyFailed") boolean onlyFailed) {
        return herder.get().restartConnector(connector, includeTasks, onlyFailed)
                .map(status -> includeTasks || onlyFailed
                        ? Response.accepted(ConnectorStateInfo.of(status)).build()
                        : Response.noContent().build());
    }

    @POST
    @Path("/{connector}/tasks/{task}/restart")
    @APIResponse(responseCode = "204", description = "Restarted")
    public Uni<Response> restartTask(@PathParam("connector") String connector, @PathParam("task") int task) {
        return herder.get().restartTask(new ConnectorTaskId(connector, task))
                .map(ignored -> Response.noContent().build());
    }

    @GET
    @Path("/{connector}/offsets")
    public Uni<ConnectorOffsets> offsets(@PathParam("connector") String connector) {
        return herder.get().connectorOffsets(connector).map(ConnectorOffsets::of);
    }

    @PATCH
    @Path("/{connector}/offsets")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Message> alterOffsets(@PathParam("connector") String connector, ConnectorOffsets offsets) {
        List<ConnectorOffset> requested = offsets == null ? null : offsets.toHerder();
        if (requested == null || requested.isEmpty()) {
            throw HerderException.badRequest("Partitions / offsets need to be provided for an alter offsets request");
        }
        return herder.get().alterConnectorOffsets(connector, requested).map(Message::new);
    }

    @DELETE
    @Path("/{connector}/offsets")
    public Uni<Message> resetOffsets(@PathParam("connector") String connector) {
        return herder.get().resetConnectorOffsets(connector).map(Message::new);
    }

    @GET
    @Path("/{connector}/topics")
    public Uni<Map<String, Map<String, List<String>>>> topics(@PathParam("connector") String connector) {
        return herder.get().connectorActiveTopics(connector)
                .map(topics -> Map.of(connector, Map.of("topics", List.copyOf(topics))));
    }

    @PUT
    @Path("/{connector}/topics/reset")
    @APIResponse(responseCode = "202", description = "Reset")
    public Uni<Response> resetTopics(@PathParam("connector") String connector) {
        return herder.get().resetConnectorActiveTopics(connector).map(ignored -> Response.accepted().build());
    }

    /**
     * The created connector's URI with its name as one percent-encoded path segment, so that names
     * with spaces or reserved characters make a valid {@code Location} header.
     */
    private static URI location(String name) {
        return URI.create("/connectors/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /** Apache requires the body's {@code name} to match the URL and fills it in when absent. */
    private static Map<String, String> withName(String name, Map<String, String> config) {
        String inConfig = config.get("name");
        if (inConfig != null && !inConfig.trim().equals(name)) {
            throw HerderException.badRequest("Connector name configuration (" + inConfig + ") doesn't match connector "
                    + "name in the URL (" + name + ")");
        }
        Map<String, String> copy = new LinkedHashMap<>(config); // Apache echoes the keys in the order sent
        copy.put("name", name);
        return copy;
    }

    private static TargetState initialState(String state) {
        if (state == null) {
            return TargetState.STARTED;
        }
        return switch (state.trim().toUpperCase(Locale.ROOT)) {
            case "RUNNING" -> TargetState.STARTED;
            case "PAUSED" -> TargetState.PAUSED;
            case "STOPPED" -> TargetState.STOPPED;
            default -> throw HerderException.badRequest("Invalid initial state: " + state
                    + ". Allowed values are RUNNING, PAUSED and STOPPED");
        };
    }
}
