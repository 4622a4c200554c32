package io.github.pvetasks.spring.boot;

import io.github.pvetasks.core.Upid;
import io.github.pvetasks.jdbc.DurableTaskMonitor;
import io.github.pvetasks.jdbc.DurableWatch;
import io.github.pvetasks.jdbc.EndingHandler;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Durable watches from properties, when the module, a DataSource and a handler are there. */
class PveTasksDurableAutoConfigurationTest {

    static PveSimulator pve;
    static final List<String> endings = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        pve = PveSimulator.builder().unauthorizedDelay(Duration.ZERO).start();
    }

    @AfterAll
    static void stop() {
        pve.close();
    }

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PveTasksAutoConfiguration.class, PveTasksDurableAutoConfiguration.class))
            .withPropertyValues("pve-tasks.servers.lab.url=" + pve.baseUri(), "pve-tasks.servers.lab.token=" + pve.tokenId() + "=" + pve.tokenSecret(),
                    "pve-tasks.servers.lab.fingerprint=" + pve.fingerprint().orElseThrow());

    @Configuration(proxyBeanMethods = false)
    static class Database {
        @Bean
        DataSource dataSource() {
            JDBCDataSource ds = new JDBCDataSource();
            ds.setUrl("jdbc:hsqldb:mem:durable" + System.nanoTime() + ";hsqldb.tx=mvcc");
            ds.setUser("SA");
            return ds;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Handler {
        @Bean
        EndingHandler cloneDone() {
            return (ending, payload, tx) -> endings.add(ending.upid() + " " + ending.outcome() + " " + payload);
        }
    }

    @Test
    void aDataSourceAndAHandlerGiveADurableMonitorWhoseServersAndHandlersAreTheApplications() {
        runner.withUserConfiguration(Database.class, Handler.class).withPropertyValues("pve-tasks.durable.create-schema=true",
                "pve-tasks.durable.polling-interval=100ms").run(ctx -> {
            DurableTaskMonitor monitor = ctx.getBean(DurableTaskMonitor.class);
            Upid u = pve.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofMillis(500)));
            monitor.watch("lab", u, io.github.pvetasks.core.WaitPolicy.defaults(), "cloneDone", "order-1");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (monitor.find(u).orElseThrow().state() != DurableWatch.State.DELIVERED && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(endings).contains(u + " OK order-1");
        });
    }

    @Test
    void nothingWithoutADataSourceAHandlerTheModuleOrWhenTurnedOff() {
        runner.withUserConfiguration(Handler.class).run(ctx -> assertThat(ctx).doesNotHaveBean(DurableTaskMonitor.class));
        runner.withUserConfiguration(Database.class).run(ctx -> assertThat(ctx).doesNotHaveBean(DurableTaskMonitor.class));
        runner.withUserConfiguration(Database.class, Handler.class).withPropertyValues("pve-tasks.durable.enabled=false")
                .run(ctx -> assertThat(ctx).doesNotHaveBean(DurableTaskMonitor.class));
        runner.withUserConfiguration(Database.class, Handler.class).withClassLoader(new FilteredClassLoader(DurableTaskMonitor.class))
                .run(ctx -> assertThat(ctx).doesNotHaveBean(DurableTaskMonitor.class));
    }

    @Test
    void aRecorderNeedsNoHandler() {
        runner.withUserConfiguration(Database.class).withPropertyValues("pve-tasks.durable.run-cycles=false",
                "pve-tasks.durable.create-schema=true").run(ctx -> {
            DurableTaskMonitor recorder = ctx.getBean(DurableTaskMonitor.class);
            Upid u = pve.startTask("pve1", "qmclone", "101", "root@pam", TaskScript.ok(Duration.ofSeconds(5)));
            assertThat(recorder.watch(u, "handled-by-workers", "").state()).isEqualTo(DurableWatch.State.ACTIVE);
            assertThat(recorder.cyclesRun()).isZero();
        });
    }
}
