package io.github.pvetasks.core.requests;

import io.github.pvetasks.core.TaskRequest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GeneratedRequestsTest {

    /** Generated code has a source folder of its own, so readers of src/main see only the hand-written domain. */
    static final Path DIR = Path.of("src/generated/java/io/github/pvetasks/core/requests");

    /** The committed typed builders are exactly what the facts table generates; -Dpvetasks.regenerate=true rewrites them. */
    @Test
    void theTypedBuildersAndTheFactsTableNeverDrift() throws IOException {
        Map<String, String> generated = RequestsGenerator.generate();
        if (Boolean.getBoolean("pvetasks.regenerate")) {
            for (Map.Entry<String, String> e : generated.entrySet()) {
                Files.writeString(DIR.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
        }
        List<String> drifted = new ArrayList<>();
        for (Map.Entry<String, String> e : generated.entrySet()) {
            Path f = DIR.resolve(e.getKey());
            if (!Files.exists(f) || !Files.readString(f, StandardCharsets.UTF_8).equals(e.getValue())) {
                drifted.add(e.getKey());
            }
        }
        assertThat(drifted).as("regenerate with: mvn -pl core test -Dtest=GeneratedRequestsTest -Dpvetasks.regenerate=true").isEmpty();
    }
    @Test
    void aTypedBuilderTakesTheRequiredParametersAsArgumentsAndChecksEveryValue() {
        TaskRequest clone = GuestRequests.cloneVm("pve1", 100, 123).full(true).name("web-1").build();
        assertThat(clone.path()).isEqualTo("/nodes/pve1/qemu/100/clone");
        assertThat(clone.parameters()).containsEntry("newid", "123").containsEntry("full", "1").containsEntry("name", "web-1");
        assertThat(clone.workerTypes()).containsExactly("qmclone");
        assertThatThrownBy(() -> GuestRequests.cloneVm("pve1", 100, 99)).hasMessageContaining("'newid'").hasMessageContaining("'99'");
        assertThat(NodeRequests.vzdump("pve1").vmid("100,101").mode("snapshot").build().workerTypes()).containsExactly("vzdump");
        assertThatThrownBy(() -> NodeRequests.vzdump("pve1").mode("fast")).hasMessageContaining("not one of");
    }
}
