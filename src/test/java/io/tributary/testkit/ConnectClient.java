package io.tributary.testkit;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Drives a worker through its REST API the way users do, for integration tests: create, inspect,
 * change and delete connectors, and wait for states.
 */
public final class ConnectClient {

    private ConnectClient() {
    }

    /** Creates a connector and checks the 201. */
    public static void create(String name, Map<String, String> config) {
        given().contentType(ContentType.JSON).body(Map.of("name", name, "config", config))
                .when().post("/connectors")
                .then().statusCode(201);
    }

    public static Response status(String name) {
        return given().when().get("/connectors/" + name + "/status");
    }

    /** Waits until the connector and {@code tasks} tasks all report {@code state}. */
    public static JsonPath awaitState(String name, String state, int tasks) {
        JsonPath[] last = new JsonPath[1];
        Awaitility.await("connector " + name + " and " + tasks + " task(s) " + state)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    Response response = status(name);
                    if (response.statusCode() != 200) {
                        return false;
                    }
                    last[0] = response.jsonPath();
                    return state.equals(last[0].getString("connector.state"))
                            && last[0].getList("tasks").size() == tasks
                            && last[0].getList("tasks.state").stream().allMatch(state::equals);
                });
        return last[0];
    }

    public static void put(String path, int expectedStatus) {
        given().when().put(path).then().statusCode(expectedStatus);
    }

    /** Deletes the connector if it exists; used in clean-up. */
    public static void deleteQuietly(String name) {
        given().when().delete("/connectors/" + name);
    }
}
