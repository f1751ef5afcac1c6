package io.tributary.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.tributary.testkit.SharedBrokerResource;
import io.tributary.testkit.WorkerTestProfile;
import io.tributary.testkit.plugins.SlowValidateConnector;

/** A herder request that outlives {@code tributary.rest.request-timeout} gets Apache's 500 "Request timed out". */
@QuarkusTest
@TestProfile(RequestTimeoutIT.ShortTimeout.class)
@QuarkusTestResource(SharedBrokerResource.class)
class RequestTimeoutIT {

    /** The worker test settings with a one-second request timeout. */
    public static final class ShortTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(new WorkerTestProfile().getConfigOverrides());
            overrides.put("tributary.rest.request-timeout", "1s");
            return overrides;
        }
    }

    @Test
    void slowValidationTimesOutWithApachesAnswerAndTheHerderStaysResponsive() {
        // given a connector whose validate() hangs for longer than the timeout
        Map<String, String> config = Map.of("connector.class", SlowValidateConnector.class.getName(),
                SlowValidateConnector.BLOCK_MS, "4000");

        // when it is validated, then Apache's 500 answer after the timeout
        given().contentType(ContentType.JSON).body(config)
                .when().put("/connector-plugins/SlowValidateConnector/config/validate")
                .then().statusCode(500).contentType(ContentType.JSON)
                .body("error_code", equalTo(500), "message", equalTo("Request timed out"));

        // and the herder still answers other requests while the validation hangs on
        given().when().get("/connectors").then().statusCode(200);
    }
}
