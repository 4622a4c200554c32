package io.github.pvetasks.spring.boot.test;

import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskRequests;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.monitor.TaskMonitor;
import io.github.pvetasks.simulator.Endpoint;
import io.github.pvetasks.simulator.Fault;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import io.github.pvetasks.spring.boot.PveClients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole Spring Boot test context: the simulator from the annotation, the starter's clients pointed at it. */
@SpringBootTest(properties = "pve-tasks.servers.prod.url=https://never-used.example.com:8006")
@AutoConfigurePveSimulator(timeScale = 200, nodes = {"pve1", "pve2"})
class SimulatorSpringBootTest {

    /** The application: nothing but auto-configuration. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {
    }

    @Autowired
    PveSimulator simulator;
    @Autowired
    PveClient client;
    @Autowired
    PveClients clients;
    @Autowired
    TaskMonitor monitor;

    @Test
    void theClientReachesTheSimulatorAndTheTestDrivesIt() {
        assertThat(clients.names()).as("the simulator replaces configured servers").containsExactly("simulator");
        assertThat(simulator.nodes()).containsExactly("pve1", "pve2");
        simulator.scriptNext("qmclone", TaskScript.builder(Duration.ofSeconds(30))
                .line(Duration.ofSeconds(1), "create full clone of drive scsi0 (local-lvm:base-104-disk-0)")
                .endsWithError("clone failed: storage 'local-lvm' is full").build());
        simulator.inject(Fault.status(596, "Connection timed out").on(Endpoint.NODE_TASKS).times(2));
        Upid clone = client.tasks().start(TaskRequests.cloneVm("pve1", 104, 150));
        TaskStatus end = monitor.watch(clone).await(); // through the injected 596s
        assertThat(end.exitStatus().orElseThrow().message()).isEqualTo("clone failed: storage 'local-lvm' is full");
        assertThat(simulator.counters().count(Endpoint.NODE_TASKS)).isGreaterThanOrEqualTo(3);
    }
}
