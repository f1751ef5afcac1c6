package io.tributary.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.tributary.testkit.ConnectClient;
import io.tributary.testkit.SharedBrokerResource;
import io.tributary.testkit.WorkerTestProfile;

/** {@code /connectors}: create, read, update, patch and delete, with Apache's answers to bad requests. */
@QuarkusTest
@TestProfile(WorkerTestProfile.class)
@QuarkusTestResource(SharedBrokerResource.class)
class ConnectorsResourceIT {

    static final String FILE_SOURCE = "io.tributary.plugins.file.FileStreamSourceConnector";

    @TempDir
    Path dir;
    private final String id = UUID.randomUUID().toString().substring(0, 8);
    private final String name = "crud-" + id;

    @AfterEach
    void deleteConnectors() {
        List.of(name, name + " b+c").forEach(ConnectClient::deleteQuietly);
    }

    static Map<String, String> fileSource(Path dir, String topic) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", FILE_SOURCE);
        config.put("file", dir.resolve("in.txt").toString());
        config.put("topic", topic);
        return config;
    }

    @Test
    void eachAnswerIncludesTheWritesAnsweredBeforeIt() {
        for (int i = 0; i < 20; i++) {
            // when a connector is created, then the very next requests see it
            Map<String, String> config = fileSource(dir, "ryw-" + id + "-" + i);
            given().contentType(ContentType.JSON).body(Map.of("name", name, "config", config, "initial_state", "STOPPED"))
                    .when().post("/connectors").then().statusCode(201);
            given().when().get("/connectors/" + name + "/config").then().statusCode(200).body("topic", equalTo(config.get("topic")));
            given().when().get("/connectors/" + name + "/status").then().statusCode(200).body("name", equalTo(name));
            given().when().get("/connectors").then().statusCode(200).body("$", hasItem(name));
            // when it is deleted, then the very next requests no longer see it
            given().when().delete("/connectors/" + name).then().statusCode(204);
            given().when().get("/connectors/" + name).then().statusCode(404);
            given().when().get("/connectors/" + name + "/status").then().statusCode(404);
            given().when().get("/connectors").then().statusCode(200).body("$", not(hasItem(name)));
        }
    }

    @Test
    void createdConnectorIsReadableListedAndDeletable() {
        // when a connector is created
        Map<String, String> config = fileSource(dir, "crud-" + id);
        given().contentType(ContentType.JSON).body(Map.of("name", name, "config", config))
                .when().post("/connectors")
                .then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", endsWith("/connectors/" + name))
                .body("name", equalTo(name), "config.name", equalTo(name), "type", equalTo("source"));

        // then it is readable, listed, and its status carries the plugin version
        given().when().get("/connectors/" + name + "/config").then().statusCode(200).body("file", equalTo(config.get("file")));
        given().when().get("/connectors").then().statusCode(200).body("$", hasItem(name));
        JsonPath status = ConnectClient.awaitState(name, "RUNNING", 1);
        assertThat(status.getString("connector.version")).isNotBlank();
        assertThat(status.getString("connector.worker_id")).isNotBlank();

        // when it is deleted, then it is gone
        given().when().delete("/connectors/" + name).then().statusCode(204);
        given().when().get("/connectors/" + name).then().statusCode(404).body("error_code", equalTo(404));
        given().when().delete("/connectors/" + name).then().statusCode(404);
    }

    @Test
    void expandShowsStatusAndInfoPerConnector() {
        // given a connector
        ConnectClient.create(name, fileSource(dir, "expand-" + id));

        // when the list is expanded, then each connector carries its status and info
        given().when().get("/connectors?expand=status&expand=info")
                .then().statusCode(200)
                .body(name + ".status.name", equalTo(name), name + ".info.type", equalTo("source"));
        // and an unknown expand value shows an empty object, as Apache does
        given().when().get("/connectors?expand=nonsense").then().statusCode(200).body(name + ".size()", equalTo(0));
    }

    @Test
    void duplicateNameIsConflict() {
        // given a connector
        ConnectClient.create(name, fileSource(dir, "dup-" + id));

        // when it is created again, then 409
        given().contentType(ContentType.JSON).body(Map.of("name", name, "config", fileSource(dir, "dup-" + id)))
                .when().post("/connectors")
                .then().statusCode(409).body("error_code", equalTo(409), "message", containsString("already exists"));
    }

    @Test
    void invalidConfigurationsAreBadRequestsAndCreateNothing() {
        // when the required topic is missing, or the class is unknown, or names disagree
        Map<String, String> noTopic = fileSource(dir, "x");
        noTopic.remove("topic");
        Map<String, String> unknownClass = Map.of("connector.class", "NoSuchConnector" + id);
        Map<String, String> otherName = new LinkedHashMap<>(fileSource(dir, "x"));
        otherName.put("name", "other-" + id);
        for (Map<String, String> config : List.of(noTopic, unknownClass, otherName)) {
            // then each is a 400 with Apache's error body
            given().contentType(ContentType.JSON).body(Map.of("name", name, "config", config))
                    .when().post("/connectors")
                    .then().statusCode(400).body("error_code", equalTo(400), "message", not(equalTo("")));
        }
        // and nothing was created
        given().when().get("/connectors/" + name).then().statusCode(404);
    }

    @Test
    void badBodiesAreBadRequestsWithJsonErrors() {
        // when bodies are malformed, empty, of the wrong JSON types, or name no valid initial state
        List<String> bodies = List.of("{\"name\": \"" + name + "\", \"config\": {", "", "[1,2]",
                "{\"name\": 5, \"config\": \"x\"}", "{\"name\": \"" + name + "\", \"config\": {\"a\": {\"b\": 1}}}",
                "{\"name\": \"" + name + "\"}",
                "{\"name\": \"" + name + "\", \"config\": {\"connector.class\": \"" + FILE_SOURCE + "\"}, "
                        + "\"initial_state\": \"BOGUS\"}");
        for (String body : bodies) {
            // then each is a 400 with a JSON error body, never a stack trace
            String message = given().contentType(ContentType.JSON).body(body)
                    .when().post("/connectors")
                    .then().statusCode(400).contentType(ContentType.JSON).body("error_code", equalTo(400))
                    .extract().path("message");
            assertThat(message).as(body).isNotBlank().doesNotContain("\tat ");
        }
        given().when().get("/connectors/" + name).then().statusCode(404);
    }

    @Test
    void putCreatesThenUpdatesAndPatchMergesOrRemovesKeys() {
        // when PUT /config names a new connector, then it is created
        Map<String, String> config = fileSource(dir, "put-" + id);
        given().contentType(ContentType.JSON).body(config).when().put("/connectors/" + name + "/config")
                .then().statusCode(201).body("config.name", equalTo(name));

        // when it is PUT again with a change, then 200 and the change shows
        config.put("batch.size", "5");
        given().contentType(ContentType.JSON).body(config).when().put("/connectors/" + name + "/config")
                .then().statusCode(200).body("config.'batch.size'", equalTo("5"));

        // when patched, a value changes and a null removes its key
        Map<String, String> patch = new LinkedHashMap<>();
        patch.put("batch.size", null);
        patch.put("topic", "patched-" + id);
        given().contentType(ContentType.JSON).body(patch).when().patch("/connectors/" + name + "/config")
                .then().statusCode(200).body("config.topic", equalTo("patched-" + id), "config", not(hasKey("batch.size")));

        // and a patch leaving an invalid config is refused and not applied
        Map<String, String> removeTopic = new LinkedHashMap<>();
        removeTopic.put("topic", null);
        given().contentType(ContentType.JSON).body(removeTopic).when().patch("/connectors/" + name + "/config")
                .then().statusCode(400).body("error_code", equalTo(400));
        given().when().get("/connectors/" + name + "/config").then().body("topic", equalTo("patched-" + id));
        // and an array is no config
        given().contentType(ContentType.JSON).body("[]").when().put("/connectors/" + name + "/config")
                .then().statusCode(400).body("error_code", equalTo(400));
    }

    @Test
    void unknownConnectorIsNotFoundEverywhere() {
        // when any endpoint names a connector that does not exist, then 404 with Apache's body
        String base = "/connectors/missing-" + id;
        for (String path : List.of(base, base + "/config", base + "/status", base + "/tasks", base + "/tasks/0/status",
                base + "/offsets", base + "/topics")) {
            given().when().get(path).then().statusCode(404).body("error_code", equalTo(404));
        }
        given().when().put(base + "/pause").then().statusCode(404);
        given().when().put(base + "/stop").then().statusCode(404);
        given().when().post(base + "/restart").then().statusCode(404);
        given().when().post(base + "/tasks/0/restart").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("a", "b")).when().patch(base + "/config").then().statusCode(404);
    }

    @Test
    void initialStateAndTaskLookups() {
        // when a connector is created STOPPED (KIP-980), then it has no tasks
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "config", fileSource(dir, "init-" + id), "initial_state", "STOPPED"))
                .when().post("/connectors").then().statusCode(201);
        ConnectClient.awaitState(name, "STOPPED", 0);
        given().when().get("/connectors/" + name + "/tasks").then().statusCode(200).body("$", hasSize(0));

        // when resumed, then its task runs and can be looked up; an unknown task is 404
        ConnectClient.put("/connectors/" + name + "/resume", 202);
        ConnectClient.awaitState(name, "RUNNING", 1);
        given().when().get("/connectors/" + name + "/tasks/0/status").then().statusCode(200).body("state", equalTo("RUNNING"));
        given().when().get("/connectors/" + name + "/tasks/7/status").then().statusCode(404).body("error_code", equalTo(404));
    }

    @Test
    void namesWithReservedCharactersAreAddressable() {
        // when a name holds a space and a plus sign
        String special = name + " b+c";
        given().contentType(ContentType.JSON).body(Map.of("name", special, "config", fileSource(dir, "names-" + id)))
                .when().post("/connectors")
                .then().statusCode(201).header("Location", endsWith("/connectors/" + name + "%20b%2Bc"));

        // then it is addressable percent-encoded
        given().urlEncodingEnabled(false).when().get("/connectors/" + name + "%20b%2Bc")
                .then().statusCode(200).body("name", equalTo(special));
    }
}
