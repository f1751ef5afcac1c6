package io.tributary.rest.entity;

/** A success body with a message, e.g. {@code {"message":"The offsets for this connector have been reset successfully"}}. */
public record Message(String message) {
}
