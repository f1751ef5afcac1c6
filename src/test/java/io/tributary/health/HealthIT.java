package io.tributary.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tributary.testkit.SharedBroker;
import io.tributary.testkit.SharedBrokerResource;

@QuarkusTest
@QuarkusTestResource(SharedBrokerResource.class)
class HealthIT {

    @BeforeEach
    void workerIsReady() {
        await("worker ready").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().get("/health").statusCode() == 200);
    }

    @Test
    void apacheHealthEndpointSaysHealthy() {
        // when
        JsonPath body = given().get("/health").then().statusCode(200).extract().jsonPath();
        // then: KIP-1017's shape
        assertThat(body.getString("status")).isEqualTo("healthy");
        assertThat(body.getString("message")).isNotBlank();
    }

    @Test
    void readinessIsUpWithTheClusterId() {
        // when
        JsonPath body = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        // then
        assertThat(body.getString("status")).isEqualTo("UP");
        assertThat(body.getString("checks.find { it.name == 'worker' }.status")).isEqualTo("UP");
        assertThat(body.getString("checks.find { it.name == 'worker' }.data.kafka_cluster_id"))
                .isEqualTo(SharedBroker.clusterId());
    }

    @Test
    void livenessIsUp() {
        // when
        JsonPath body = given().get("/q/health/live").then().statusCode(200).extract().jsonPath();
        // then
        assertThat(body.getString("status")).isEqualTo("UP");
    }
}
