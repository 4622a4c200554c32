package io.github.pvetasks.benchmarks.scenario;

import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.LongRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitor's promises over random scenarios on the simulator (faults, user actions, HA
 * requests, unknown tasks, random budgets), in simulated time. jqwik draws the seeds from a fixed
 * seed, so the run is reproducible; a failure names the scenario's own seed, and
 * {@code ScenarioPlan.generate(seed, 12)} rebuilds it. The {@code fault-soak} harness runs many
 * more of the same scenarios.
 */
class MonitorPromisesPropertyTest {

    @Property(tries = 40, seed = "20261129", generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
    void everyWatchEndsOnceOnTimeWithTheServersOutcomeAndWithinItsBudget(@ForAll @LongRange(min = 1) long seed) throws Exception {
        ScenarioPlan plan = ScenarioPlan.generate(seed, 12);
        ScenarioReport report = ScenarioRunner.run(plan);
        assertThat(report.violations).as("scenario " + plan).isEmpty();
        assertThat(report.clean()).as(report.toString()).isTrue();
        BACKUP_SERVER_WATCHES.addAndGet(report.backupServerWatches);
    }

    /** Scenarios mix Proxmox VE and Proxmox Backup Server tasks in one monitor: some must have had PBS watches. */
    static final java.util.concurrent.atomic.AtomicInteger BACKUP_SERVER_WATCHES = new java.util.concurrent.atomic.AtomicInteger();

    @net.jqwik.api.lifecycle.AfterContainer
    static void backupServerTasksWereInTheMix() {
        assertThat(BACKUP_SERVER_WATCHES.get()).as("PBS watches over all scenarios").isPositive();
    }
}
