package io.tributary;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigException;

/**
 * Asks the Kafka cluster for its id, which proves it is reachable and is what {@code GET /}
 * reports. When the command line already names the cluster, {@link EarlyStart} asks it while
 * Quarkus is still booting.
 */
public final class ClusterIdLookup {

    private static final long TIMEOUT_MS = 30_000;

    private ClusterIdLookup() {
    }

    /**
     * The cluster id of {@code bootstrap}.
     *
     * @throws ConfigException with a one-line reason when the cluster does not answer
     */
    static String clusterId(String bootstrap, Map<String, Object> sharedClientProps) {
        return lookUp(clientProps(bootstrap, sharedClientProps));
    }

    private static Map<String, Object> clientProps(String bootstrap, Map<String, Object> sharedClientProps) {
        Map<String, Object> props = new java.util.TreeMap<>(sharedClientProps);
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return props;
    }

    private static String lookUp(Map<String, Object> clientProps) {
        String bootstrap = String.valueOf(clientProps.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
        try (Admin admin = Admin.create(clientProps)) {
            return admin.describeCluster().clusterId().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw timedOut(bootstrap);
        } catch (ExecutionException e) {
            throw new ConfigException("cannot reach Kafka at " + bootstrap + ": " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigException("interrupted while reaching Kafka at " + bootstrap);
        }
    }

    private static ConfigException timedOut(String bootstrap) {
        return new ConfigException("Kafka at " + bootstrap + " did not answer within " + TIMEOUT_MS / 1000
                + " s; check bootstrap.servers");
    }
}
