package io.tributary.testkit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Random, mostly malformed REST requests for fuzz tests, reproducible from a seed: paths under
 * {@code /connectors}, {@code /connector-plugins} and {@code /admin/loggers} with odd names,
 * random verbs, garbage, huge, deeply nested or wrongly typed JSON bodies and odd Content-Types.
 */
public final class FuzzRequests {

    /** One request to send. */
    public record Request(String method, String target, String contentType, byte[] body) {
        @Override
        public String toString() {
            String shown = body == null ? "<none>" : new String(body, 0, Math.min(body.length, 120), StandardCharsets.UTF_8);
            return method + " " + target + " [" + contentType + "] " + shown;
        }
    }

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=UTF-8",
            "text/plain", "application/x-www-form-urlencoded", "application/xml", "multipart/form-data; boundary=x",
            "garbage", "application/json; charset=klingon", "*/*", "");
    private static final List<String> TEMPLATES = List.of("/connectors", "/connectors/{n}", "/connectors/{n}/config",
            "/connectors/{n}/status", "/connectors/{n}/tasks", "/connectors/{n}/tasks/{t}/status",
            "/connectors/{n}/tasks/{t}/restart", "/connectors/{n}/restart", "/connectors/{n}/pause",
            "/connectors/{n}/resume", "/connectors/{n}/stop", "/connectors/{n}/offsets", "/connectors/{n}/topics",
            "/connectors/{n}/topics/reset", "/connectors/{n}/{n}", "/connector-plugins", "/connector-plugins/{n}/config",
            "/connector-plugins/{n}/config/validate", "/admin/loggers", "/admin/loggers/{n}", "/connectors/{n}/tasks-config");
    // No raw space or control character: those break the HTTP request line itself, which the HTTP
    // codec refuses before any REST code runs; encoded, they are names like any other.
    private static final List<String> NAMES = List.of("fuzz", "a+b", "a%20b", "a%2Fb", "a/b", "%", "100%", "%zz",
            "%E2%82%AC", "%C3%28", "..", ".", "%2E%2E", "x;y", "x?y=1", "%00", "FileStreamSource",
            "org.apache.kafka.connect.file.FileStreamSourceConnector", "root", "io.tributary", "");
    private static final List<String> QUERIES = List.of("", "?expand=status", "?expand=info&expand=status",
            "?expand=bogus", "?includeTasks=true&onlyFailed=true", "?includeTasks=maybe", "?scope=cluster",
            "?connectorsOnly=false", "?connectorsOnly=perhaps", "?forward=true", "?%zz=1", "?expand");

    private final Random random;

    public FuzzRequests(long seed) {
        this.random = new Random(seed);
    }

    public Request next() {
        String method = pick(METHODS);
        String target = TEMPLATES.get(random.nextInt(TEMPLATES.size()))
                .replace("{t}", pick(List.of("0", "-1", "99999999999", "x", "%20")))
                .replace("{n}", name()) + pick(QUERIES);
        String contentType = random.nextInt(5) == 0 ? null : pick(CONTENT_TYPES);
        byte[] body = random.nextInt(6) == 0 ? null : body().getBytes(StandardCharsets.UTF_8);
        return new Request(method, target, contentType, body);
    }

    private String name() {
        if (random.nextInt(4) > 0) {
            return pick(NAMES);
        }
        // random unicode, percent-encoded as a client would send it
        StringBuilder raw = new StringBuilder();
        for (int i = random.nextInt(12); i >= 0; i--) {
            raw.appendCodePoint(random.nextBoolean() ? 0x20 + random.nextInt(0x5f) : 0xa0 + random.nextInt(0x2000));
        }
        return URLEncoder.encode(raw.toString(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String body() {
        return switch (random.nextInt(10)) {
            case 0 -> "";
            case 1 -> "null";
            case 2 -> garbage();
            case 3 -> nested(50 + random.nextInt(5000));
            case 4 -> "{\"name\":\"" + "x".repeat(random.nextInt(200_000)) + "\",\"config\":{}}";
            case 5 -> wrongTypes();
            default -> json(random.nextInt(4));
        };
    }

    private String garbage() {
        StringBuilder text = new StringBuilder();
        String alphabet = "{}[]\":,\\ntrufalse0123456789.-eE \u00ff\u2028";
        for (int i = random.nextInt(80); i >= 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private String nested(int depth) {
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        return open.repeat(depth) + "1" + close.repeat(depth);
    }

    private String wrongTypes() {
        return pick(List.of("{\"name\":1,\"config\":{}}", "{\"name\":\"w\",\"config\":[]}",
                "{\"name\":\"w\",\"config\":{\"connector.class\":{\"a\":1}}}", "{\"name\":[\"w\"],\"config\":\"x\"}",
                "{\"name\":\"w\",\"config\":{},\"initial_state\":7}", "{\"name\":\"w\",\"config\":{},\"initial_state\":\"SIDEWAYS\"}",
                "{\"level\":5}", "{\"level\":{\"x\":1}}", "{\"level\":\"LOUD\"}", "{\"offsets\":\"all\"}",
                "{\"offsets\":[null]}", "{\"offsets\":[{\"partition\":1,\"offset\":[]}]}", "[1,2,3]", "\"string\"", "12",
                "true", "{\"tasks.max\":-1}", "{\"connector.class\":null}", "{\"\":\"\"}"));
    }

    private String json(int depth) {
        return switch (depth <= 0 ? random.nextInt(4) : random.nextInt(6)) {
            case 0 -> String.valueOf(random.nextInt());
            case 1 -> "\"" + pick(List.of("", "x", "connector.class", "FileStreamSource", "\\u0000", "\u00e9")) + "\"";
            case 2 -> pick(List.of("true", "false", "null", "1e999", "-0.0"));
            case 3 -> "\"" + pick(NAMES) + "\"";
            case 4 -> "[" + json(depth - 1) + "," + json(depth - 1) + "]";
            default -> "{\"" + pick(List.of("name", "config", "level", "offsets", "connector.class", "topic", "x"))
                    + "\":" + json(depth - 1) + ",\"" + pick(List.of("config", "partition", "offset", "tasks.max"))
                    + "\":" + json(depth - 1) + "}";
        };
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
