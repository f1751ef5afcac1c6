package io.tributary.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.tributary.health.HealthResource;
import io.tributary.testkit.ConnectClient;
import io.tributary.testkit.OpenApiDocument;
import io.tributary.testkit.SharedBrokerResource;
import io.tributary.testkit.WorkerTestProfile;
import jakarta.ws.rs.HttpMethod;

/**
 * The OpenAPI document at {@code /q/openapi} documents every endpoint the worker serves, and real
 * answers (success and error) conform to the schemas it declares for their status.
 */
@QuarkusTest
@TestProfile(WorkerTestProfile.class)
@QuarkusTestResource(SharedBrokerResource.class)
class OpenApiIT {

    private static final List<Class<?>> RESOURCES = List.of(RootResource.class, HealthResource.class,
            ConnectorsResource.class, ConnectorPluginsResource.class, LoggersResource.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private final String name = "openapi-" + UUID.randomUUID().toString().substring(0, 8);
    private OpenApiDocument document;

    @BeforeEach
    void fetchDocument() throws Exception {
        String body = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        document = new OpenApiDocument(JSON.readTree(body));
    }

    @AfterEach
    void deleteConnector() {
        ConnectClient.deleteQuietly(name);
    }

    @Test
    void everyServedEndpointIsDocumented() {
        // given every verb and path the JAX-RS resources serve
        List<String> served = new ArrayList<>();
        for (Class<?> resource : RESOURCES) {
            String base = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                httpMethod(method).ifPresent(verb -> served.add(verb + " " + join(base, method)));
            }
        }

        // then the document has an operation for each
        assertThat(served).hasSizeGreaterThanOrEqualTo(28);
        assertThat(served).allSatisfy(endpoint -> {
            String[] parts = endpoint.split(" ", 2);
            assertThat(document.paths().path(parts[1]).has(parts[0].toLowerCase())).as(endpoint).isTrue();
        });
    }

    @Test
    void connectorAnswersConformToTheDocument() {
        // when a connector is created and inspected, each answer conforms to its documented schema
        Map<String, String> config = ConnectorsResourceIT.fileSource(dir, name);
        String one = "/connectors/" + name;
        conforms("POST", "/connectors", json().body(Map.of("name", name, "config", config)).post("/connectors"), 201);
        ConnectClient.awaitState(name, "RUNNING", 1);
        conforms("GET", "/connectors", given().get("/connectors"), 200);
        conforms("GET", "/connectors", given().get("/connectors?expand=status"), 200);
        conforms("GET", "/connectors", given().get("/connectors?expand=info&expand=status"), 200);
        conforms("GET", "/connectors/{connector}", given().get(one), 200);
        conforms("GET", "/connectors/{connector}/config", given().get(one + "/config"), 200);
        conforms("PUT", "/connectors/{connector}/config", json().body(config).put(one + "/config"), 200);
        conforms("PATCH", "/connectors/{connector}/config", json().body(Map.of("tasks.max", "1"))
                .patch(one + "/config"), 200);
        conforms("GET", "/connectors/{connector}/status", given().get(one + "/status"), 200);
        conforms("GET", "/connectors/{connector}/tasks", given().get(one + "/tasks"), 200);
        conforms("GET", "/connectors/{connector}/tasks/{task}/status", given().get(one + "/tasks/0/status"), 200);
        conforms("GET", "/connectors/{connector}/topics", given().get(one + "/topics"), 200);
        conforms("PUT", "/connectors/{connector}/topics/reset", given().put(one + "/topics/reset"), 202);
        conforms("POST", "/connectors/{connector}/restart", given().post(one + "/restart?includeTasks=true"), 202);
        conforms("POST", "/connectors/{connector}/tasks/{task}/restart", given().post(one + "/tasks/0/restart"), 204);
        conforms("PUT", "/connectors/{connector}/pause", given().put(one + "/pause"), 202);
        conforms("PUT", "/connectors/{connector}/resume", given().put(one + "/resume"), 202);
        conforms("PUT", "/connectors/{connector}/stop", given().put(one + "/stop"), 204);
        conforms("GET", "/connectors/{connector}/offsets", given().get(one + "/offsets"), 200);
        conforms("DELETE", "/connectors/{connector}/offsets", given().delete(one + "/offsets"), 200);
        conforms("DELETE", "/connectors/{connector}", given().delete(one), 204);
    }

