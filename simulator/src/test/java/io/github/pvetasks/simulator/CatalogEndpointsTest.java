package io.github.pvetasks.simulator;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.EndpointParam;
import io.github.pvetasks.core.EndpointRequest;
import io.github.pvetasks.core.PveApiException;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskEndpoint;
import io.github.pvetasks.core.TaskEndpoints;
import io.github.pvetasks.core.TaskRequest;
import io.github.pvetasks.core.TaskStart;
import io.github.pvetasks.core.spi.HttpMethod;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every task-starting endpoint of the facts table, started against the simulator through its checked request. */
class CatalogEndpointsTest {

    /** Values the simulator's modelled calls need (an existing source VM, a free new id, another node). */
    static final Map<String, String> KNOWN = Map.of("vmid", "100", "newid", "160", "target", "pve2", "snapname", "snap1",
            "ostemplate", "local:vztmpl/debian-12.tar.zst");

    @Test
    void everyEndpointStartsATaskOfItsWorkerTypeWhoseUpidIdIsWhatTheServerPutsThere() {
        try (PveSimulator sim = PveSimulator.builder().http().nodes("pve1", "pve2").timeScale(0).kind().unauthorizedDelay(Duration.ZERO).start();
             PveClient client = PveClient.builder().transport(new JdkTestTransport(sim))
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build()) {
            List<String> problems = new ArrayList<>();
            int started = 0;
            for (TaskEndpoint e : TaskEndpoints.pve().all()) {
                EndpointRequest b = e.request();
                for (EndpointParam p : e.required()) {
                    String v = KNOWN.getOrDefault(p.name(), p.example());
                    if (p.name().equals("vmid") && e.path().startsWith("/nodes/{node}/lxc")) {
                        v = e.path().endsWith("/lxc") ? "250" : "200"; // a new container, or the standard inventory's
                    }
                    b.set(p.name(), v);
                }
                // optional parameters the simulator's modelled calls need, as a real node would
                if (e.path().equals("/nodes/{node}/qemu/{vmid}/migrate")) {
                    b.set("online", true);
                }
                if (e.path().equals("/nodes/{node}/vzdump")) {
                    b.set("vmid", "101");
                }
                TaskRequest r = b.build();
                try {
                    TaskStart s = client.tasks().submit(r);
                    if (e.answer() == TaskEndpoint.Answer.NONE) {
                        started++;
                        continue;
                    }
                    if (s.upid().isEmpty() || !e.workerTypes().contains(s.upid().get().type())) {
                        problems.add(e + " answered " + s);
                        continue;
                    }
                    String notation = e.upidId().split("\\|")[0];
                    if (notation.matches("\\{[a-z-]+}") && !notation.equals("{vmid}")) {
                        String name = notation.substring(1, notation.length() - 1);
                        String expected = r.parameters().getOrDefault(name, "");
                        if (r.parameters().containsKey(name) && !s.upid().get().id().equals(expected.replaceAll("[^A-Za-z0-9_.\\-]", "_"))) {
                            problems.add(e + " put '" + s.upid().get().id() + "' in the UPID, not " + name + "=" + expected);
                        }
                    }
                    started++;
                } catch (PveApiException ex) {
                    problems.add(e + " failed: " + ex.getMessage());
                }
            }
            assertThat(problems).isEmpty();
            assertThat(started).isEqualTo(105);
        }
    }

    @Test
    void theTypedBuildersStartTheirTasks() {
        try (PveSimulator sim = PveSimulator.builder().http().nodes("pve1", "pve2").timeScale(0).kind().unauthorizedDelay(Duration.ZERO).start();
             PveClient client = PveClient.builder().transport(new JdkTestTransport(sim))
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build()) {
            assertThat(client.tasks().start(io.github.pvetasks.core.requests.GuestRequests.cloneVm("pve1", 104, 170).full(true).build()).type())
                    .isEqualTo("qmclone");
            assertThat(client.tasks().start(io.github.pvetasks.core.requests.ClusterRequests.start().vms("300").build()).type())
                    .isEqualTo("bulk-start");
            assertThat(client.tasks().start(io.github.pvetasks.core.requests.CephRequests.createpool("pve1", "rbd").size(3).build()).type())
                    .isEqualTo("cephcreatepool");
        }
    }

    @Test
    void theSimulatorRefusesBadParametersByTheSameFactsWithEveryErrorInOneAnswer() {
        try (PveSimulator sim = PveSimulator.builder().http().timeScale(0).kind().unauthorizedDelay(Duration.ZERO).start();
             RawHttp http = new RawHttp(sim).withToken()) {
            RawHttp.Answer a = http.send(io.vertx.core.http.HttpMethod.POST, "/api2/json/nodes/pve1/disks/zfs", "name=tank&devices=/dev/sdb&raidlevel=raid99&bogus=1",
                    Map.of("Content-Type", "application/x-www-form-urlencoded"));
            assertThat(a.status()).isEqualTo(400);
            assertThat(a.json().getJsonObject("errors").fieldNames()).contains("raidlevel", "bogus");
        }
    }

    @Test
    void aConsoleAnswersAnObjectHoldingItsUpid() {
        TaskEndpoint vnc = TaskEndpoints.pve().find(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/vncproxy").orElseThrow();
        assertThat(vnc.answer()).isEqualTo(TaskEndpoint.Answer.OBJECT_WITH_UPID);
        assertThatThrownBy(() -> vnc.request().set("vmid", "abc")).hasMessageContaining("'vmid'");
    }
}
