package io.github.pvetasks.transport.vertx.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** An adapter depends on core's ports and domain only: never core internals, the monitor or metrics. */
@AnalyzeClasses(packages = "io.github.pvetasks.transport.vertx", importOptions = ImportOption.DoNotIncludeTests.class)
class VertxTransportArchitectureTest {

    @ArchTest
    static void neverInternalsMonitorOrMetrics(JavaClasses classes) {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.github.pvetasks.core.internal..",
                "io.github.pvetasks.monitor..", "io.github.pvetasks.metrics..", "io.github.pvetasks.transport.jdk..",
                "io.micrometer..").check(classes);
    }

    @ArchTest
    static void noVertxInternals(JavaClasses classes) {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.vertx.core.impl..", "io.vertx.core.internal..")
                .check(classes);
    }

    /** Spring never reaches this module: the Spring Boot starter depends on it, never the reverse. */
    @ArchTest
    static void neverSpring(JavaClasses classes) {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..").check(classes);
    }
}
