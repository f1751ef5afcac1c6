package io.tributary.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.net.URL;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.tributary.testkit.RawHttp;
import io.tributary.testkit.SharedBrokerResource;
import io.tributary.testkit.WorkerTestProfile;

/** Errors outside the resources: request targets, routing, media types and body size, all with Apache's JSON body. */
@QuarkusTest
@TestProfile(WorkerTestProfile.class)
@QuarkusTestResource(SharedBrokerResource.class)
class RestErrorsIT {

    @TestHTTPResource("/")
    URL root;

    @Test
    void unknownPathsAndMethodsAnswerJson() {
        // when a path does not exist, then 404 with Apache's body
        given().when().get("/no-such-endpoint").then().statusCode(404).contentType(ContentType.JSON)
                .body("error_code", equalTo(404), "message", equalTo("HTTP 404 Not Found"));
        // when a method is not allowed, then 405
        given().when().delete("/connectors").then().statusCode(405).body("error_code", equalTo(405));
    }

    @Test
    void malformedPercentEncodingIs400WithJsonBody() throws IOException {
        // given a client that sends request targets as they are, without encoding them again
        RawHttp http = new RawHttp(root.getHost(), root.getPort(), 30_000);
        for (String target : List.of("/connectors/%zz", "/connectors/a%", "/connectors?expand=%zz")) {
            // when the target has a malformed escape
            RawHttp.Answer answer = http.send("GET", target, null, null);

            // then 400 with Apache's error body naming the problem
            assertThat(answer.status()).as(target).isEqualTo(400);
            assertThat(answer.headers().get("content-type")).as(target).startsWith("application/json");
            assertThat(JsonPath.from(answer.body()).getInt("error_code")).as(target).isEqualTo(400);
            assertThat(JsonPath.from(answer.body()).getString("message")).as(target)
                    .startsWith("Invalid URI: Malformed escape pair");
        }
        // and a well-formed escape still reaches the resource
        assertThat(http.send("GET", "/connectors/no%20such", null, null).status()).isEqualTo(404);
    }

    @Test
    void unsupportedMediaTypeIs415() {
        // when a create is sent as text, then 415 with a JSON body
        given().contentType(ContentType.TEXT).body("{}").when().post("/connectors")
                .then().statusCode(415).body("error_code", equalTo(415));
    }

    @Test
    void oversizedBodyIs413WithJsonBody() {
        // when the body is over the 10M limit
        byte[] body = new byte[11 * 1024 * 1024];
        Arrays.fill(body, (byte) 'a');

        // then 413 with Apache's error body, before the body is read
        given().contentType(ContentType.JSON).body(body).when().post("/connectors")
                .then().statusCode(413).contentType(startsWith("application/json")).body("error_code", equalTo(413));
    }
}
