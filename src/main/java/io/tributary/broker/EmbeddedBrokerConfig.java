package io.tributary.broker;

import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * Where the embedded broker listens and keeps its data.
 *
 * @param port           the PLAINTEXT listener on 127.0.0.1; 0 picks a free port
 * @param controllerPort the KRaft controller listener; empty picks a free loopback port, so that
 *                       several instances can run side by side
 * @param dataDir        log directory; topics survive restarts as long as it is kept
 */
public record EmbeddedBrokerConfig(int port, OptionalInt controllerPort, Path dataDir) {
}
