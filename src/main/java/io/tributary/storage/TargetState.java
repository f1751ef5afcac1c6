package io.tributary.storage;

/**
 * What a user asked a connector to be (KIP-875). Written to the config topic as
 * {@code target-state-NAME}; the worker moves the connector and its tasks towards it.
 */
public enum TargetState {
    STARTED, PAUSED, STOPPED
}
