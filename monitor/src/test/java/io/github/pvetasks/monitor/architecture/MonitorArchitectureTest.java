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

    @ArchTest
    static void noImplNames(JavaClasses classes) {
        noClasses().should().haveSimpleNameEndingWith("Impl").check(classes);
    }
}
