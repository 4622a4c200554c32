package io.github.pvetasks.core;

import io.github.pvetasks.core.spi.HttpMethod;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskEndpointsTest {

    static final TaskEndpoints PVE = TaskEndpoints.pve();

    static String sample(EndpointParam p) {
        return p.example();
    }

    @Test
    void theTableHolds105EndpointsOf9WhichAnswerTheirUpid() {
        assertThat(PVE.all()).hasSize(105);
        assertThat(PVE.all().stream().filter(e -> e.answer() != TaskEndpoint.Answer.NONE)).hasSize(101);
        TaskEndpoint clone = PVE.find(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/clone").orElseThrow();
        assertThat(clone.workerTypes()).containsExactly("qmclone");
        assertThat(clone.pathVariables()).containsExactly("node", "vmid");
        assertThat(clone.required()).extracting(EndpointParam::name).contains("node", "vmid", "newid");
        assertThat(PVE.find(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/status/start").orElseThrow().workerTypes())
                .containsExactly("qmstart", "hastart");
    }

    @Test
    void everyWorkerTypeInTheTableHasAWaitPolicyOfItsFamily() {
        List<String> uncovered = new ArrayList<>();
        for (String type : PVE.workerTypes()) {
            if (!WaitPolicies.defaults().covers(type)) {
                uncovered.add(type);
            }
        }
        assertThat(uncovered).isEmpty();
    }

    @Test
    void everyEndpointBuildsACheckedRequestThatKnowsItsWorkerTypes() {
        List<String> failures = new ArrayList<>();
        for (TaskEndpoint e : PVE.all()) {
            try {
                EndpointRequest b = e.request();
                for (EndpointParam p : e.required()) {
                    b.set(p.name(), sample(p));
                }
                TaskRequest r = b.build();
                assertThat(r.workerTypes()).isEqualTo(e.workerTypes());
                assertThat(r.path()).doesNotContain("{");
                assertThat(r.method()).isEqualTo(e.method());
            } catch (IllegalArgumentException ex) {
                failures.add(e + ": " + ex.getMessage());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void badValuesAreRefusedBeforeAnythingIsSentNamingTheParameterAndTheValue() {
        TaskEndpoint clone = PVE.find(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/clone").orElseThrow();
        assertThatThrownBy(() -> clone.request().set("newid", 99)).hasMessageContaining("'newid'").hasMessageContaining("'99'");
        assertThatThrownBy(() -> clone.request().set("node", "pve/1")).hasMessageContaining("'node'").hasMessageContaining("pve/1");
        assertThatThrownBy(() -> clone.request().set("full", "maybe")).hasMessageContaining("'full'").hasMessageContaining("boolean");
        assertThatThrownBy(() -> clone.request().set("fulll", true)).hasMessageContaining("takes no parameter 'fulll'");
        assertThatThrownBy(() -> clone.request().set("node", "pve1").set("vmid", 100).build()).hasMessageContaining("needs [newid]");
        TaskEndpoint vzdump = PVE.find(HttpMethod.POST, "/nodes/{node}/vzdump").orElseThrow();
        assertThatThrownBy(() -> vzdump.request().set("mode", "fast")).hasMessageContaining("'mode'").hasMessageContaining("not one of");
        assertThat(vzdump.answer()).isEqualTo(TaskEndpoint.Answer.UPID_OR_OK);
    }
}