    @Test
    void pluginLoggerAndServerAnswersConformToTheDocument() {
        // when plugins, loggers and the server are asked, each answer conforms to its documented schema
        String plugin = "/connector-plugins/FileStreamSourceConnector";
        conforms("GET", "/connector-plugins", given().get("/connector-plugins"), 200);
        conforms("GET", "/connector-plugins", given().get("/connector-plugins?connectorsOnly=false"), 200);
        conforms("GET", "/connector-plugins/{plugin}/config", given().get(plugin + "/config"), 200);
        conforms("PUT", "/connector-plugins/{plugin}/config/validate", json()
                .body(Map.of("connector.class", ConnectorsResourceIT.FILE_SOURCE)).put(plugin + "/config/validate"), 200);
        conforms("GET", "/admin/loggers", given().get("/admin/loggers"), 200);
        conforms("PUT", "/admin/loggers/{logger}", json().body(Map.of("level", "INFO")).put("/admin/loggers/io.openapi"), 200);
        conforms("PUT", "/admin/loggers/{logger}", json().body(Map.of("level", "INFO"))
                .put("/admin/loggers/io.openapi?scope=cluster"), 204);
        conforms("GET", "/admin/loggers/{logger}", given().get("/admin/loggers/io.openapi"), 200);
        conforms("GET", "/", given().get("/"), 200);
        conforms("GET", "/health", given().get("/health"), 200);
    }

    @Test
    void errorAnswersConformToTheDocument() {
        // when requests fail, the error bodies conform to the documented error schema
        String missing = "/connectors/no-such-" + name;
        conforms("GET", "/connectors/{connector}", given().get(missing), 404);
        conforms("GET", "/connectors/{connector}/status", given().get(missing + "/status"), 404);
        conforms("POST", "/connectors", json().body("{\"name\":").post("/connectors"), 400);
        conforms("POST", "/connectors", json().body(Map.of("name", name, "config", Map.of())).post("/connectors"), 400);
        conforms("GET", "/connector-plugins/{plugin}/config", given().get("/connector-plugins/NoSuch/config"), 404);
        conforms("PUT", "/admin/loggers/{logger}", json().body(Map.of("level", "LOUD")).put("/admin/loggers/x"), 400);

        // and a duplicate create is 409
        ConnectClient.create(name, ConnectorsResourceIT.fileSource(dir, name));
        conforms("POST", "/connectors", json().body(Map.of("name", name, "config", ConnectorsResourceIT
                .fileSource(dir, name))).post("/connectors"), 409);
        conforms("GET", "/connectors/{connector}/tasks/{task}/status", given().get("/connectors/" + name
                + "/tasks/99/status"), 404);
    }

    @Test
    void aDriftedAnswerFailsTheCheck() throws Exception {
        // given the documented schema of a connector's status
        JsonNode schema = document.responseSchema("GET", "/connectors/{connector}/status", 200).orElseThrow();

        // when an answer lost a documented field, gained an undocumented one, or changed a type
        JsonNode missing = JSON.readTree("{\"name\":\"a\",\"connector\":{\"state\":\"RUNNING\",\"worker_id\":\"w\"},"
                + "\"tasks\":[]}");
        JsonNode extra = JSON.readTree("{\"name\":\"a\",\"connector\":{\"state\":\"RUNNING\",\"worker_id\":\"w\"},"
                + "\"tasks\":[],\"type\":\"source\",\"extra\":1}");
        JsonNode retyped = JSON.readTree("{\"name\":\"a\",\"connector\":{\"state\":\"RUNNING\",\"worker_id\":\"w\"},"
                + "\"tasks\":[{\"id\":\"0\",\"state\":\"RUNNING\",\"worker_id\":\"w\"}],\"type\":\"source\"}");

        // then each is a violation
        assertThat(document.violations(schema, missing)).singleElement().asString().contains("'type'");
        assertThat(document.violations(schema, extra)).singleElement().asString().contains("$.extra");
        assertThat(document.violations(schema, retyped)).singleElement().asString().contains("$.tasks[0].id");
    }

    private static io.restassured.specification.RequestSpecification json() {
        return given().contentType(ContentType.JSON);
    }

    /** Asserts the status, then that the body (or its absence) is what the document declares for it. */
    private void conforms(String verb, String path, Response response, int status) {
        String body = response.asString();
        assertThat(response.statusCode()).as(verb + " " + path + ": " + body).isEqualTo(status);
        Optional<JsonNode> schema = document.responseSchema(verb, path, status);
        if (schema.isEmpty()) {
            assertThat(body).as(verb + " " + path + " " + status + " documents no body").isEmpty();
            return;
        }
        assertThat(response.contentType()).as(verb + " " + path).startsWith("application/json");
        try {
            JsonNode value = JSON.readTree(body);
            assertThat(document.violations(schema.get(), value)).as(verb + " " + path + " " + status + ": " + body)
                    .isEmpty();
        } catch (java.io.IOException e) {
            throw new AssertionError(verb + " " + path + " answered no JSON: " + body, e);
        }
    }

    private static Optional<String> httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return Optional.of(verb.value());
            }
        }
        return Optional.empty();
    }

    private static String join(String base, Method method) {
        jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
        String path = (base + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
