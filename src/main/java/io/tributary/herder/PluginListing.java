package io.tributary.herder;

import java.util.ArrayList;
import java.util.List;

import io.tributary.isolation.PluginDesc;
import io.tributary.isolation.PluginType;
import io.tributary.isolation.Plugins;

/**
 * Answers {@code GET /connector-plugins[?connectorsOnly=false]} in Apache's order: sink connectors,
 * source connectors, then transformations, predicates, converters and header converters, each
 * group sorted by class name. Apache plugins that Tributary stands in for are listed under Apache's
 * class names too (see {@link Plugins#listed}).
 */
public final class PluginListing {

    private static final List<PluginType> CONNECTORS = List.of(PluginType.SINK, PluginType.SOURCE);
    private static final List<PluginType> OTHERS = List.of(PluginType.TRANSFORMATION, PluginType.PREDICATE,
            PluginType.CONVERTER, PluginType.HEADER_CONVERTER);

    private PluginListing() {
    }

    public static List<PluginDesc> of(Plugins plugins, boolean connectorsOnly) {
        List<PluginDesc> result = new ArrayList<>();
        CONNECTORS.forEach(type -> result.addAll(plugins.listed(type)));
        if (!connectorsOnly) {
            OTHERS.forEach(type -> result.addAll(plugins.listed(type)));
        }
        return result;
    }
}
