package io.github.pvetasks.benchmarks;

import java.util.Arrays;

/**
 * Runs a harness by name: {@code java -jar benchmarks/target/pve-tasks-benchmarks.jar <name> [options]}.
 * Each harness prints its figures and, last, one summary line {@code <name> key=value ...}.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    /**
     * @param args the harness name, then its options
     * @throws Exception when a harness fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: java -jar pve-tasks-benchmarks.jar monitor-scale|fault-soak|replica-soak|transport-throughput|thread-kinds|jmh [options]");
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "monitor-scale":
                System.exit(MonitorScale.run(rest));
                break;
            case "fault-soak":
                System.exit(FaultSoak.run(rest));
                break;
            case "transport-throughput":
                System.exit(TransportThroughput.run(rest));
                break;
            case "thread-kinds":
                System.exit(ThreadKinds.run(rest));
                break;
            case "replica-soak":
                System.exit(ReplicaSoak.run(rest));
                break;
            case "jmh":
                org.openjdk.jmh.Main.main(rest);
                break;
            default:
                System.err.println("unknown harness '" + args[0] + "'; known: monitor-scale, fault-soak, replica-soak, transport-throughput, thread-kinds, jmh");
                System.exit(2);
        }
    }
}
