package io.tributary.rest;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

import io.tributary.rest.error.ErrorResponseFilter;

/**
 * The filter that the OpenAPI Maven plugin (pom.xml) runs on the document while the project is
 * built; it takes one filter class, so this one applies, per operation:
 * <ol>
 *   <li>a summary named after the Java method ({@code serverInfo} becomes "Server Info"), which
 *       Quarkus's extension used to add and clients of the document already see;</li>
 *   <li>{@link ErrorResponseFilter}'s {@code default} error response.</li>
 * </ol>
 * The plugin tells a filter nothing about the Java method behind an operation, so pom.xml has it
 * write operation ids as {@code ClassName_method} and this filter reads the method name from there,
 * then drops the id: the document never had operation ids, and adding them now would change what
 * generated clients call their methods. Nothing loads this class while the worker runs.
 */
public final class OpenApiDocumentFilter implements OASFilter {

    private final OASFilter errors = new ErrorResponseFilter();

    @Override
    public Operation filterOperation(Operation operation) {
        String id = operation.getOperationId();
        if (id != null) {
            if (operation.getSummary() == null) {
                operation.setSummary(summary(id.substring(id.indexOf('_') + 1)));
            }
            operation.setOperationId(null);
        }
        return errors.filterOperation(operation);
    }

    /** {@code resetOffsets} → "Reset Offsets": a word starts at each capital after a lower-case letter or digit. */
    static String summary(String methodName) { // visible for testing
        StringBuilder words = new StringBuilder(methodName.length() + 4);
        for (int i = 0; i < methodName.length(); i++) {
            char c = methodName.charAt(i);
            if (i == 0) {
                words.append(Character.toUpperCase(c));
                continue;
            }
            char previous = methodName.charAt(i - 1);
            if (Character.isUpperCase(c) && (Character.isLowerCase(previous) || Character.isDigit(previous))) {
                words.append(' ');
            }
            words.append(c);
        }
        return words.toString();
    }
}
