package io.tributary.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.tributary.testkit.SharedBroker;
import io.tributary.testkit.SharedBrokerResource;

@QuarkusTest
@QuarkusTestResource(SharedBrokerResource.class)
class RootResourceIT {

    @BeforeEach
    void workerIsReady() {
        await("worker ready").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().get("/health").statusCode() == 200);
    }

    @Test
    void rootAnswersApacheServerInfoWithTheRealClusterId() {
        // when
        Map<String, Object> body = given().accept(ContentType.JSON).get("/")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath().getMap("");
        // then: Apache's three fields, the Kafka client version and the broker's own cluster id
        assertThat(body).containsOnlyKeys("version", "commit", "kafka_cluster_id");
        assertThat(body.get("version")).isEqualTo("4.3.1");
        assertThat((String) body.get("commit")).isNotBlank().isNotEqualTo("unknown");
        assertThat(body.get("kafka_cluster_id")).isEqualTo(SharedBroker.clusterId());
    }
}
