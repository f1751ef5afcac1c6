package io.tributary.logging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.logging.Level;

import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;

/**
 * The worker's log levels as {@code /admin/loggers} shows and changes them (KIP-495, KIP-976): Log4j
 * level names (OFF, FATAL, ERROR, WARN, INFO, DEBUG, TRACE, ALL) over the JBoss LogManager that
 * Quarkus logs with. Setting a namespace's level sets it on every known logger below it too, as
 * Apache does, and records when each level was last changed.
 *
 * <p>Threading: thread-safe; one instance per JVM ({@link #jvm()}) because the log context is.
 */
public final class Loggers {

    /** The root logger's name in REST paths and bodies. */
    public static final String ROOT = "root";

    private static final Loggers JVM = new Loggers(LogContext.getLogContext(), System::currentTimeMillis);

    private static final Map<String, Level> LEVELS = Map.of(
            "OFF", Level.OFF, "FATAL", org.jboss.logmanager.Level.FATAL, "ERROR", org.jboss.logmanager.Level.ERROR,
            "WARN", org.jboss.logmanager.Level.WARN, "INFO", org.jboss.logmanager.Level.INFO,
            "DEBUG", org.jboss.logmanager.Level.DEBUG, "TRACE", org.jboss.logmanager.Level.TRACE, "ALL", Level.ALL);

    private final LogContext context;
    private final LongSupplier clock;
    private final Map<String, Long> lastModified = new ConcurrentHashMap<>();
    /**
     * The loggers set through here. The log context holds its loggers weakly: a logger that no
     * class uses yet would be collected, and vanish from the listing, soon after it was set.
     */
    private final Map<String, Logger> retained = new ConcurrentHashMap<>();

    Loggers(LogContext context, LongSupplier clock) { // visible for testing
        this.context = context;
        this.clock = clock;
    }

    /** The levels of this JVM's loggers. */
    public static Loggers jvm() {
        return JVM;
    }

    /** The level of one logger and when it was last set here (null when never). */
    public record LoggerLevel(String level, Long lastModified) {
    }

    /** Every known logger with its effective level, sorted by name, the root logger as {@code root}. */
    public SortedMap<String, LoggerLevel> allLevels() {
        SortedMap<String, LoggerLevel> result = new TreeMap<>();
        for (String name : Collections.list(context.getLoggerNames())) {
            Logger logger = context.getLoggerIfExists(name);
            if (logger != null) {
                result.put(name.isEmpty() ? ROOT : name, levelOf(logger));
            }
        }
        result.put(ROOT, levelOf(context.getLogger("")));
        return result;
    }

    /** The logger's effective level, or empty when no logger of that name exists. */
    public Optional<LoggerLevel> level(String name) {
        Logger logger = context.getLoggerIfExists(ROOT.equals(name) ? "" : name);
        return Optional.ofNullable(logger).map(this::levelOf);
    }

    /**
     * Sets the level of the namespace's logger (created when needed) and of every known logger
     * below it.
     *
     * @return the names of the loggers that were set, sorted
     * @throws IllegalArgumentException if {@code level} is not a Log4j level name
     */
    public List<String> setLevel(String namespace, String level) {
        Level parsed = parse(level);
        String prefix = ROOT.equals(namespace) ? "" : namespace;
        List<String> affected = new ArrayList<>();
        retained.put(prefix, context.getLogger(prefix));
        for (String name : Collections.list(context.getLoggerNames())) {
            if (prefix.isEmpty() || name.equals(prefix) || name.startsWith(prefix + ".")) {
                Logger logger = context.getLoggerIfExists(name);
                if (logger != null) {
                    logger.setLevel(parsed);
                    retained.put(name, logger);
                    String shown = name.isEmpty() ? ROOT : name;
                    lastModified.put(shown, clock.getAsLong());
                    affected.add(shown);
                }
            }
        }
        Collections.sort(affected);
        return affected;
    }

    /** Whether {@code level} names a Log4j level (any case). */
    public static boolean isLevel(String level) {
        return level != null && LEVELS.containsKey(level.toUpperCase(Locale.ROOT));
    }

    private static Level parse(String level) {
        if (!isLevel(level)) {
            throw new IllegalArgumentException("invalid log level '" + level + "'.");
        }
        return LEVELS.get(level.toUpperCase(Locale.ROOT));
    }

    private LoggerLevel levelOf(Logger logger) {
        String name = logger.getName().isEmpty() ? ROOT : logger.getName();
        return new LoggerLevel(nameOf(logger.getEffectiveLevel()), lastModified.get(name));
    }

    /** The Log4j name of a JBoss/JUL level value: the most severe level it reaches. */
    static String nameOf(int value) {
        if (value == Level.OFF.intValue()) {
            return "OFF";
        }
        String[] names = {"FATAL", "ERROR", "WARN", "INFO", "DEBUG", "TRACE"};
        for (String name : names) {
            if (value >= LEVELS.get(name).intValue()) {
                return name;
            }
        }
        return value == Level.ALL.intValue() ? "ALL" : "TRACE";
    }
}
