package io.tributary.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.tributary.testkit.SharedBrokerResource;
import io.tributary.testkit.WorkerTestProfile;

/** {@code /admin/loggers} (KIP-495, KIP-976). */
@QuarkusTest
@TestProfile(WorkerTestProfile.class)
@QuarkusTestResource(SharedBrokerResource.class)
class LoggersResourceIT {

    private final String base = "io.tributary.test.l" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void rootAndUnknownLoggers() {
        // when the loggers are listed, then root is among them with a level
        given().when().get("/admin/loggers").then().statusCode(200).body("root.level", notNullValue());
        given().when().get("/admin/loggers/root").then().statusCode(200).body("level", notNullValue());
        // and a logger nobody created is 404
        given().when().get("/admin/loggers/" + base + ".nothing").then().statusCode(404).body("error_code", equalTo(404));
    }

    @Test
    void settingANamespaceSetsItsChildren() {
        // given a child logger set to DEBUG
        String child = base + ".child";
        given().contentType(ContentType.JSON).body(Map.of("level", "DEBUG")).when().put("/admin/loggers/" + child)
                .then().statusCode(200).body("$", contains(child));
        given().when().get("/admin/loggers/" + child)
                .then().body("level", equalTo("DEBUG"), "last_modified", greaterThan(0L));

        // when its parent namespace is set to trace (any case), then both loggers are affected
        given().contentType(ContentType.JSON).body(Map.of("level", "trace")).when().put("/admin/loggers/" + base)
                .then().statusCode(200).body("$", contains(base, child));
        given().when().get("/admin/loggers/" + child).then().body("level", equalTo("TRACE"));
        given().when().get("/admin/loggers").then().body("'" + child + "'.level", equalTo("TRACE"));
    }

    @Test
    void clusterScopeAppliesHereAndAnswers204() {
        // when set with scope=cluster, then 204 and the level applies on this (standalone) worker
        given().contentType(ContentType.JSON).body(Map.of("level", "WARN"))
                .when().put("/admin/loggers/" + base + ".cluster?scope=cluster").then().statusCode(204);
        given().when().get("/admin/loggers/" + base + ".cluster").then().body("level", equalTo("WARN"));
    }

    @Test
    void invalidOrMissingLevelsAreBadRequests() {
        // when the level is not a level, or missing, or of the wrong JSON type, then 400 with a JSON body
        for (String body : new String[] {"{\"level\": \"NOT_A_LEVEL\"}", "{}", "{\"level\": [1]}", "[]"}) {
            given().contentType(ContentType.JSON).body(body).when().put("/admin/loggers/" + base)
                    .then().statusCode(400).body("error_code", equalTo(400));
        }
    }
}
