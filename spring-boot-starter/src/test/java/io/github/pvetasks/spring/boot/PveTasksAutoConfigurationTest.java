package io.github.pvetasks.spring.boot;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pvetasks.core.Product;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.metrics.PveMeterNames;
import io.github.pvetasks.metrics.PveTaskMetrics;
import io.github.pvetasks.monitor.TaskMonitor;
import io.github.pvetasks.simulator.PbsScripts;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.annotation.Order;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** What a Boot application gets from properties alone, and how it shapes or turns off each part. */
class PveTasksAutoConfigurationTest {

    static PveSimulator pve;
    static PveSimulator pbs;

    @BeforeAll
    static void start() {
        pve = PveSimulator.builder().timeScale(100).unauthorizedDelay(Duration.ZERO).start();
        pbs = PveSimulator.builder().product(Product.PBS).clock(pve.clock()).unauthorizedDelay(Duration.ZERO).start();
    }

    @AfterAll
    static void stop() {
        pve.close();
        pbs.close();
    }

    final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
            PveTasksAutoConfiguration.class, PveTasksMetricsAutoConfiguration.class, PveTasksHealthAutoConfiguration.class,
            PveTasksActuatorAutoConfiguration.class));

    static String[] pveServer(String name) {
        return new String[] {"pve-tasks.servers." + name + ".url=" + pve.baseUri(),
                "pve-tasks.servers." + name + ".token=" + pve.tokenId() + "=" + pve.tokenSecret(),
                "pve-tasks.servers." + name + ".fingerprint=" + pve.fingerprint().orElseThrow()};
    }

    static String[] pbsServer(String name) {
        return new String[] {"pve-tasks.servers." + name + ".url=" + pbs.baseUri(),
                "pve-tasks.servers." + name + ".token=" + pbs.tokenId() + ":" + pbs.tokenSecret(),
                "pve-tasks.servers." + name + ".fingerprint=" + pbs.fingerprint().orElseThrow(),
                "pve-tasks.servers." + name + ".product=pbs"};
    }

    @Test
    void oneServerFromPropertiesIsTheClientAndTheMonitorWatchesItsTasks() {
        runner.withPropertyValues(pveServer("lab")).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(PveClient.class).hasSingleBean(PveClients.class)
                    .hasSingleBean(TaskMonitor.class).hasSingleBean(TaskMonitorLifecycle.class);
            PveClient client = context.getBean(PveClient.class);
            assertThat(context.getBean(PveClients.class).get("lab")).isSameAs(client);
            assertThat(client.version().version()).isEqualTo("9.1.1");
            Upid u = pve.startTask("pve1", "qmstart", "100", pve.tokenId(), TaskScript.ok(Duration.ofSeconds(2)));
            assertThat(context.getBean(TaskMonitor.class).watch(u).await().exitStatus().orElseThrow().isSuccess()).isTrue();
        });
    }

    @Test
    void severalServersAreInjectableByNameAndOneMonitorWatchesThemAll() {
        List<String> config = new ArrayList<>(List.of(pveServer("cluster")));
        config.addAll(List.of(pbsServer("backup")));
        runner.withPropertyValues(config.toArray(new String[0])).run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(PveClient.class).hasSingleBean(TaskMonitor.class);
            PveClients clients = context.getBean(PveClients.class);
            assertThat(clients.names()).containsExactly("cluster", "backup");
            assertThat(clients.get("backup").product()).isEqualTo(Product.PBS);
            TaskMonitor monitor = context.getBean(TaskMonitor.class);
            Upid clone = pve.startTask("pve1", "qmclone", "100", pve.tokenId(), TaskScript.ok(Duration.ofSeconds(5)));
            Upid verify = pbs.startTask("pbs1", "verificationjob", "store1:v-1", "root@pam", PbsScripts.verify());
            List<TaskStatus> ends = TaskMonitor.awaitAll(monitor.watchAll(List.of(clone, verify)));
            assertThat(ends).allSatisfy(s -> assertThat(s.exitStatus().orElseThrow().isSuccess()).isTrue());
            assertThat(String.valueOf(clients.server("backup").orElseThrow())).doesNotContain(pbs.tokenSecret());
        });
    }

    @Test
    void noServersNoClients() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(PveClients.class).doesNotHaveBean(TaskMonitor.class));
    }

    @Test
    void everyBeanBacksOffForTheApplicationsOwn() {
        TaskMonitor[] mine = new TaskMonitor[1];
        runner.withPropertyValues(pveServer("lab")).withBean("myMonitor", TaskMonitor.class,
                () -> mine[0] = TaskMonitor.builder(PveClient.builder().baseUri(pve.baseUri())
                        .credentials(io.github.pvetasks.core.Credentials.apiToken(pve.tokenId(), pve.tokenSecret()))
                        .tlsTrust(io.github.pvetasks.core.spi.TlsTrust.fingerprint(pve.fingerprint().orElseThrow())).build()).build())
                .run(context -> {
                    assertThat(context).hasSingleBean(TaskMonitor.class);
                    assertThat(context.getBean(TaskMonitor.class)).isSameAs(mine[0]);
                });
    }

    /** Records the order customizers ran in. */
    static final List<String> CALLS = new CopyOnWriteArrayList<>();

    @Order(2)
    static final class Second implements PveClientBuilderCustomizer {
        @Override
        public void customize(String serverName, PveClient.Builder builder) {
            CALLS.add("second " + serverName);
        }
    }

    @Order(1)
    static final class First implements PveClientBuilderCustomizer {
        @Override
        public void customize(String serverName, PveClient.Builder builder) {
            CALLS.add("first " + serverName);
        }
    }

    @Test
    void customizersShapeTheBuildersInOrder() {
        CALLS.clear();
        List<String> monitorCalls = new CopyOnWriteArrayList<>();
        runner.withPropertyValues(pveServer("lab")).withBean(Second.class).withBean(First.class)
                .withBean(TaskMonitorCustomizer.class, () -> b -> monitorCalls.add("monitor"))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(CALLS).containsExactly("first lab", "second lab");
                    assertThat(monitorCalls).containsExactly("monitor");
                });
    }

    @Test
    void aMistakeNamesTheServerAndThePropertyButNeverTheSecret() {
        runner.withPropertyValues("pve-tasks.servers.lab.url=" + pve.baseUri(), "pve-tasks.servers.lab.token=root@pam-nobang=sEcReT-123")
                .run(context -> {
                    assertThat(context).hasFailed();
                    String all = stackText(context.getStartupFailure());
                    assertThat(all).contains("pve-tasks.servers.lab.token").doesNotContain("sEcReT-123");
                });
        runner.withPropertyValues("pve-tasks.servers.lab.token=a@pve!b=c").run(context ->
                assertThat(stackText(context.getStartupFailure())).contains("pve-tasks.servers.lab.url is required"));
    }

    static String stackText(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            b.append(c).append('\n');
        }
        return b.toString();
    }

    @Test
    void secretsNeverShowInEnvOrConfigpropsEvenWhenValuesAreShown() {
        String secret = pve.tokenSecret();
        runner.withPropertyValues(pveServer("lab")).withPropertyValues("pve-tasks.servers.other.url=https://x:8006",
                        "pve-tasks.servers.other.user=root@pam", "pve-tasks.servers.other.password=pa55-W0rd",
                        "pve-tasks.servers.other.fingerprint=" + pve.fingerprint().orElseThrow(), "pve-tasks.servers.other.nodes=x1")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    List<SanitizingFunction> sanitizers = context.getBeanProvider(SanitizingFunction.class).orderedStream().toList();
                    assertThat(sanitizers).isNotEmpty();
                    ObjectMapper json = new ObjectMapper();
                    String env = json.writeValueAsString(new EnvironmentEndpoint(context.getEnvironment(), sanitizers, Show.ALWAYS).environment(null));
                    assertThat(env).contains("pve-tasks.servers.lab.url").doesNotContain(secret).doesNotContain("pa55-W0rd");
                    ConfigurationPropertiesReportEndpoint configprops = new ConfigurationPropertiesReportEndpoint(sanitizers, Show.ALWAYS);
                    configprops.setApplicationContext(context);
                    String props = json.writeValueAsString(configprops.configurationPropertiesWithPrefix("pve-tasks"));
                    assertThat(props).contains("fingerprint").doesNotContain(secret).doesNotContain("pa55-W0rd");
                    assertThat(String.valueOf(context.getBean(PveClients.class))).doesNotContain(secret);
                });
    }

    @Test
    void metersAndObservationsWithNothingToWireAndSwitchesToTurnThemOff() {
        runner.withPropertyValues(pveServer("lab")).withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withBean(TestObservationRegistry.class, TestObservationRegistry::create)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(PveTaskMetrics.class);
                    Upid u = pve.startTask("pve1", "qmstart", "100", pve.tokenId(), TaskScript.ok(Duration.ofSeconds(2)));
                    context.getBean(TaskMonitor.class).watch(u).await();
                    context.getBean(PveClient.class).tasks().status(u);
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    assertThat(registry.find(PveMeterNames.HTTP_CLIENT_REQUESTS).timers()).isNotEmpty();
                    assertThat(registry.find(PveMeterNames.TASKS_WATCHED).gauge()).isNotNull();
                    io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
                            .hasObservationWithNameEqualTo("pve.task");
                });
        runner.withPropertyValues(pveServer("lab")).withPropertyValues("pve-tasks.metrics.enabled=false", "pve-tasks.observations.enabled=false")
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new).withBean(TestObservationRegistry.class, TestObservationRegistry::create)
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(PveTaskMetrics.class)
                            .doesNotHaveBean(io.github.pvetasks.metrics.PveTaskObservations.class);
                    context.getBean(PveClient.class).version();
                    assertThat(context.getBean(MeterRegistry.class).find(PveMeterNames.HTTP_CLIENT_REQUESTS).timers()).isEmpty();
                });
    }

    @Test
    void withoutTheMetricsModuleOrHealthOrActuatorThoseStayAway() {
        runner.withPropertyValues(pveServer("lab")).withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withClassLoader(new FilteredClassLoader(PveTaskMetrics.class, HealthContributor.class,
                        org.springframework.boot.actuate.endpoint.annotation.Endpoint.class))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(TaskMonitor.class).doesNotHaveBean(PveTaskMetrics.class)
                        .doesNotHaveBean("pveTasksHealthContributor").doesNotHaveBean(PveTasksEndpoint.class));
    }

    @Test
    void healthIsPerServerUpWithItsVersionAndDownFastWithItsReason() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        runner.withPropertyValues(pveServer("lab")).withPropertyValues("pve-tasks.servers.gone.url=https://127.0.0.1:" + closedPort,
                        "pve-tasks.servers.gone.token=root@pam!xy=" + pve.tokenSecret(), "pve-tasks.servers.gone.nodes=pve9",
                        "pve-tasks.servers.badpin.url=" + pve.baseUri(), "pve-tasks.servers.badpin.token=" + pve.tokenId() + "=" + pve.tokenSecret(),
                        "pve-tasks.servers.badpin.fingerprint=" + "00:".repeat(31) + "00", "pve-tasks.servers.badpin.nodes=pve8")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    CompositeHealthContributor servers = (CompositeHealthContributor) context.getBean("pveTasksHealthContributor");
                    Health up = ((HealthIndicator) servers.getContributor("lab")).health();
                    assertThat(up.getStatus()).isEqualTo(Status.UP);
                    assertThat(up.getDetails()).containsEntry("version", "9.1.1").containsKey("latency");
                    long t0 = System.nanoTime();
                    Health down = ((HealthIndicator) servers.getContributor("gone")).health();
                    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
                    assertThat(down.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(String.valueOf(down.getDetails().get("reason"))).startsWith("unreachable");
                    Health pin = ((HealthIndicator) servers.getContributor("badpin")).health();
                    assertThat(pin.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(String.valueOf(pin.getDetails().get("reason"))).startsWith("certificate not trusted");
                    assertThat(up.toString() + down + pin).doesNotContain(pve.tokenSecret());
                });
        runner.withPropertyValues(pveServer("lab")).withPropertyValues("management.health.pve-tasks.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("pveTasksHealthContributor"));
    }

    @Test
    void theEndpointShowsWhatTheMonitorWatchesAndItsRequests() {
        runner.withPropertyValues(pveServer("lab")).withPropertyValues("management.endpoints.web.exposure.include=pvetasks")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(PveTasksEndpoint.class);
                    Upid u = pve.startTask("pve2", "qmclone", "300", pve.tokenId(), TaskScript.ok(Duration.ofHours(2)));
                    TaskMonitor monitor = context.getBean(TaskMonitor.class);
                    monitor.watch(u);
                    assertThat(monitor.awaitQuiet(Duration.ofSeconds(20))).isTrue();
                    Map<String, Object> shown = context.getBean(PveTasksEndpoint.class).watches();
                    assertThat(shown).containsEntry("watching", 1);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> w = ((List<Map<String, Object>>) shown.get("watches")).get(0);
                    assertThat(w).containsEntry("server", "lab").containsEntry("node", "pve2").containsEntry("type", "qmclone")
                            .containsEntry("id", "300").containsEntry("user", pve.tokenId()).containsKey("started");
                    @SuppressWarnings("unchecked")
                    Map<String, Long> requests = (Map<String, Long>) shown.get("requests");
                    assertThat(requests.keySet()).anySatisfy(k -> assertThat(k).startsWith("pve/pve2 list"));
                });
    }
}
