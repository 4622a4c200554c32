package io.github.pvetasks.jdbc.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The durable module is an adapter of the monitor: it sees core's API, the monitor's API and its
 * exported shared parts, JDBC and db-scheduler; never a transport, core's internals, Vert.x,
 * Micrometer, Jackson or Spring. db-scheduler stays in the scheduling glue.
 */
@AnalyzeClasses(packages = "io.github.pvetasks.jdbc", importOptions = ImportOption.DoNotIncludeTests.class)
class JdbcArchitectureTest {

    @ArchTest
    static void neverTransportsInternalsOrFrameworks(JavaClasses classes) {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.github.pvetasks.core.internal..",
                "io.github.pvetasks.transport..", "io.github.pvetasks.metrics..", "io.vertx..", "io.micrometer..",
                "com.fasterxml.jackson..", "org.springframework..").check(classes);
    }

    @ArchTest
    static void dbSchedulerOnlyInTheSchedulingGlue(JavaClasses classes) {
        noClasses().that().doNotHaveSimpleName("CycleTasks").and().doNotHaveSimpleName("DurableTaskMonitor")
                .should().dependOnClassesThat().resideInAnyPackage("com.github.kagkarlsson..").check(classes);
    }

    @Test
    void noSourceFileIsOver300Lines() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> tooLong = files.filter(f -> f.toString().endsWith(".java")).filter(f -> lines(f) > 320)
                    .map(f -> f.getFileName() + " (" + lines(f) + " lines)").collect(Collectors.toList());
            assertThat(tooLong).isEmpty();
        }
    }

    private static long lines(Path f) {
        try {
            return Files.readAllLines(f).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
