package io.github.pvetasks.spring.boot;

import io.github.pvetasks.jdbc.DurableSchema;
import io.github.pvetasks.jdbc.DurableTaskMonitor;
import io.github.pvetasks.jdbc.DurableTaskMonitorBuilder;
import io.github.pvetasks.jdbc.EndingHandler;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.Map;

/**
 * Durable, replicated watches with nothing to wire: with {@code pve-tasks-jdbc} on the class path,
 * a {@link DataSource} and the clients of {@code pve-tasks.servers.*}, one {@link DurableTaskMonitor}
 * whose servers are those clients (by their property names) and whose handlers are the
 * application's {@link EndingHandler} beans (by their bean names). It stops with the context; the
 * watches stay in the database. {@code pve-tasks.durable.*} shapes it.
 */
@AutoConfiguration(after = PveTasksAutoConfiguration.class,
        afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(DurableTaskMonitor.class)
@ConditionalOnBean({DataSource.class, PveClients.class})
@ConditionalOnProperty(prefix = "pve-tasks.durable", name = "enabled", havingValue = "true", matchIfMissing = true)
@Conditional(PveTasksDurableAutoConfiguration.HandlersOrRecorder.class)
@EnableConfigurationProperties(PveTasksDurableProperties.class)
public class PveTasksDurableAutoConfiguration {

    /**
     * @param dataSource the application's database
     * @param clients the configured servers
     * @param handlers the application's ending handlers, by bean name
     * @param p the settings
     * @return the durable monitor, started
     * @throws SQLException when {@code create-schema} is on and the tables cannot be created
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public DurableTaskMonitor durableTaskMonitor(DataSource dataSource, PveClients clients, Map<String, EndingHandler> handlers,
                                                 PveTasksDurableProperties p) throws SQLException {
        if (p.isCreateSchema()) {
            DurableSchema.create(dataSource);
        }
        DurableTaskMonitorBuilder b = DurableTaskMonitor.builder(dataSource)
                .runCycles(p.isRunCycles())
                .heartbeat(p.getHeartbeat(), p.getMissedHeartbeats())
                .pollingInterval(p.getPollingInterval())
                .threads(p.getThreads())
                .retention(p.getRetention())
                .tables(p.getWatchTable(), p.getSchedulerTable());
        clients.all().forEach(b::server);
        handlers.forEach(b::handler);
        return b.build();
    }

    /** A worker needs a handler; a recorder ({@code run-cycles=false}) none. */
    static final class HandlersOrRecorder extends AnyNestedCondition {

        HandlersOrRecorder() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(EndingHandler.class)
        static final class HasHandlers {
        }

        @ConditionalOnProperty(prefix = "pve-tasks.durable", name = "run-cycles", havingValue = "false")
        static final class Recorder {
        }
    }
}
