package io.github.pvetasks.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Durable, replicated watches ({@code pve-tasks-jdbc}) under {@code pve-tasks.durable.*}: on when
 * the module, a {@code DataSource} and an {@code EndingHandler} bean are there (or
 * {@code run-cycles=false}).
 */
@ConfigurationProperties("pve-tasks.durable")
public class PveTasksDurableProperties {

    /** Whether to configure durable watches when their module and a DataSource are there. */
    private boolean enabled = true;
    /** Whether this service runs node cycles; false for one that only records, inspects and cancels watches. */
    private boolean runCycles = true;
    /** Whether to create the two tables at start-up when they are missing (else your migration tool runs the script). */
    private boolean createSchema;
    /** How often this replica marks the cycles it runs alive. */
    private Duration heartbeat = Duration.ofSeconds(1);
    /** How many marks may be missed before another replica takes a cycle over. */
    private int missedHeartbeats = 4;
    /** How often this replica looks for due node cycles. */
    private Duration pollingInterval = Duration.ofSeconds(1);
    /** Node cycles this replica runs at once. */
    private int threads = 10;
    /** How long delivered watches stay in the table. */
    private Duration retention = Duration.ofDays(7);
    /** The watch table. */
    private String watchTable = "pve_tasks_watch";
    /** The table of the watches' own db-scheduler. */
    private String schedulerTable = "pve_tasks_scheduled";

    /** @return whether durable watches are configured */
    public boolean isEnabled() {
        return enabled;
    }

    /** @param enabled whether durable watches are configured */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** @return whether this service runs node cycles */
    public boolean isRunCycles() {
        return runCycles;
    }

    /** @param runCycles whether this service runs node cycles */
    public void setRunCycles(boolean runCycles) {
        this.runCycles = runCycles;
    }

    /** @return whether to create missing tables at start-up */
    public boolean isCreateSchema() {
        return createSchema;
    }

    /** @param createSchema whether to create missing tables at start-up */
    public void setCreateSchema(boolean createSchema) {
        this.createSchema = createSchema;
    }

    /** @return the heartbeat interval */
    public Duration getHeartbeat() {
        return heartbeat;
    }

    /** @param heartbeat the heartbeat interval */
    public void setHeartbeat(Duration heartbeat) {
        this.heartbeat = heartbeat;
    }

    /** @return the heartbeats that may be missed */
    public int getMissedHeartbeats() {
        return missedHeartbeats;
    }

    /** @param missedHeartbeats the heartbeats that may be missed */
    public void setMissedHeartbeats(int missedHeartbeats) {
        this.missedHeartbeats = missedHeartbeats;
    }

    /** @return how often due cycles are looked for */
    public Duration getPollingInterval() {
        return pollingInterval;
    }

    /** @param pollingInterval how often due cycles are looked for */
    public void setPollingInterval(Duration pollingInterval) {
        this.pollingInterval = pollingInterval;
    }

    /** @return cycles run at once */
    public int getThreads() {
        return threads;
    }

    /** @param threads cycles run at once */
    public void setThreads(int threads) {
        this.threads = threads;
    }

    /** @return how long delivered watches stay */
    public Duration getRetention() {
        return retention;
    }

    /** @param retention how long delivered watches stay */
    public void setRetention(Duration retention) {
        this.retention = retention;
    }

    /** @return the watch table */
    public String getWatchTable() {
        return watchTable;
    }

    /** @param watchTable the watch table */
    public void setWatchTable(String watchTable) {
        this.watchTable = watchTable;
    }

    /** @return the scheduler table */
    public String getSchedulerTable() {
        return schedulerTable;
    }

    /** @param schedulerTable the scheduler table */
    public void setSchedulerTable(String schedulerTable) {
        this.schedulerTable = schedulerTable;
    }
}
