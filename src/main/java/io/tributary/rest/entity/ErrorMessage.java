package io.tributary.rest.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Apache's error body: {@code {"error_code":N,"message":"..."}}. */
@Schema(requiredProperties = {"error_code", "message"})
public record ErrorMessage(@JsonProperty("error_code") int errorCode, String message) {
}
