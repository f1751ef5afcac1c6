package io.tributary.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The dependency direction of style.md rule 2: {@code rest → herder → worker → storage}, the
 * embedded broker used only by startup, and built-in plugins that are pure connect-api.
 */
class DependencyRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.tributary");

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Startup").definedBy("io.tributary", "io.tributary.cli..")
                .layer("Rest").definedBy("io.tributary.rest..")
                .layer("Health").definedBy("io.tributary.health..")
                .layer("Herder").definedBy("io.tributary.herder..")
                .layer("Worker").definedBy("io.tributary.worker..")
                .layer("Storage").definedBy("io.tributary.storage..")
                .layer("Isolation").definedBy("io.tributary.isolation..")
                .layer("Broker").definedBy("io.tributary.broker..")
                .whereLayer("Rest").mayNotBeAccessedByAnyLayer()
                .whereLayer("Herder").mayOnlyBeAccessedByLayers("Startup", "Rest")
                .whereLayer("Worker").mayOnlyBeAccessedByLayers("Startup", "Herder")
                .whereLayer("Storage").mayOnlyBeAccessedByLayers("Startup", "Rest", "Herder", "Worker")
                .whereLayer("Isolation").mayOnlyBeAccessedByLayers("Startup", "Rest", "Herder", "Worker")
                .whereLayer("Broker").mayOnlyBeAccessedByLayers("Startup")
                .check(CLASSES);
    }

    @Test
    void builtInPluginsArePureConnectApi() {
        classes().that().resideInAPackage("io.tributary.plugins..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..",
                        "org.apache.kafka.connect..", "org.apache.kafka.common..", "org.apache.kafka.clients..",
                        "io.tributary.plugins..")
                .check(CLASSES);
    }
}
