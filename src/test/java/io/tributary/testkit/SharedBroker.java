package io.tributary.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.OptionalInt;
import java.util.stream.Stream;

import io.tributary.broker.EmbeddedBroker;
import io.tributary.broker.EmbeddedBrokerConfig;
import io.tributary.broker.EmbeddedBrokers;

/**
 * The one Kafka broker of a test JVM: started on first use on free loopback ports in a fresh
 * temporary directory, stopped and deleted when the JVM exits. Plain JUnit tests reach it through
 * {@link EmbeddedBrokerExtension}, {@code @QuarkusTest}s through {@link SharedBrokerResource}.
 */
public final class SharedBroker {

    private static EmbeddedBroker broker;

    private SharedBroker() {
    }

    /** The shared broker's bootstrap servers, starting it when needed. */
    public static synchronized String bootstrapServers() {
        if (broker == null) {
            Path dir = createTempDir();
            broker = EmbeddedBrokers.start(new EmbeddedBrokerConfig(0, OptionalInt.empty(), dir));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                broker.close();
                deleteRecursively(dir);
            }, "shared-broker-stop"));
        }
        return broker.bootstrapServers();
    }

    /** The shared broker's cluster id, starting it when needed. */
    public static synchronized String clusterId() {
        bootstrapServers();
        return broker.clusterId();
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("tributary-test-broker");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a directory tree; used by tests to clean up what they created. */
    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
