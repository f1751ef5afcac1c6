package io.tributary.isolation;

import static io.tributary.logging.TributaryLog.LOG;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * The worker's plugins: the built-in ones found through ServiceLoader manifests on the application
 * class loader ({@link BuiltinPlugins}), plus those on {@code plugin.path}, each in a class loader
 * of its own ({@link IsolatedPlugins}, {@link PluginClassLoader}). It resolves the class names and
 * aliases that configs use ({@link PluginAliases}, {@link ApacheEquivalents}) and creates plugin
 * instances with the right context class loader.
 *
 * <p>Lifecycle: 1. {@link #load} once at worker start-up (never throws for a bad plugin: it is
 * logged and skipped); 2. {@link #find}/{@link #newInstance} for as long as the worker runs.
 *
 * <p>Threading: immutable after {@link #load}; every method may be called from any thread.
 */
public final class Plugins {

    private static final Comparator<PluginDesc> BY_CLASS_THEN_TYPE =
            Comparator.comparing(PluginDesc::className).thenComparing(PluginDesc::type);

    private final Map<PluginType, List<PluginDesc>> byType;
    private final Map<String, List<PluginDesc>> byClassName; // newest first; more than one when shipped twice
    private final List<PluginDesc> all;
    private final PluginAliases aliases;
    private final ApacheEquivalents equivalents;
    private final ClassLoader applicationLoader;

    private Plugins(Collection<PluginDesc> found, ApacheEquivalents equivalents, ClassLoader applicationLoader) {
        this.byClassName = indexByClassName(found);
        this.byType = indexByType(byClassName);
        this.all = byType.values().stream().flatMap(List::stream).sorted(BY_CLASS_THEN_TYPE).collect(Collectors.toUnmodifiableList());
        this.equivalents = equivalents;
        this.aliases = PluginAliases.of(withoutShadowedEquivalents(all, equivalents, byClassName.keySet()));
        this.applicationLoader = applicationLoader;
    }

    /**
     * Finds the built-in plugins and those on {@code pluginPath} (each element a directory of
     * plugins or a plugin jar, as Apache's {@code plugin.path}). A plugin that cannot be read or
     * loaded is logged once (WARN, with its path) and skipped.
     */
    public static Plugins load(List<String> pluginPath) {
        return load(pluginPath, ApacheEquivalents.tributary());
    }

    static Plugins load(List<String> pluginPath, ApacheEquivalents equivalents) { // visible for testing
        long start = System.nanoTime();
        ClassLoader applicationLoader = Plugins.class.getClassLoader();
        List<PluginDesc> builtIn = BuiltinPlugins.discover(applicationLoader);
        IsolatedPlugins.Found isolated = IsolatedPlugins.discover(pluginPath, applicationLoader);
        List<PluginDesc> found = new ArrayList<>(builtIn);
        found.addAll(isolated.plugins());
        Plugins plugins = new Plugins(found, equivalents, applicationLoader);
        LOG.pluginsLoaded(plugins.all.size(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
                builtIn.size(), isolated.plugins().size(), isolated.locations(),
                pluginPath.stream().map(String::trim).collect(Collectors.joining(",")),
                plugins.countsByType());
        return plugins;
    }

    /** The plugins of one type, sorted by class name, each class once (its newest version). */
    public List<PluginDesc> plugins(PluginType type) {
        return byType.getOrDefault(type, List.of());
    }

    /**
     * The plugins of one type as {@code GET /connector-plugins} lists them: {@link #plugins} plus,
     * for each Apache plugin that is not installed but has a Tributary stand-in (e.g.
     * {@code org.apache.kafka.connect.file.FileStreamSourceConnector}), an entry under Apache's class
     * name with the stand-in's version, since configs that name the Apache class run here. Sorted by
     * class name.
     */
    public List<PluginDesc> listed(PluginType type) {
        List<PluginDesc> result = new ArrayList<>(plugins(type));
        equivalents.asMap().forEach((apacheClass, ourClass) -> {
            if (!byClassName.containsKey(apacheClass)) {
                plugins(type).stream().filter(plugin -> plugin.className().equals(ourClass)).findFirst()
                        .ifPresent(ours -> result.add(new PluginDesc(apacheClass, type, ours.version(), ours.loader(),
                                ours.location())));
            }
        });
        result.sort(Comparator.comparing(PluginDesc::className));
        return result;
    }

    /** Every plugin of every type, sorted by class name then type. */
    public List<PluginDesc> all() {
        return all;
    }

    /**
     * The plugin named by a fully qualified class name or an alias (simple name, or simple name
     * without its type suffix; ambiguous aliases do not resolve), of one of the {@code acceptable}
     * types (any type when none are given).
     */
    public Optional<PluginDesc> find(String classOrAlias, PluginType... acceptable) {
        return find(classOrAlias, null, acceptable);
    }

    /**
     * Like {@link #find(String, PluginType...)}, but a copy of the class in {@code preferred} (a
     * connector's plugin loader, for the converters and transforms its config names) wins over the
     * global one. A class that has no manifest but is visible from {@code preferred}, or from the
     * application class path, is found too, as Apache loads any class by name.
     */
    public Optional<PluginDesc> find(String classOrAlias, ClassLoader preferred, PluginType... acceptable) {
        Set<PluginType> types = acceptable.length == 0 ? EnumSet.allOf(PluginType.class) : EnumSet.copyOf(Arrays.asList(acceptable));
        String className = aliases.resolve(classOrAlias.trim());
        Optional<PluginDesc> found = lookup(className, types, preferred);
        if (found.isEmpty()) {
            found = equivalents.replacementFor(className).flatMap(ours -> lookup(ours, types, preferred));
        }
        return found;
    }

    private Optional<PluginDesc> lookup(String className, Set<PluginType> types, ClassLoader preferred) {
        List<PluginDesc> candidates = byClassName.getOrDefault(className, List.of()).stream()
                .filter(plugin -> types.contains(plugin.type()))
                .collect(Collectors.toList());
        if (preferred instanceof PluginClassLoader) {
            Optional<PluginDesc> own = candidates.stream().filter(plugin -> plugin.loader() == preferred).findFirst();
            if (own.isEmpty()) {
                // A plugin may bundle e.g. its own JsonConverter without listing it: Apache loads that copy.
                own = UnlistedPlugins.find(className, types, preferred, true);
            }
            if (own.isPresent()) {
                return own;
            }
        }
        if (!candidates.isEmpty()) {
            return Optional.of(candidates.get(0));
        }
        return UnlistedPlugins.find(className, types, applicationLoader, false);
    }

    /**
     * Creates an instance of {@code plugin} through its no-arg constructor, with the thread's
     * context class loader set to the plugin's loader while it runs.
     *
     * @throws ConnectException if the class cannot be loaded, is not a {@code base}, or its
     *         constructor fails
     */
    public <T> T newInstance(PluginDesc plugin, Class<T> base) {
        try (LoaderSwap swap = swapLoader(plugin.loader())) {
            Class<?> type = Class.forName(plugin.className(), true, plugin.loader());
            if (!base.isAssignableFrom(type)) {
                throw new ConnectException(plugin.className() + " from " + plugin.location() + " is not a "
                        + base.getName());
            }
            return base.cast(type.getDeclaredConstructor().newInstance());
        } catch (InvocationTargetException e) {
            throw cannotInstantiate(plugin, e.getCause());
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            if (e instanceof ConnectException) {
                throw (ConnectException) e;
            }
            throw cannotInstantiate(plugin, e);
        }
    }

    /**
     * {@link #find(String, PluginType...)} then {@link #newInstance(PluginDesc, Class)}.
     *
     * @throws ConnectException if no plugin matches, with the list of those available, or if
     *         instantiation fails
     */
    public <T> T newInstance(String classOrAlias, Class<T> base, PluginType... acceptable) {
        return newInstance(classOrAlias, null, base, acceptable);
    }

    /**
     * {@link #find(String, ClassLoader, PluginType...)} then {@link #newInstance(PluginDesc, Class)}:
     * how a connector's converters and transformations are created, preferring its own plugin's copy.
     *
     * @throws ConnectException if no plugin matches, with the list of those available, or if
     *         instantiation fails
     */
    public <T> T newInstance(String classOrAlias, ClassLoader preferred, Class<T> base, PluginType... acceptable) {
        PluginDesc plugin = find(classOrAlias, preferred, acceptable)
                .orElseThrow(() -> notFound(classOrAlias, base, acceptable));
        return newInstance(plugin, base);
    }

    /** Sets the thread's context class loader to {@code loader} until the returned swap is closed. */
    public static LoaderSwap swapLoader(ClassLoader loader) {
        return new LoaderSwap(loader);
    }

    private ConnectException notFound(String classOrAlias, Class<?> base, PluginType... acceptable) {
        List<PluginType> types = acceptable.length == 0 ? List.of(PluginType.values()) : List.of(acceptable);
        Set<String> nouns = types.stream().map(PluginInterfaces::pluralNoun).collect(Collectors.toSet());
        String noun = nouns.size() == 1 ? nouns.iterator().next() : "plugins";
        String available = all.stream().filter(plugin -> types.contains(plugin.type()))
                .map(PluginDesc::className).distinct().collect(Collectors.joining(", "));
        return new ConnectException("Failed to find any class that implements " + base.getSimpleName()
                + " and which name matches " + classOrAlias + ", available " + noun + " are: " + available);
    }

    private static ConnectException cannotInstantiate(PluginDesc plugin, Throwable cause) {
        return new ConnectException("Failed to instantiate " + plugin.type() + " " + plugin.className() + " from "
                + plugin.location() + ": " + PluginDescriber.reasonOf(cause), cause);
    }

    private String countsByType() {
        return byType.entrySet().stream().map(entry -> entry.getValue().size() + " " + entry.getKey())
                .collect(Collectors.joining(", "));
    }

    private static Map<String, List<PluginDesc>> indexByClassName(Collection<PluginDesc> found) {
        Map<String, List<PluginDesc>> index = new TreeMap<>();
        for (PluginDesc plugin : found) {
            index.computeIfAbsent(plugin.className(), name -> new ArrayList<>()).add(plugin);
        }
        // Stable sort: on equal versions the built-in (listed first) stays ahead of a plugin.path copy.
        index.replaceAll((name, copies) -> copies.stream().sorted(PluginDescriber.NEWEST_FIRST).collect(Collectors.toUnmodifiableList()));
        return index;
    }

    private static Map<PluginType, List<PluginDesc>> indexByType(Map<String, List<PluginDesc>> byClassName) {
        Map<PluginType, Map<String, PluginDesc>> newest = new EnumMap<>(PluginType.class);
        byClassName.forEach((name, copies) -> copies.forEach(plugin ->
                newest.computeIfAbsent(plugin.type(), type -> new LinkedHashMap<>()).putIfAbsent(name, plugin)));
        Map<PluginType, List<PluginDesc>> index = new EnumMap<>(PluginType.class);
        newest.forEach((type, plugins) -> index.put(type, List.copyOf(plugins.values())));
        return index;
    }

    // When a real Apache plugin is present, its short names belong to it, not to our stand-in.
    private static List<PluginDesc> withoutShadowedEquivalents(List<PluginDesc> all, ApacheEquivalents equivalents,
            Set<String> present) {
        Set<String> shadowed = equivalents.asMap().entrySet().stream().filter(entry -> present.contains(entry.getKey()))
                .map(Map.Entry::getValue).collect(Collectors.toSet());
        return all.stream().filter(plugin -> !shadowed.contains(plugin.className())).collect(Collectors.toList());
    }
}
