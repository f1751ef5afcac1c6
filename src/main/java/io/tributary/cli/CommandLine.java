package io.tributary.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parsed command line, which follows Apache's scripts so that users change nothing but the
 * program name:
 * <pre>
 *   tributary [standalone] [WORKER_PROPS [CONNECTOR_CONFIG ...]]
 *   tributary distributed WORKER_PROPS
 *   tributary --help
 * </pre>
 *
 * @param mode                 standalone or distributed
 * @param workerProperties     the worker properties file, empty for defaults
 * @param connectorConfigFiles connector configurations (.properties or .json) applied at start
 * @param help                 whether usage was asked for
 */
public record CommandLine(Mode mode, Optional<Path> workerProperties, List<Path> connectorConfigFiles,
                          boolean help) {

    /** How the worker runs. */
    public enum Mode { STANDALONE, DISTRIBUTED }

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: tributary [standalone] [WORKER_PROPS [CONNECTOR_CONFIG ...]]",
            "       tributary distributed WORKER_PROPS",
            "",
            "  standalone   run connectors in this process (the default); CONNECTOR_CONFIG files",
            "               (.properties or .json) are created or updated at start",
            "  distributed  join a group of workers that share connectors through Kafka",
            "  WORKER_PROPS worker properties under Apache Kafka Connect's names; without",
            "               bootstrap.servers an embedded Kafka broker starts on 127.0.0.1:9092",
            "  -h, --help   print this help");

    /**
     * @throws UsageException with a one-line reason for an unknown option or a missing argument
     */
    public static CommandLine parse(String... args) {
        List<String> positional = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help")) {
                return new CommandLine(Mode.STANDALONE, Optional.empty(), List.of(), true);
            }
            if (arg.startsWith("-")) {
                throw new UsageException("unknown option '" + arg + "' (see --help)");
            }
            positional.add(arg);
        }
        Mode mode = Mode.STANDALONE;
        if (!positional.isEmpty() && positional.get(0).equals("distributed")) {
            mode = Mode.DISTRIBUTED;
            positional.remove(0);
            if (positional.size() != 1) {
                throw new UsageException("distributed mode takes exactly one argument, WORKER_PROPS (see --help)");
            }
        } else if (!positional.isEmpty() && positional.get(0).equals("standalone")) {
            positional.remove(0);
        }
        Optional<Path> worker = positional.isEmpty() ? Optional.empty() : Optional.of(Path.of(positional.get(0)));
        List<Path> connectors = positional.stream().skip(1).map(Path::of).toList();
        return new CommandLine(mode, worker, connectors, false);
    }
}
