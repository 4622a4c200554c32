package io.github.pvetasks.metrics.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Metrics sees the monitor and core's API and ports: never an adapter, core internals or Vert.x. */
@AnalyzeClasses(packages = "io.github.pvetasks.metrics", importOptions = ImportOption.DoNotIncludeTests.class)
class MetricsArchitectureTest {

    @ArchTest
    static void neverAdaptersOrInternals(JavaClasses classes) {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.github.pvetasks.core.internal..",
                "io.github.pvetasks.transport..", "io.vertx..", "com.fasterxml.jackson..").check(classes);
    }

    /** Spring never reaches this module: the Spring Boot starter depends on it, never the reverse. */
    @ArchTest
    static void neverSpring(JavaClasses classes) {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..").check(classes);
    }
}
