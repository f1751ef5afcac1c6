package io.tributary.worker;

/** What a running connector may ask of the herder through its {@code ConnectorContext}. */
public interface ConnectorCallbacks {

    /** The connector wants its task configurations regenerated ({@code requestTaskReconfiguration()}). */
    void requestTaskReconfiguration(String connector);
}
