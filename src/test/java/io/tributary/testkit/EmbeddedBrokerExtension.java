package io.tributary.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a plain JUnit test the JVM's shared broker: a {@code String bootstrapServers} parameter of
 * a test, constructor or lifecycle method annotated {@link Bootstrap} receives its address.
 */
public final class EmbeddedBrokerExtension implements ParameterResolver {

    /** Marks the parameter that receives the shared broker's bootstrap servers. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.PARAMETER)
    public @interface Bootstrap {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.isAnnotated(Bootstrap.class) && parameter.getParameter().getType() == String.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return SharedBroker.bootstrapServers();
    }
}
