package io.tributary.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.common.config.ConfigException;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.tributary.config.RestListener;
import io.tributary.config.WorkerConfig;
import io.tributary.config.WorkerPropertiesConfigSourceFactory;
import io.tributary.config.WorkerPropertiesFile;

/**
 * The process entry point: checks the command line and the worker properties before anything
 * starts, so that bad input ends with one line on stderr and exit code 2, then hands over to
 * Quarkus, which starts {@link io.tributary.Tributary}.
 */
@QuarkusMain
public final class TributaryMain implements QuarkusApplication {

    /** Exit code for bad input on the command line or in the files it names. */
    public static final int EXIT_USAGE = 2;

    public static void main(String... args) {
        int code = prepare(args, System.out, System.err);
        if (code >= 0) {
            System.exit(code);
        }
        Quarkus.run(TributaryMain.class, (exitCode, failure) -> System.exit(exitCode), args);
    }

    /**
     * Validates the command line and publishes it as configuration.
     *
     * @return an exit code when the process should end now, or -1 to start the worker
     */
    static int prepare(String[] args, PrintStream out, PrintStream err) {
        try {
            CommandLine cli = CommandLine.parse(args);
            if (cli.help()) {
                out.println(CommandLine.USAGE);
                return 0;
            }
            if (cli.mode() == CommandLine.Mode.DISTRIBUTED) {
                throw new UsageException("distributed mode is not yet supported; run standalone");
            }
            Map<String, String> workerProps = cli.workerProperties().map(WorkerPropertiesFile::read).orElse(Map.of());
            WorkerConfig config = new WorkerConfig(workerProps);
            cli.connectorConfigFiles().forEach(TributaryMain::checkReadable);
            checkRestPortFree(config, workerProps);
            publish(cli);
            return -1;
        } catch (UsageException | ConfigException e) {
            err.println("tributary: " + e.getMessage());
            return EXIT_USAGE;
        }
    }

    private static void checkReadable(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UsageException("connector configuration file " + file + " does not exist or is not readable");
        }
    }

    /** A taken REST port would otherwise surface as a Vert.x stack trace. */
    private static void checkRestPortFree(WorkerConfig config, Map<String, String> workerProps) {
        if (System.getProperty("quarkus.http.port") != null || System.getenv("QUARKUS_HTTP_PORT") != null) {
            return;
        }
        RestListener listener = RestListener.of(
                workerProps.containsKey(WorkerConfig.LISTENERS) ? config.getList(WorkerConfig.LISTENERS) : null,
                config.getInt(WorkerConfig.REST_PORT));
        if (listener.port() == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket(listener.port(), 1, InetAddress.getByName(listener.host()))) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new UsageException("REST port " + listener.port() + " on " + listener.host()
                    + " is already in use; choose another with listeners=http://:PORT");
        }
    }

    private static void publish(CommandLine cli) {
        System.setProperty("tributary.mode", cli.mode().name().toLowerCase(java.util.Locale.ROOT));
        cli.workerProperties().ifPresent(file -> System.setProperty(WorkerPropertiesConfigSourceFactory.FILE_PROPERTY,
                file.toAbsolutePath().toString()));
        List<Path> connectors = cli.connectorConfigFiles();
        if (!connectors.isEmpty()) {
            System.setProperty("tributary.connector-config-files", connectors.stream()
                    .map(path -> path.toAbsolutePath().toString().replace(",", "\\,"))
                    .collect(Collectors.joining(",")));
        }
    }

    @Override
    public int run(String... args) {
        Quarkus.waitForExit();
        return 0;
    }
}
