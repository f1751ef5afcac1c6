package io.tributary.rest.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Apache's error body: {@code {"error_code":N,"message":"..."}}. */
public record ErrorMessage(@JsonProperty("error_code") int errorCode, String message) {
}
