package io.tributary.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.tributary.testkit.SharedBrokerResource;
import io.tributary.testkit.WorkerTestProfile;

/** {@code /connector-plugins}: listing, plugin configuration keys, and validation. */
@QuarkusTest
@TestProfile(WorkerTestProfile.class)
@QuarkusTestResource(SharedBrokerResource.class)
class ConnectorPluginsResourceIT {

    @Test
    void connectorsAreListedSinksFirstAndOthersOnlyWhenAsked() {
        // when the connectors are listed
        List<String> types = given().when().get("/connector-plugins").then().statusCode(200)
                .body("class", hasItem("org.apache.kafka.connect.file.FileStreamSourceConnector"))
                .extract().path("type");

        // then they are connectors only, sinks before sources as in Apache
        assertThat(types).containsOnly("sink", "source");
        assertThat(types.lastIndexOf("sink")).isLessThan(types.indexOf("source"));
        // and connectorsOnly=false adds converters and transformations
        given().when().get("/connector-plugins?connectorsOnly=false").then().statusCode(200)
                .body("class", hasItem("org.apache.kafka.connect.json.JsonConverter"), "type", hasItem("transformation"));
    }

    @Test
    void pluginConfigByClassOrAliasAndUnknownIsNotFound() {
        // when a plugin's keys are asked for by class name or alias, then they are listed
        given().when().get("/connector-plugins/" + ConnectorsResourceIT.FILE_SOURCE + "/config")
                .then().statusCode(200).body("name", hasItem("topic"));
        given().when().get("/connector-plugins/FileStreamSource/config").then().statusCode(200);
        // and an unknown plugin is 404
        given().when().get("/connector-plugins/NoSuchPlugin/config").then().statusCode(404).body("error_code", equalTo(404));
    }

    @Test
    void validationReportsErrorsAndRejectsMismatchedClass() {
        // when an incomplete config is validated, then 200 with per-field errors
        given().contentType(ContentType.JSON).body(Map.of("connector.class", ConnectorsResourceIT.FILE_SOURCE))
                .when().put("/connector-plugins/FileStreamSourceConnector/config/validate")
                .then().statusCode(200).body("error_count", greaterThan(0), "groups", hasItem("Common"));
        // when the body names another class than the path, then 400 as in Apache
        given().contentType(ContentType.JSON)
                .body(Map.of("connector.class", "io.tributary.plugins.file.FileStreamSinkConnector", "topics", "t"))
                .when().put("/connector-plugins/FileStreamSourceConnector/config/validate")
                .then().statusCode(400).body("message", containsString("does not match request type"));
        // and a config without a class is 400
        given().contentType(ContentType.JSON).body(Map.of("topic", "t"))
                .when().put("/connector-plugins/FileStreamSourceConnector/config/validate").then().statusCode(400);
    }
}
