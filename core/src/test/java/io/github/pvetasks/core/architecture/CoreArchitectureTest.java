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
import com.tngtech.archunit.lang.ArchRule;

import java.util.Optional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The hexagonal rules of architecture.md section 8 that apply to core. */
@AnalyzeClasses(packages = "io.github.pvetasks.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    /** The domain and the ports depend on the JDK and each other only: no Jackson, no logging, no adapters. */
    static final ArchRule DOMAIN_AND_PORTS_USE_ONLY_THE_JDK = classes()
            .that().resideInAnyPackage("io.github.pvetasks.core", "io.github.pvetasks.core.spi")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.net.ssl..", "io.github.pvetasks.core..")
            .because("the domain and the ports import only the JDK");

    @ArchTest
    static void domainAndPortsUseOnlyTheJdk(JavaClasses classes) {
        DOMAIN_AND_PORTS_USE_ONLY_THE_JDK.check(classes);
    }
    /** Domain values never reach into internals; only the client's entry point builds the implementation. */
    static final ArchRule DOMAIN_DOES_NOT_SEE_INTERNALS = noClasses()
            .that().resideInAPackage("io.github.pvetasks.core").and().doNotHaveSimpleName("PveClient")
            .and().doNotHaveSimpleName("Builder")
            .should().dependOnClassesThat().resideInAPackage("io.github.pvetasks.core.internal");

    @ArchTest
    static void domainDoesNotSeeInternals(JavaClasses classes) {
        DOMAIN_DOES_NOT_SEE_INTERNALS.check(classes);
    }
    static final ArchRule PORTS_DO_NOT_SEE_INTERNALS = noClasses()
            .that().resideInAPackage("io.github.pvetasks.core.spi")
            .should().dependOnClassesThat().resideInAPackage("io.github.pvetasks.core.internal");

    @ArchTest
    static void portsDoNotSeeInternals(JavaClasses classes) {
        PORTS_DO_NOT_SEE_INTERNALS.check(classes);
    }
    static final ArchRule JACKSON_ONLY_IN_INTERNAL = noClasses()
            .that().resideOutsideOfPackage("io.github.pvetasks.core.internal")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..");

    @ArchTest
    static void jacksonOnlyInInternal(JavaClasses classes) {
        JACKSON_ONLY_IN_INTERNAL.check(classes);
    }
    static final ArchRule CORE_NEVER_SEES_ADAPTERS_OR_LATER_MODULES = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.github.pvetasks.transport..", "io.github.pvetasks.monitor..", "io.github.pvetasks.metrics..",
                    "io.github.pvetasks.testkit..", "io.github.pvetasks.cli..", "io.vertx..", "io.micrometer..",
                    "java.net.http..");

    @ArchTest
    static void coreNeverSeesAdaptersOrLaterModules(JavaClasses classes) {
        CORE_NEVER_SEES_ADAPTERS_OR_LATER_MODULES.check(classes);
    }
    static final ArchRule NO_IMPL_NAMES = noClasses().should().haveSimpleNameEndingWith("Impl");

    @ArchTest
    static void noImplNames(JavaClasses classes) {
        NO_IMPL_NAMES.check(classes);
    }
    static final ArchRule NO_OPTIONAL_FIELDS = fields().should().notHaveRawType(Optional.class)
            .because("Optional is for return values only");

    @ArchTest
    static void noOptionalFields(JavaClasses classes) {
        NO_OPTIONAL_FIELDS.check(classes);
    }
    static final ArchRule NO_OPTIONAL_PARAMETERS = codeUnits().should(notTakeOptionalParameters())
            .because("Optional is for return values only");

    @ArchTest
    static void noOptionalParameters(JavaClasses classes) {
        NO_OPTIONAL_PARAMETERS.check(classes);
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
}
