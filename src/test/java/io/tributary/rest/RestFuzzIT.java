package io.tributary.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.tributary.testkit.ConnectClient;
import io.tributary.testkit.FuzzRequests;
import io.tributary.testkit.RawHttp;
import io.tributary.testkit.SharedBrokerResource;
import io.tributary.testkit.WorkerTestProfile;

/**
 * Sends thousands of random and malformed requests (seeded, so a failure replays) and expects no
 * 5xx, Apache's JSON error body on every error, and a worker that still works afterwards.
 */
@QuarkusTest
@TestProfile(WorkerTestProfile.class)
@QuarkusTestResource(SharedBrokerResource.class)
class RestFuzzIT {

    private static final long SEED = 0x7B1B_0005L;
    private static final int REQUESTS = 2_500;
    private static final long BUDGET_MILLIS = 180_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL root;
    @TempDir
    Path dir;

    @Test
    void randomRequestsNeverFailTheServerAndAlwaysAnswerApachesErrorBody() throws Exception {
        // given a started worker and a seeded stream of malformed requests
        Awaitility.await("worker healthy").atMost(Duration.ofSeconds(60))
                .until(() -> given().get("/health").statusCode() == 200);
        FuzzRequests requests = new FuzzRequests(SEED);
        RawHttp http = new RawHttp(root.getHost(), root.getPort(), 30_000);
        List<String> problems = new ArrayList<>();
        long deadline = System.currentTimeMillis() + BUDGET_MILLIS;
        int sent = 0;

        // when they are sent one after the other, within the time budget
        for (; sent < REQUESTS && System.currentTimeMillis() < deadline; sent++) {
            FuzzRequests.Request request = requests.next();
            RawHttp.Answer answer = http.send(request.method(), request.target(), request.contentType(), request.body());
            problem(request, answer).ifPresent(problems::add);
        }

        // then none failed the server, every error spoke Apache's body, and all were sent in time
        assertThat(problems).as("requests answered wrongly").isEmpty();
        assertThat(sent).isEqualTo(REQUESTS);

        // and the worker is healthy and still creates and deletes connectors
        given().when().get("/health").then().statusCode(200);
        String name = "after-fuzz";
        ConnectClient.create(name, ConnectorsResourceIT.fileSource(dir, name));
        given().when().delete("/connectors/" + name).then().statusCode(204);
        given().when().get("/connectors/" + name).then().statusCode(404);
    }

    private static Optional<String> problem(FuzzRequests.Request request, RawHttp.Answer answer) {
        if (answer.status() >= 500) {
            return Optional.of(answer.status() + " for " + request + ": " + answer.body());
        }
        if (answer.status() < 400 || request.method().equals("HEAD")) {
            return Optional.empty();
        }
        try {
            JsonNode body = JSON.readTree(answer.body());
            if (body != null && body.path("error_code").asInt() == answer.status() && body.path("message").isTextual()
                    && body.size() == 2) {
                return Optional.empty();
            }
        } catch (IOException e) {
            // not JSON: reported below
        }
        return Optional.of(answer.status() + " without Apache's body for " + request + ": "
                + answer.headers().get("content-type") + " " + answer.body());
    }
}
