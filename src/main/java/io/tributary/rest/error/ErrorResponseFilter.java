package io.tributary.rest.error;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.core.MediaType;

/**
 * Documents, on every operation of the OpenAPI document, the error answer that
 * {@link ConnectExceptionMapper} gives to any failure: Apache's {@code {"error_code","message"}}
 * body as the {@code default} response. A filter says it once; annotating each resource would
 * replace the responses Quarkus derives from the return types. It runs when the application is built,
 * so the served document is complete at start and nothing is filtered while the worker boots.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public final class ErrorResponseFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse("default")) {
            operation.getResponses().addAPIResponse("default", errorResponse());
        }
        return operation;
    }

    private static APIResponse errorResponse() {
        return OASFactory.createAPIResponse()
                .description("Apache's error body, with error_code equal to the HTTP status")
                .content(OASFactory.createContent().addMediaType(MediaType.APPLICATION_JSON,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("ErrorMessage"))));
    }
}
