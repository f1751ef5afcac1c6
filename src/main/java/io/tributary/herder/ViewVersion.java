package io.tributary.herder;

/**
 * The version of what a herder shows about its connectors: their names, configurations, task ids and
 * statuses. Equal versions of the same herder mean equal answers of {@link Herder#connectors()},
 * {@link Herder#connectorInfos()} and {@link Herder#connectorStatuses()}, so the REST layer can keep a
 * listing it built and serve it again until the version moves.
 *
 * @param config the config store's {@link io.tributary.storage.ConfigStore#version()}
 * @param status the status store's {@link io.tributary.storage.StatusStore#version()}
 */
public record ViewVersion(long config, long status) {
}
