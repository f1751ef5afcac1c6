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
import io.smallrye.config.ConfigValidationException;
import io.tributary.EarlyStart;
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
        // Quarkus's own request-target check answers an empty 400; rest/error/MalformedUri makes the same
        // check with Apache's error body. Read once, when Quarkus starts its HTTP server.
        System.setProperty("vertx.disableURIValidation", "true");
        // Starting the broker or reading the internal topics while Quarkus boots is the largest saving
        // on the way to ready; the arguments were checked just above.
        EarlyStart.begin(CommandLine.parse(args).workerProperties().map(WorkerPropertiesFile::read).orElse(Map.of()),
                System.getProperties(), System.getenv());
        Quarkus.run(TributaryMain.class, TributaryMain::exit, args);
    }

    /**
     * Quarkus hands a failed start here before its logging is up, so nothing else would report it:
     * say why in one line, and treat invalid configuration as bad input.
     */
    private static void exit(int exitCode, Throwable failure) {
        if (failure == null) {
            System.exit(exitCode);
        }
        ConfigValidationException invalid = configProblem(failure);
        System.err.println("tributary: " + (invalid != null ? describe(invalid) : rootMessage(failure)));
        System.exit(invalid != null ? EXIT_USAGE : Math.max(exitCode, 1));
    }

    /** visible for testing */
    static ConfigValidationException configProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConfigValidationException invalid) {
                return invalid;
            }
        }
        return null;
    }

    /** visible for testing */
    static String describe(ConfigValidationException invalid) {
        List<String> problems = new java.util.ArrayList<>();
        for (int i = 0; i < invalid.getProblemCount(); i++) {
            problems.add(invalid.getProblem(i).getMessage());
        }
        return "invalid configuration: " + String.join("; ", problems);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
        return message.lines().map(String::strip).collect(Collectors.joining(" "));
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
