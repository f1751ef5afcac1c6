package io.tributary.rest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.CheckReturnValue;
import io.smallrye.mutiny.Uni;
import io.tributary.herder.Herder;
import io.tributary.herder.ViewVersion;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The JSON bodies of the {@code GET /connectors} listings, kept as bytes per {@link ViewVersion}.
 * Dashboards and operators poll these listings (with {@code ?expand=status} above all); while nothing
 * changes, each poll answers with the stored bytes, without a turn on the herder thread and without
 * serialising every connector again. The first request after any change builds the listing anew, so
 * an answer never misses a change that completed before the request (read-your-writes).
 *
 * <p>Thread-safe: read on the event loop, filled on whichever thread completes the herder's answer.
 * The bytes are the ones Quarkus REST would write for the same value: the same {@link ObjectMapper}.
 */
@ApplicationScoped
public class ConnectorListings {

    /** Which listing a request asks for, from its {@code expand} parameters. */
    enum Expansion {
        NONE, STATUS, INFO, STATUS_AND_INFO, UNKNOWN
    }

    /** A serialised listing and what it was built from. */
    private record Body(Herder herder, ViewVersion version, byte[] json) {
    }

    private final ObjectMapper mapper;
    private final Map<Expansion, Body> bodies = new ConcurrentHashMap<>();

    public ConnectorListings(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The listing's JSON: the stored bytes when the herder's view has not moved since they were built,
     * else {@code build}'s value, serialised and stored.
     */
    @CheckReturnValue
    Uni<byte[]> body(Herder herder, Expansion expansion, Supplier<Uni<?>> build) {
        // Read before building: the listing then shows at least this version, so storing it under this
        // version can only make it fresher than its label, never staler.
        ViewVersion version = herder.viewVersion();
        Body known = bodies.get(expansion);
        if (known != null && known.herder() == herder && known.version().equals(version)) {
            return Uni.createFrom().item(known.json());
        }
        return build.get().map(value -> {
            byte[] json = serialise(value);
            bodies.put(expansion, new Body(herder, version, json));
            return json;
        });
    }

    private byte[] serialise(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the connector listing", e);
        }
    }
}
