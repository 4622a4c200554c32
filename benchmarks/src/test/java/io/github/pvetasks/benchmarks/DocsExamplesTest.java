package io.github.pvetasks.benchmarks;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java block of the README and the guides in docs/ is code that a test compiles and runs:
 * each block is preceded by {@code <!-- example: ID -->}, and some test's source holds the same
 * lines between {@code // example:begin ID} and {@code // example:end ID}. A block without a
 * marker, a marker without its test, or a block that drifted from its test fails the build (the
 * runnable examples in examples/ count as tests: their own tests run them). It
 * lives here because benchmarks builds after every other module and is never published.
 */
class DocsExamplesTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern BLOCK = Pattern.compile("(?:<!-- example: ([\\w-]+) -->\\n)?```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern REGION = Pattern.compile("// example:begin ([\\w-]+)\\n(.*?)\\n\\s*// example:end \\1", Pattern.DOTALL);

    static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> s = Files.list(ROOT.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    static Map<String, String> regions() throws IOException {
        Map<String, String> regions = new LinkedHashMap<>();
        List<Path> sources;
        try (Stream<Path> s = Files.walk(ROOT)) {
            // tests, and the runnable examples (whose own tests run them)
            sources = s.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/target/")
                    && (p.toString().contains("/src/test/java/") || p.toString().contains("/examples/"))).collect(Collectors.toList());
        }
        for (Path source : sources) {
            Matcher m = REGION.matcher(Files.readString(source, StandardCharsets.UTF_8));
            while (m.find()) {
                assertThat(regions.put(m.group(1), m.group(2))).as("example %s is defined twice", m.group(1)).isNull();
            }
        }
        return regions;
    }

    @Test
    void everyJavaBlockInTheDocsIsTheCodeOfATest() throws IOException {
        Map<String, String> regions = regions();
        List<String> problems = new ArrayList<>();
        int blocks = 0;
        for (Path doc : documents()) {
            Matcher m = BLOCK.matcher(Files.readString(doc, StandardCharsets.UTF_8));
            while (m.find()) {
                blocks++;
                String where = ROOT.relativize(doc) + " block " + blocks;
                if (m.group(1) == null) {
                    problems.add(where + ": no <!-- example: ID --> marker before it");
                    continue;
                }
                String code = regions.get(m.group(1));
                if (code == null) {
                    problems.add(where + ": no test has '// example:begin " + m.group(1) + "'");
                } else if (!normalize(code).equals(normalize(m.group(2)))) {
                    problems.add(where + ": example " + m.group(1) + " differs from its test's code");
                }
            }
        }
        assertThat(blocks).as("Java blocks found").isGreaterThanOrEqualTo(10);
        assertThat(problems).isEmpty();
    }

    private static List<String> normalize(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
    }
}
