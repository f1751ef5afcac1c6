package io.tributary.rest.error;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import jakarta.ws.rs.core.MediaType;

/**
 * Documents, on every operation of the OpenAPI document, the error answer that
 * {@link ConnectExceptionMapper} gives to any failure: Apache's {@code {"error_code","message"}}
 * body as the {@code default} response. A filter says it once; annotating each resource would
 * replace the responses derived from the return types.
 *
 * <p>It runs only when the project is built, through {@link io.tributary.rest.OpenApiDocumentFilter},
 * on the document that {@link io.tributary.rest.OpenApiResource} then serves as it is. Nothing
 * loads this class while the worker runs.
 */
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
