package io.tributary.rest;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import io.tributary.herder.ConfigInfos;
import io.tributary.herder.HerderException;
import io.tributary.herder.HerderRef;
import io.tributary.rest.entity.PluginInfo;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Apache's {@code /connector-plugins} API: what is installed, its keys, and config validation. */
@Path("/connector-plugins")
@Tag(name = "connector-plugins")
@Produces(MediaType.APPLICATION_JSON)
public class ConnectorPluginsResource {

    private final HerderRef herder;

    public ConnectorPluginsResource(HerderRef herder) {
        this.herder = herder;
    }

    @GET
    public Uni<List<PluginInfo>> list(@QueryParam("connectorsOnly") @DefaultValue("true") boolean connectorsOnly) {
        return herder.get().plugins(connectorsOnly).map(plugins -> plugins.stream()
                .map(p -> new PluginInfo(p.className(), p.type().simpleName(), p.version()))
                .toList());
    }

    @GET
    @Path("/{plugin}/config")
    public Uni<List<ConfigInfos.ConfigKeyInfo>> config(@PathParam("plugin") String plugin) {
        return herder.get().pluginConfig(plugin);
    }

    @PUT
    @Path("/{plugin}/config/validate")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ConfigInfos> validate(@PathParam("plugin") String plugin, Map<String, String> config) {
        if (config == null) {
            throw HerderException.badRequest("Connector config is required");
        }
        String connectorClass = config.get("connector.class");
        if (connectorClass == null) {
            throw HerderException.badRequest("Connector config " + config + " contains no connector type");
        }
        if (!withoutConnectorSuffix(connectorClass).endsWith(withoutConnectorSuffix(plugin))) {
            throw HerderException.badRequest("Included connector type " + connectorClass
                    + " does not match request type " + plugin);
        }
        return herder.get().validateConnectorConfig(config);
    }

    /** Apache compares the path's plugin and the body's class without a trailing {@code Connector}. */
    private static String withoutConnectorSuffix(String name) {
        String suffix = "Connector";
        return name.endsWith(suffix) && name.length() > suffix.length()
                ? name.substring(0, name.length() - suffix.length()) : name;
    }
}
