package io.tributary.worker.errors;

/** Where in a record's journey an error happened, as Apache names the stages in error reports. */
public enum ProcessingStage {
    TASK_POLL, KEY_CONVERTER, VALUE_CONVERTER, HEADER_CONVERTER, TRANSFORMATION, KAFKA_PRODUCE, KAFKA_CONSUME, TASK_PUT
}
