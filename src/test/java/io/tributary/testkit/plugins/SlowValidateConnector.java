package io.tributary.testkit.plugins;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * A test plugin whose {@code validate()} hangs for {@code block.ms} milliseconds (default 5000), as a
 * connector that calls a slow external system would, to prove that REST requests time out with
 * Apache's answer. The hang is bounded so that a test never leaves a thread stuck behind it.
 */
public final class SlowValidateConnector extends SourceConnector {

    public static final String BLOCK_MS = "block.ms";

    public SlowValidateConnector() {
        // required by Connect
    }

    @Override
    public Config validate(Map<String, String> props) {
        long blockMs = Long.parseLong(props.getOrDefault(BLOCK_MS, "5000"));
        try {
            // Nobody counts this latch down: it is a bounded, interruptible hang.
            new CountDownLatch(1).await(blockMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return super.validate(props);
    }

    @Override
    public void start(Map<String, String> props) {
    }

    @Override
    public Class<? extends Task> taskClass() {
        return FailingSourceConnector.FailingTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return List.of();
    }

    @Override
    public void stop() {
    }

    @Override
    public ConfigDef config() {
        return new ConfigDef().define(BLOCK_MS, ConfigDef.Type.LONG, 5000L, ConfigDef.Importance.LOW,
                "How long validate() hangs.");
    }

    @Override
    public String version() {
        return "1.0";
    }
}
