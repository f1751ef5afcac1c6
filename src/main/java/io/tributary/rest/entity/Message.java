package io.tributary.rest.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A success body with a message, e.g. {@code {"message":"The offsets for this connector have been reset successfully"}}. */
@Schema(requiredProperties = "message")
public record Message(String message) {
}
