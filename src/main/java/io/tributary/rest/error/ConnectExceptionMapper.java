package io.tributary.rest.error;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.tributary.herder.HerderException;
import io.tributary.logging.TributaryLog;
import io.tributary.rest.entity.ErrorMessage;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The one place where failures become HTTP answers, always Apache's
 * {@code {"error_code":N,"message":"..."}} body and never a stack trace: herder refusals with their
 * status, malformed or mistyped JSON as 400 (Apache answers 500 there), JAX-RS errors (404, 405,
 * 415) with their own status, anything else as 500 with its message.
 */
public final class ConnectExceptionMapper {

    @ServerExceptionMapper
    public Response herder(HerderException e) {
        return error(e.status(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e) {
        return error(400, "Invalid JSON in request body: " + e.getOriginalMessage());
    }

    // Quarkus registers its own mapper for this subclass, answering 400 without a body; ours wins here.
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return badJson(e);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return badJson(json);
        }
        // Apache (Jersey) words routing errors as "HTTP 404 Not Found", "HTTP 405 Method Not Allowed", ...
        Response.StatusType type = e.getResponse().getStatusInfo();
        return error(status, "HTTP " + status + " " + type.getReasonPhrase());
    }

    @ServerExceptionMapper
    public Response illegalArgument(IllegalArgumentException e) {
        return error(400, e.getMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        TributaryLog.LOG.restRequestFailed(String.valueOf(e), e);
        return error(500, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    public static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorMessage(status, message))
                .build();
    }
}
