package io.tributary.nativeimage;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.tributary.health.HealthResource;
import io.tributary.rest.entity.ErrorMessage;
import io.tributary.rest.entity.ServerInfo;

/**
 * Jackson (quarkus-rest-jackson) serializes these records by reflection. Quarkus registers the
 * return types of resource methods on its own, but these travel inside a {@code Response}, so a
 * native image would answer with an empty or failed body without this list.
 */
@RegisterForReflection(targets = {ServerInfo.class, ErrorMessage.class, HealthResource.WorkerStatus.class})
public final class RestEntitiesReflection {

    private RestEntitiesReflection() {
    }
}
