package io.tributary.storage;

/** Apache's connector and task states, as shown by {@code /status}. */
public enum ConnectorState {
    UNASSIGNED, RUNNING, PAUSED, STOPPED, FAILED, RESTARTING, DESTROYED
}
