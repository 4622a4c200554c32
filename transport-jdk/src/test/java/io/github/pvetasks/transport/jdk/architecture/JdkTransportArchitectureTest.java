package io.github.pvetasks.transport.jdk.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** An adapter depends on core's ports and domain only: never core internals, the monitor, metrics or Vert.x. */
@AnalyzeClasses(packages = "io.github.pvetasks.transport.jdk", importOptions = ImportOption.DoNotIncludeTests.class)
class JdkTransportArchitectureTest {

    @ArchTest
    static void onlyCorePortsTheJdkAndLogging(JavaClasses classes) {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.net.ssl..", "org.slf4j..",
                "io.github.pvetasks.core", "io.github.pvetasks.core.spi", "io.github.pvetasks.transport.jdk..").check(classes);
    }

    @ArchTest
    static void neverInternalsMonitorMetricsOrVertx(JavaClasses classes) {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.github.pvetasks.core.internal..",
                "io.github.pvetasks.monitor..", "io.github.pvetasks.metrics..", "io.vertx..", "io.micrometer..").check(classes);
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
