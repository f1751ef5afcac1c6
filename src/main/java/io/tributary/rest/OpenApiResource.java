package io.tributary.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /q/openapi}: the OpenAPI document of this REST API, written when the project is built
 * (the OpenAPI Maven plugin in pom.xml, with {@link OpenApiDocumentFilter}) and served as it is.
 * Quarkus's OpenAPI extension re-read and re-rendered the document on the main thread at every
 * start; here nothing is read until the first request asks for it.
 *
 * <p>The formats are chosen as that extension chose them, so clients see no change: YAML unless the
 * path ends in {@code .json}, the {@code format} query parameter says {@code json}, or the
 * {@code Accept} header names {@code application/json}; {@code .yaml} and {@code .yml} force YAML.
 */
@Path("/q")
public class OpenApiResource {

    /** Where pom.xml has the plugin write the document, as {@code tributary.yaml} and {@code tributary.json}. */
    static final String DOCUMENT = "META-INF/openapi/tributary";

    @GET
    @Path("/openapi")
    @Operation(hidden = true) // the document does not describe itself, as before
    @NonBlocking // bytes held in memory after the first request
    public Response document(@QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean json = "json".equalsIgnoreCase(format) || accept != null && accept.contains(MediaType.APPLICATION_JSON);
        return json ? Json.ANSWER.build() : Yaml.ANSWER.build();
    }

    @GET
    @Path("/openapi.{extension: json|yaml|yml}")
    @Operation(hidden = true)
    @NonBlocking
    public Response document(@PathParam("extension") String extension) {
        return extension.equals("json") ? Json.ANSWER.build() : Yaml.ANSWER.build();
    }

    // Holder classes: each format's bytes are read when its first request loads the class, once,
    // without locking on later requests. A native build may initialise them while it builds the
    // image; that only moves the same read of the same build output earlier.
    private static final class Yaml {
        static final Answer ANSWER = new Answer(read(DOCUMENT + ".yaml"), "application/yaml;charset=UTF-8");
    }

    private static final class Json {
        static final Answer ANSWER = new Answer(read(DOCUMENT + ".json"), "application/json;charset=UTF-8");
    }

    private record Answer(byte[] body, String contentType) {
        Response build() {
            return Response.ok(body).header(HttpHeaders.CONTENT_TYPE, contentType).build();
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = OpenApiResource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path: the Maven build writes it"
                        + " (smallrye-open-api-maven-plugin, phase process-classes)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
