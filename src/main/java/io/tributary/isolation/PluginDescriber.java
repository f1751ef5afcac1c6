package io.tributary.isolation;

import static io.tributary.logging.TributaryLog.LOG;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Comparator;
import java.util.regex.Pattern;
import org.apache.kafka.connect.components.Versioned;

/**
 * Turns a discovered plugin class into a {@link PluginDesc}, and reports plugins that cannot be
 * used. Apache's rule for versions: a {@link Versioned} plugin (every connector is one) is
 * instantiated to ask its {@code version()}; any other plugin is "undefined".
 *
 * <p>Threading: stateless; instantiation runs on the calling thread with its context class loader
 * swapped to the plugin's loader.
 */
final class PluginDescriber {

    static final String UNDEFINED_VERSION = "undefined";
    static final String CLASSPATH = "classpath";

    private static final Pattern VERSION_PARTS = Pattern.compile("[.\\-+_]");

    /** Orders descriptions of the same class newest version first (the one Apache picks by default). */
    static final Comparator<PluginDesc> NEWEST_FIRST = (a, b) -> compareVersions(b.version(), a.version());

    private PluginDescriber() {
    }

    /**
     * Whether a class can be a plugin at all: public, concrete, with a public no-argument constructor
     * (how Connect creates every plugin).
     */
    static boolean isInstantiable(Class<?> type) {
        int modifiers = type.getModifiers();
        if (!Modifier.isPublic(modifiers) || Modifier.isAbstract(modifiers) || type.isInterface()) {
            return false;
        }
        for (Constructor<?> constructor : type.getConstructors()) {
            if (constructor.getParameterCount() == 0) {
                return true;
            }
        }
        return false;
    }

    /** Describes {@code type} as a plugin of kind {@code kind}; throws whatever instantiating it throws. */
    static PluginDesc describe(Class<?> type, PluginType kind, String location) throws Throwable {
        ClassLoader loader = type.getClassLoader();
        return new PluginDesc(type.getName(), kind, versionOf(type, loader), loader, location);
    }

    private static String versionOf(Class<?> type, ClassLoader loader) throws Throwable {
        if (!Versioned.class.isAssignableFrom(type)) {
            return UNDEFINED_VERSION;
        }
        try (LoaderSwap swap = new LoaderSwap(loader)) {
            Object instance = type.getDeclaredConstructor().newInstance();
            String version = ((Versioned) instance).version();
            return version == null ? UNDEFINED_VERSION : version;
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Logs, once, that a plugin (a location, or a class in one) is skipped: the reason at WARN, the stack at DEBUG. */
    static void skipped(String where, Throwable cause) {
        LOG.pluginSkipped(where, reasonOf(cause));
        LOG.pluginSkippedCause(where, cause);
    }

    /** A one-line reason for a failure, looking through the wrappers reflection and static initialisers add. */
    static String reasonOf(Throwable failure) {
        Throwable root = failure;
        while ((root instanceof ExceptionInInitializerError || root instanceof InvocationTargetException)
                && root.getCause() != null) {
            root = root.getCause();
        }
        String kind = root == failure ? root.getClass().getName()
                : failure.getClass().getSimpleName() + " caused by " + root.getClass().getName();
        return root.getMessage() == null ? kind : kind + ": " + root.getMessage();
    }

    // Numeric parts compare as numbers, others as text; "undefined" sorts below any real version.
    static int compareVersions(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (UNDEFINED_VERSION.equals(a) || UNDEFINED_VERSION.equals(b)) {
            return UNDEFINED_VERSION.equals(a) ? -1 : 1;
        }
        String[] left = VERSION_PARTS.split(a);
        String[] right = VERSION_PARTS.split(b);
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = comparePart(left[i], right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int comparePart(String a, String b) {
        boolean numeric = a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit)
                && !a.isEmpty() && !b.isEmpty();
        if (numeric) {
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
        return a.compareTo(b);
    }
}
