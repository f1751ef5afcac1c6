package io.tributary.storage.codec;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small builders for codec tests. */
final class CodecTestData {

    private CodecTestData() {
    }

    /** A map that iterates in the given order, as a connector's own maps may. */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
