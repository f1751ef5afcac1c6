package io.tributary.herder;

/** The result of a create-or-update: whether it created something, and what is there now. */
public record Created<T>(boolean created, T result) {
}
