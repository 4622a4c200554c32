package io.github.pvetasks.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

import java.util.Optional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The hexagonal rules of architecture.md section 8 that apply to core. */
@AnalyzeClasses(packages = "io.github.pvetasks.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    /** The domain and the ports depend on the JDK and each other only: no Jackson, no logging, no adapters. */
    @ArchTest
    static void domainAndPortsUseOnlyTheJdk(JavaClasses classes) {
        classes()
                .that().resideInAnyPackage("io.github.pvetasks.core", "io.github.pvetasks.core.spi")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.net.ssl..", "io.github.pvetasks.core..")
                .because("the domain and the ports import only the JDK")
                .check(classes);
    }

    /** Domain values never reach into internals; only the client's entry point builds the implementation. */
    @ArchTest
    static void domainDoesNotSeeInternals(JavaClasses classes) {
        noClasses()
                .that().resideInAPackage("io.github.pvetasks.core").and().doNotHaveSimpleName("PveClient")
                .and().doNotHaveSimpleName("Builder")
                .should().dependOnClassesThat().resideInAPackage("io.github.pvetasks.core.internal")
                .check(classes);
    }

    @ArchTest
    static void portsDoNotSeeInternals(JavaClasses classes) {
        noClasses()
                .that().resideInAPackage("io.github.pvetasks.core.spi")
                .should().dependOnClassesThat().resideInAPackage("io.github.pvetasks.core.internal")
                .check(classes);
    }

    @ArchTest
    static void jacksonOnlyInInternal(JavaClasses classes) {
        noClasses()
                .that().resideOutsideOfPackage("io.github.pvetasks.core.internal")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(classes);
    }

    @ArchTest
    static void coreNeverSeesAdaptersOrLaterModules(JavaClasses classes) {
        noClasses()
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.github.pvetasks.transport..", "io.github.pvetasks.monitor..", "io.github.pvetasks.metrics..",
                        "io.github.pvetasks.testkit..", "io.github.pvetasks.cli..", "io.vertx..", "io.micrometer..",
                        "java.net.http..")
                .check(classes);
    }

    @ArchTest
    static void noImplNames(JavaClasses classes) {
        noClasses().should().haveSimpleNameEndingWith("Impl")
                .check(classes);
    }

    @ArchTest
    static void noOptionalFields(JavaClasses classes) {
        fields().should().notHaveRawType(Optional.class)
                .because("Optional is for return values only")
                .check(classes);
    }

    @ArchTest
    static void noOptionalParameters(JavaClasses classes) {
        codeUnits().should(notTakeOptionalParameters())
                .because("Optional is for return values only")
                .check(classes);
    }

    static ArchCondition<JavaCodeUnit> notTakeOptionalParameters() {
        return new ArchCondition<>("not take Optional parameters") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                // Lambdas compile to synthetic methods whose parameters mirror captured values.
                if (unit.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    return;
                }
                boolean optional = unit.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(Optional.class));
                if (optional) {
                    events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " takes an Optional parameter"));
                }
            }
        };
    }

    @ArchTest
    static void loggingOnlyInternally(JavaClasses classes) {
        noClasses().that().resideOutsideOfPackage("io.github.pvetasks.core.internal")
                .should().dependOnClassesThat().resideInAPackage("org.slf4j..").check(classes);
    }

    /** Spring never reaches this module: the Spring Boot starter depends on it, never the reverse. */
    @ArchTest
    static void neverSpring(JavaClasses classes) {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..").check(classes);
    }
}
