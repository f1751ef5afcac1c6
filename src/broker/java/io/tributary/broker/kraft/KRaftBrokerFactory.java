package io.tributary.broker.kraft;

import io.tributary.broker.EmbeddedBroker;
import io.tributary.broker.EmbeddedBrokerConfig;
import io.tributary.broker.EmbeddedBrokerFactory;

/** Starts the embedded broker as a single KRaft node (broker and controller in one). */
public final class KRaftBrokerFactory implements EmbeddedBrokerFactory {

    @Override
    public EmbeddedBroker start(EmbeddedBrokerConfig config) {
        return KRaftEmbeddedBroker.start(config);
    }
}
