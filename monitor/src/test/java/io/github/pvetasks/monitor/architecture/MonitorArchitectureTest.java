package io.github.pvetasks.monitor.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The monitor sees core's API and ports only: never an adapter, core internals, Vert.x or Micrometer. */
@AnalyzeClasses(packages = "io.github.pvetasks.monitor", importOptions = ImportOption.DoNotIncludeTests.class)
class MonitorArchitectureTest {

    @ArchTest
    static void neverAdaptersInternalsVertxOrMicrometer(JavaClasses classes) {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.github.pvetasks.core.internal..",
                "io.github.pvetasks.transport..", "io.github.pvetasks.metrics..", "io.vertx..", "io.micrometer..",
                "com.fasterxml.jackson..").check(classes);
    }

    /** Only the product backend and the public entry point know a product's client API; the parts stay product-neutral. */
    @ArchTest
    static void onlyTheBackendKnowsTheProductsApi(JavaClasses classes) {
        // the product backends, the router that makes them from clients, and the public entry point
        noClasses().that(com.tngtech.archunit.base.DescribedPredicate.not(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo("io.github.pvetasks.monitor.internal.TaskBackend")))
                .and().doNotHaveFullyQualifiedName("io.github.pvetasks.monitor.BackendRouter").and().doNotHaveFullyQualifiedName("io.github.pvetasks.monitor.internal.TaskBackends")
                .and().doNotHaveFullyQualifiedName("io.github.pvetasks.monitor.BackendRouter$Server")
                .and().doNotHaveSimpleName("TaskMonitor").and().doNotHaveFullyQualifiedName("io.github.pvetasks.monitor.TaskMonitor$Builder")
                .should().dependOnClassesThat().haveSimpleName("TaskApi")
                .orShould().dependOnClassesThat().haveSimpleName("PveClient")
                .orShould().dependOnClassesThat().haveSimpleName("TaskQuery").check(classes);
    }

    /**
     * One job per class: no source is much over 300 lines (the guide's "~300"; TaskMonitor, the
     * public facade, is mostly Javadoc and may take a few more).
     */
    @org.junit.jupiter.api.Test
    void noSourceFileIsOver300Lines() throws java.io.IOException {
        java.nio.file.Path root = java.nio.file.Path.of("src/main/java");
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(root)) {
            java.util.List<String> tooLong = files.filter(f -> f.toString().endsWith(".java")).filter(f -> lines(f) > 320)
                    .map(f -> f.getFileName() + " (" + lines(f) + " lines)").collect(java.util.stream.Collectors.toList());
            org.assertj.core.api.Assertions.assertThat(tooLong).isEmpty();
        }
    }

    private static long lines(java.nio.file.Path f) {
        try {
            return java.nio.file.Files.readAllLines(f).size();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ArchTest
    static void noImplNames(JavaClasses classes) {
        noClasses().should().haveSimpleNameEndingWith("Impl").check(classes);
    }

    /** Spring never reaches this module: the Spring Boot starter depends on it, never the reverse. */
    @ArchTest
    static void neverSpring(JavaClasses classes) {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..").check(classes);
    }
}
