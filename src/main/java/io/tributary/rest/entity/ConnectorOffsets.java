package io.tributary.rest.entity;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.tributary.herder.ConnectorOffset;

/**
 * The body of {@code GET} and {@code PATCH /connectors/NAME/offsets} (KIP-875):
 * {@code {"offsets":[{"partition":{...},"offset":{...}}]}}; in a PATCH a null offset removes the
 * partition.
 */
@Schema(requiredProperties = "offsets")
public record ConnectorOffsets(List<Entry> offsets) {

    /** One partition and its offset. */
    @Schema(requiredProperties = {"partition", "offset"})
    @JsonPropertyOrder({"partition", "offset"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Entry(Map<String, Object> partition, @Schema(nullable = true) Map<String, Object> offset) {
    }

    public static ConnectorOffsets of(List<ConnectorOffset> offsets) {
        return new ConnectorOffsets(offsets.stream().map(o -> new Entry(o.partition(), o.offset())).toList());
    }

    /** The herder's view of a PATCH body; null entries stay null so that the herder rejects them. */
    public List<ConnectorOffset> toHerder() {
        return offsets == null ? null : offsets.stream()
                .map(entry -> entry == null ? null : new ConnectorOffset(entry.partition(), entry.offset()))
                .toList();
    }
}
