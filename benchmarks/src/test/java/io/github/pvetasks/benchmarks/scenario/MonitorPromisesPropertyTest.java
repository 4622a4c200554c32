package io.github.pvetasks.benchmarks.scenario;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitor's promises over random scenarios on the simulator (faults, user actions, HA
 * requests, unknown tasks, random budgets), in simulated time: 40 scenarios whose seeds come
 * from one fixed seed, so every run is the same. Each scenario is a test named by its seed;
 * {@code ScenarioPlan.generate(seed, 12)} rebuilds a failing one. The {@code fault-soak}
 * harness runs many more of the same scenarios.
 */
class MonitorPromisesPropertyTest {

    /** The seed the scenario seeds are drawn from; change it to explore other scenarios. */
    static final long SEED_OF_SEEDS = 20261129L;
    static final int SCENARIOS = 40;

    /** Scenarios mix Proxmox VE and Proxmox Backup Server tasks in one monitor: some must have had PBS watches. */
    static final AtomicInteger BACKUP_SERVER_WATCHES = new AtomicInteger();

    static LongStream seeds() {
        SplittableRandom random = new SplittableRandom(SEED_OF_SEEDS);
        return LongStream.generate(() -> random.nextLong(1, Long.MAX_VALUE)).limit(SCENARIOS);
    }

    @ParameterizedTest(name = "scenario seed {0}")
    @MethodSource("seeds")
    void everyWatchEndsOnceOnTimeWithTheServersOutcomeAndWithinItsBudget(long seed) throws Exception {
        ScenarioPlan plan = ScenarioPlan.generate(seed, 12);
        ScenarioReport report = ScenarioRunner.run(plan);
        assertThat(report.violations).as("scenario seed %d (rebuild with ScenarioPlan.generate(%dL, 12)): %s", seed, seed, plan).isEmpty();
        assertThat(report.clean()).as("scenario seed %d: %s", seed, report).isTrue();
        BACKUP_SERVER_WATCHES.addAndGet(report.backupServerWatches);
    }

    @AfterAll
    static void backupServerTasksWereInTheMix() {
        assertThat(BACKUP_SERVER_WATCHES.get()).as("PBS watches over all scenarios").isPositive();
    }
}
