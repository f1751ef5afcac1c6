package io.tributary.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

import org.apache.kafka.common.config.ConfigException;

/**
 * The REST listener derived from Apache's {@code listeners} (first entry) or {@code rest.port}.
 *
 * @param host the interface to bind, {@code 0.0.0.0} when the listener names none
 * @param port the TCP port
 */
public record RestListener(String host, int port) {

    public static final int DEFAULT_PORT = 8083;
    private static final String ALL_INTERFACES = "0.0.0.0";

    /**
     * @param listeners the {@code listeners} value, or null when unset
     * @param restPort  the {@code rest.port} value, or null when unset
     */
    public static RestListener of(List<String> listeners, Integer restPort) {
        if (listeners != null && !listeners.isEmpty()) {
            return parse(listeners.get(0).trim());
        }
        return new RestListener(ALL_INTERFACES, restPort == null ? DEFAULT_PORT : restPort);
    }

    private static RestListener parse(String listener) {
        URI uri;
        try {
            uri = new URI(listener);
        } catch (URISyntaxException e) {
            throw new ConfigException(WorkerConfig.LISTENERS, listener, "Not a valid listener URI");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme())) {
            throw new ConfigException(WorkerConfig.LISTENERS, listener,
                    "Only http:// listeners are supported, for example http://:8083");
        }
        String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
        int colon = authority.lastIndexOf(':');
        if (colon < 0) {
            throw new ConfigException(WorkerConfig.LISTENERS, listener, "The listener must name a port");
        }
        String host = authority.substring(0, colon);
        int port;
        try {
            port = Integer.parseInt(authority.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new ConfigException(WorkerConfig.LISTENERS, listener, "The listener port is not a number");
        }
        if (port < 0 || port > 65535) {
            throw new ConfigException(WorkerConfig.LISTENERS, listener, "The listener port is out of range");
        }
        return new RestListener(host.isEmpty() ? ALL_INTERFACES : host, port);
    }
}
