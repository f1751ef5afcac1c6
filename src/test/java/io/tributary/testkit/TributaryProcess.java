package io.tributary.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Tributary's packaged jar run as a child process, the way users run it: {@code java -jar
 * quarkus-run.jar ARGS}, its stdout and stderr captured to files in a working directory. Used by
 * the {@code *PackagedIT}s that need a real process (signals, restarts, exit codes).
 *
 * <p>Lifecycle: {@link #start} → {@link #get} / {@link #awaitHttp} → {@link #stop} (SIGTERM) or
 * {@link #kill} (SIGKILL); {@link #close} kills whatever is still running, so a test can use
 * try-with-resources and never leak a process.
 */
public final class TributaryProcess implements AutoCloseable {

    /** The packaged jar; failsafe passes it, and the default serves a run from an IDE after {@code package}. */
    public static final Path RUN_JAR = Path.of(System.getProperty("it.run.jar", "target/quarkus-app/quarkus-run.jar"));

    /** What a GET answered: the status, or {@link #REFUSED} when nothing listened yet. */
    public record Answer(int status, String body) {
        public static final int REFUSED = -1;

        public boolean refused() {
            return status == REFUSED;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int restPort;
    private final Path stdout;
    private final Path stderr;
    private final long startedNanos;

    private TributaryProcess(Process process, int restPort, Path stdout, Path stderr, long startedNanos) {
        this.process = process;
        this.restPort = restPort;
        this.stdout = stdout;
        this.stderr = stderr;
        this.startedNanos = startedNanos;
    }

    /**
     * Starts the jar in {@code workDir} (its current directory, and where the output files go).
     *
     * @param restPort the port the REST server will listen on, or 0 when the test does not call it
     */
    public static TributaryProcess start(Path workDir, int restPort, String... args) {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", RUN_JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        int run = countRuns(workDir);
        Path out = workDir.resolve("stdout-" + run + ".log");
        Path err = workDir.resolve("stderr-" + run + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        // Start from the user's defaults, not from whatever the test JVM's environment sets.
        builder.environment().keySet().removeIf(name -> name.startsWith("TRIBUTARY_") || name.startsWith("QUARKUS_"));
        try {
            long begin = System.nanoTime();
            return new TributaryProcess(builder.start(), restPort, out, err, begin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a worker properties file for an embedded broker on a free port, data in {@code dataDir}
     * and REST on {@code 127.0.0.1:restPort}; {@code extra} entries are added or override.
     */
    public static Path writeWorkerProperties(Path file, int brokerPort, Path dataDir, int restPort,
                                             Map<String, String> extra) {
        Map<String, String> props = new java.util.TreeMap<>(Map.of(
                "tributary.embedded-broker.port", String.valueOf(brokerPort),
                "tributary.embedded-broker.dir", dataDir.toAbsolutePath().toString(),
                "listeners", "http://127.0.0.1:" + restPort));
        props.putAll(extra);
        String text = props.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A loopback port that was free a moment ago. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + restPort;
    }

    /** One GET against the process's REST server. */
    public Answer get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(5)).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (ConnectException | HttpTimeoutException e) {
            return new Answer(Answer.REFUSED, e.toString());
        } catch (IOException e) {
            // A connection reset while the server is coming up counts as not listening yet.
            return new Answer(Answer.REFUSED, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Polls {@code path} until it answers {@code status}, failing with the process output when it
     * does not within {@code timeout} or when the process dies.
     *
     * @return every answer seen, in order, the last being the awaited one
     */
    public List<Answer> awaitHttp(String path, int status, Duration timeout) {
        List<Answer> seen = new ArrayList<>();
        org.awaitility.Awaitility.await(path + " answering " + status)
                .atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(25))
                .until(() -> {
                    assertAlive();
                    Answer answer = get(path);
                    seen.add(answer);
                    return answer.status() == status;
                });
        return seen;
    }

    /** Sends SIGTERM and waits for the exit. @return the exit code */
    public int stop(Duration timeout) {
        process.destroy();
        return awaitExit(timeout);
    }

    /** Sends SIGKILL and waits for the exit. @return the exit code */
    public int kill() {
        process.destroyForcibly();
        return awaitExit(Duration.ofSeconds(30));
    }

    /** Waits for the process to end by itself. @return the exit code */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the process did not exit within " + timeout + ":\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Fails with the process output when the process has exited. */
    public void assertAlive() {
        if (!process.isAlive()) {
            throw new AssertionError("the process exited with " + process.exitValue() + ":\n" + output());
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** Time since the process was started. */
    public Duration uptime() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    public String stdout() {
        return read(stdout);
    }

    public String stderr() {
        return read(stderr);
    }

    /** Both streams, labelled, for failure messages. */
    public String output() {
        return "--- stdout\n" + stdout() + "--- stderr\n" + stderr();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int countRuns(Path workDir) {
        try (var files = Files.list(workDir)) {
            return (int) files.filter(f -> f.getFileName().toString().startsWith("stdout-")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
