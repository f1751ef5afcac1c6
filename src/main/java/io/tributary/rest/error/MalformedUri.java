package io.tributary.rest.error;

import java.net.URI;
import java.net.URISyntaxException;

import io.tributary.rest.entity.ErrorMessage;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a request whose target is no URI ({@code /connectors/%zz}, {@code /connectors/a%},
 * {@code /connectors?expand=%zz}) with 400 and Apache's error body, so that clients which read
 * {@code error_code}/{@code message} from every error get one here too.
 *
 * <p>Quarkus makes the same check ({@code new URI(target)}) before any route, answering an empty 400,
 * unless the JVM property {@code vertx.disableURIValidation} is true. The entry point
 * ({@code cli/TributaryMain}) sets it before Quarkus starts, and the build sets it for tests; this class
 * then makes the check instead, as the first route: the same targets are refused, now with a body.
 * Without the property (a JVM started some other way) Quarkus's bodiless 400 still refuses them, so no
 * malformed target ever reaches a resource either way.
 *
 * <p>Apache 4.3.1 (Jetty) answers a malformed path with an HTML 400 page and decodes a malformed query
 * leniently ({@code GET /connectors?expand=%zz} is 200); here both are a JSON 400, the query too because
 * Quarkus always refused it and a lenient decoder of our own would be a new way to misread a request.
 */
@ApplicationScoped
public class MalformedUri {

    void install(@Observes Router router) {
        // First of all routes: Vert.x would otherwise fail decoding the path while routing, with an empty 400.
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String problem = problem(context.request().uri());
        if (problem != null) {
            int status = 400;
            context.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(Json.encode(new ErrorMessage(status, problem)));
            return;
        }
        context.next();
    }

    /**
     * Why the request target is no URI, or null when it is one: the check Quarkus makes. Visible for testing.
     */
    static String problem(String target) {
        if (target == null) {
            return "Missing request URI";
        }
        try {
            new URI(target);
            return null;
        } catch (URISyntaxException e) {
            return "Invalid URI: " + e.getMessage();
        }
    }
}
