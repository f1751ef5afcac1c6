package io.tributary.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
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

/**
 * The {@code GET /connectors} listings are served from stored bytes while nothing changes
 * ({@link ConnectorListings}); these checks fail if a stored listing outlives a change: each write shows
 * in the next listing, and so does a status that a task reports on its own.
 */
@QuarkusTest
@TestProfile(WorkerTestProfile.class)
@QuarkusTestResource(SharedBrokerResource.class)
class ConnectorListingsIT {

    @TempDir
    Path dir;
    private final String name = "listing-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void deleteConnector() {
        ConnectClient.deleteQuietly(name);
    }

    @Test
    void everyWriteShowsInTheNextListing() {
        // given listings that were served (and stored) before the connector exists
        assertThat(names()).doesNotContain(name);
        assertThat(listing("status").getMap("")).doesNotContainKey(name);
        assertThat(listing("info").getMap("")).doesNotContainKey(name);

        // when it is created STOPPED, then the very next listings show it
        given().contentType(ContentType.JSON).body(Map.of("name", name, "initial_state", "STOPPED",
                "config", failingSource("first", 1000))).when().post("/connectors").then().statusCode(201);
        assertThat(names()).contains(name);
        assertThat(listing("status").getString(path("status.connector.state"))).isEqualTo("STOPPED");
        assertThat(listing("info").getString(path("info.config.topic"))).isEqualTo("first");

        // when its configuration changes, then the next listing shows the new one, with both views in order
        given().contentType(ContentType.JSON).body(failingSource("second", 1000))
                .when().put("/connectors/" + name + "/config").then().statusCode(200);
        JsonPath both = given().when().get("/connectors?expand=status&expand=info").then().statusCode(200)
                .extract().jsonPath();
        assertThat(both.getString(path("info.config.topic"))).isEqualTo("second");
        assertThat(both.getMap("'" + name + "'").keySet()).containsExactly("status", "info");

        // when paused, then the listing shows PAUSED as soon as the connector's own status does
        ConnectClient.put("/connectors/" + name + "/pause", 202);
        awaitStatusWhileListing("connector.state", "PAUSED");
        assertThat(listing("status").getString(path("status.connector.state"))).isEqualTo("PAUSED");

        // when deleted, then the next listings no longer show it
        given().when().delete("/connectors/" + name).then().statusCode(204);
        assertThat(names()).doesNotContain(name);
        assertThat(listing("status").getMap("")).doesNotContainKey(name);
        assertThat(listing("info").getMap("")).doesNotContainKey(name);
    }

    @Test
    void aTaskThatFailsShowsFailedInTheListing() throws IOException {
        // given a connector whose task runs until a file appears, shown RUNNING by the listing
        Path trigger = dir.resolve("fail-now");
        Map<String, String> config = failingSource("failing-" + name, 3);
        config.put("fail.when.file", trigger.toString());
        ConnectClient.create(name, config);
        awaitStatusWhileListing("tasks[0].state", "RUNNING");
        assertThat(listing("status").getList(path("status.tasks.state"))).containsExactly("RUNNING");

        // when its task fails on its own, then the listing shows FAILED as soon as /status does
        Files.createFile(trigger);
        awaitStatusWhileListing("tasks[0].state", "FAILED");
        JsonPath listed = listing("status");
        assertThat(listed.getList(path("status.tasks.state"))).containsExactly("FAILED");
        assertThat(listed.getString(path("status.tasks[0].trace"))).contains("Failing on purpose");
    }

    /**
     * Waits until the connector's own {@code /status} shows {@code expected} at {@code field}, asking for
     * the listing before each look so that a listing from before the change is stored when it comes.
     */
    private void awaitStatusWhileListing(String field, String expected) {
        Awaitility.await(name + " " + field + " " + expected).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    listing("status");
                    return expected.equals(ConnectClient.status(name).jsonPath().getString(field));
                });
    }

    private static List<String> names() {
        return given().when().get("/connectors").then().statusCode(200).extract().jsonPath().getList("");
    }

    private static JsonPath listing(String expand) {
        return given().when().get("/connectors?expand=" + expand).then().statusCode(200).extract().jsonPath();
    }

    private String path(String within) {
        return "'" + name + "'." + within;
    }

    private static Map<String, String> failingSource(String topic, int failAfter) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", "FailingSource");
        config.put("topic", topic);
        config.put("fail.after", String.valueOf(failAfter));
        return config;
    }
}
