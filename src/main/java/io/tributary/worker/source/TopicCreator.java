package io.tributary.worker.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Creates the topics a source connector writes to, before the first record goes there, with the
 * settings of the first matching {@code topic.creation.GROUP.*} group or the
 * {@code topic.creation.default.*} ones (KIP-158). Inactive unless the connector sets
 * {@code topic.creation.default.replication.factor} and {@code .partitions}. {@link OutgoingTopics}
 * asks it once per topic, on the task thread.
 */
public final class TopicCreator {

    private static final String PREFIX = "topic.creation.";

    /** One group's rules: which topics it covers and how they are created. */
    private record Group(String name, List<Pattern> include, List<Pattern> exclude, int partitions, short replication,
                         Map<String, String> topicConfigs) {
        boolean matches(String topic) {
            return include.stream().anyMatch(p -> p.matcher(topic).matches())
                    && exclude.stream().noneMatch(p -> p.matcher(topic).matches());
        }
    }

    private final List<Group> groups;

    private TopicCreator(List<Group> groups) {
        this.groups = groups;
    }

    /** A creator for the connector, or empty when topic creation is not configured. */
    public static Optional<TopicCreator> of(Map<String, String> connectorProps, boolean workerAllows) {
        if (!workerAllows || !connectorProps.containsKey(PREFIX + "default.replication.factor")
                || !connectorProps.containsKey(PREFIX + "default.partitions")) {
            return Optional.empty();
        }
        List<Group> groups = new ArrayList<>();
        String names = connectorProps.getOrDefault(PREFIX + "groups", "");
        for (String name : names.split("\\s*,\\s*")) {
            if (!name.isBlank() && !name.equals("default")) {
                groups.add(group(name, connectorProps, List.of()));
            }
        }
        groups.add(group("default", connectorProps, List.of(Pattern.compile(".*"))));
        return Optional.of(new TopicCreator(groups));
    }

    private static Group group(String name, Map<String, String> props, List<Pattern> defaultInclude) {
        String prefix = PREFIX + name + ".";
        Map<String, String> topicConfigs = new HashMap<>();
        props.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                String setting = key.substring(prefix.length());
                if (!Set.of("include", "exclude", "partitions", "replication.factor").contains(setting)) {
                    topicConfigs.put(setting, value);
                }
            }
        });
        List<Pattern> include = patterns(props.get(prefix + "include"));
        return new Group(name, include.isEmpty() ? defaultInclude : include, patterns(props.get(prefix + "exclude")),
                Integer.parseInt(props.getOrDefault(prefix + "partitions",
                        props.getOrDefault(PREFIX + "default.partitions", "-1")).trim()),
                Short.parseShort(props.getOrDefault(prefix + "replication.factor",
                        props.getOrDefault(PREFIX + "default.replication.factor", "-1")).trim()),
                topicConfigs);
    }

    private static List<Pattern> patterns(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return List.of(list.trim().split("\\s*,\\s*")).stream().map(Pattern::compile).toList();
    }

    /** Creates {@code topic} with its group's settings, unless it exists already. */
    void create(Admin admin, String topic) {
        Group group = groups.stream().filter(g -> g.matches(topic)).findFirst().orElse(groups.get(groups.size() - 1));
        NewTopic newTopic = new NewTopic(topic, group.partitions() < 0 ? Optional.empty() : Optional.of(group.partitions()),
                group.replication() < 0 ? Optional.empty() : Optional.of(group.replication()))
                .configs(group.topicConfigs());
        try {
            admin.createTopics(List.of(newTopic)).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new ConnectException("Failed to create topic " + topic + ": " + e.getCause().getMessage(),
                        e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while creating topic " + topic, e);
        }
    }
}
