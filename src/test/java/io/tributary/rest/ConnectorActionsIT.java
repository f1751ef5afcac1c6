package io.tributary.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import io.tributary.testkit.ConnectClient;
import io.tributary.testkit.SharedBrokerResource;
import io.tributary.testkit.WorkerTestProfile;

/** Restarts (KIP-745), pause/resume/stop, and active topics (KIP-558). */
@QuarkusTest
@TestProfile(WorkerTestProfile.class)
@QuarkusTestResource(SharedBrokerResource.class)
class ConnectorActionsIT {

    @TempDir
    Path dir;
    private final String id = UUID.randomUUID().toString().substring(0, 8);
    private final String name = "actions-" + id;

    @AfterEach
    void deleteConnectors() {
        ConnectClient.deleteQuietly(name);
    }

    @Test
    void restartWithTasksAnswersRestartingStates() {
        // given a running connector
        ConnectClient.create(name, ConnectorsResourceIT.fileSource(dir, "restart-" + id));
        ConnectClient.awaitState(name, "RUNNING", 1);

        // when restarted with its tasks, then 202 shows everything RESTARTING
        given().when().post("/connectors/" + name + "/restart?includeTasks=true")
                .then().statusCode(202).body("connector.state", equalTo("RESTARTING"),
                        "tasks.state", contains("RESTARTING"));
        ConnectClient.awaitState(name, "RUNNING", 1);

        // when only failed instances are asked for and none failed, then nothing restarts
        given().when().post("/connectors/" + name + "/restart?includeTasks=true&onlyFailed=true")
                .then().statusCode(202).body("connector.state", equalTo("RUNNING"), "tasks.state", contains("RUNNING"));
        // and a plain restart is 204, a task restart too; an unknown task is 404
        given().when().post("/connectors/" + name + "/restart").then().statusCode(204);
        given().when().post("/connectors/" + name + "/tasks/0/restart").then().statusCode(204);
        given().when().post("/connectors/" + name + "/tasks/9/restart").then().statusCode(404)
                .body("error_code", equalTo(404));
    }

    @Test
    void onlyFailedTasksRestart() {
        // given a connector whose tasks fail
        ConnectClient.create(name, Map.of("connector.class", "FailingSource", "topic", "failing-" + id,
                "fail.after", "1", "tasks.max", "2"));
        Awaitility.await("tasks FAILED").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> ConnectClient.status(name).jsonPath().getList("tasks.state").equals(List.of("FAILED", "FAILED")));

        // when only failed instances restart, then the running connector stays and the tasks restart
        given().when().post("/connectors/" + name + "/restart?includeTasks=true&onlyFailed=true")
                .then().statusCode(202).body("connector.state", equalTo("RUNNING"),
                        "tasks.state", everyItem(equalTo("RESTARTING")), "tasks", hasSize(2));
    }

    @Test
    void pauseResumeAndStopMoveTheConnector() {
        // given a running connector
        ConnectClient.create(name, ConnectorsResourceIT.fileSource(dir, "pause-" + id));
        ConnectClient.awaitState(name, "RUNNING", 1);

        // when paused and resumed, then it follows (both 202, idempotent)
        ConnectClient.put("/connectors/" + name + "/pause", 202);
        ConnectClient.put("/connectors/" + name + "/pause", 202);
        ConnectClient.awaitState(name, "PAUSED", 1);
        ConnectClient.put("/connectors/" + name + "/resume", 202);
        ConnectClient.awaitState(name, "RUNNING", 1);

        // when stopped, then it has no tasks but keeps its config
        ConnectClient.put("/connectors/" + name + "/stop", 204);
        ConnectClient.awaitState(name, "STOPPED", 0);
        given().when().get("/connectors/" + name).then().statusCode(200).body("tasks", hasSize(0));
        given().when().get("/connectors/" + name + "/config").then().statusCode(200).body("name", equalTo(name));
    }

    @Test
    void activeTopicsAreListedAndReset() throws IOException {
        // given a source that produced to its topic
        String topic = "topics-" + id;
        Files.writeString(dir.resolve("in.txt"), "one\n");
        ConnectClient.create(name, ConnectorsResourceIT.fileSource(dir, topic));
        Awaitility.await("active topic").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().when().get("/connectors/" + name + "/topics").jsonPath()
                        .getList("'" + name + "'.topics").contains(topic));

        // when stopped and reset, then no topic is listed
        ConnectClient.put("/connectors/" + name + "/stop", 204);
        ConnectClient.awaitState(name, "STOPPED", 0);
        given().when().put("/connectors/" + name + "/topics/reset").then().statusCode(202);
        given().when().get("/connectors/" + name + "/topics")
                .then().statusCode(200).body("'" + name + "'.topics", hasSize(0));
    }
}
