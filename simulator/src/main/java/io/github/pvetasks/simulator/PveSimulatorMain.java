package io.github.pvetasks.simulator;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator standalone until killed:
 * {@code java -jar testkit/target/pve-tasks-simulator.jar [--port N] [--nodes pve1,pve2] [--time-scale X]
 * [--user U --password P] [--token USER@REALM!ID=SECRET or USER@REALM!ID:SECRET] [--http] [--legacy-errors] [--service-model]
 * [--unauthorized-delay MS]}. The first line it prints is
 * {@code pve-simulator listening on <url> fingerprint <FP>}.
 */
public final class PveSimulatorMain {

    private PveSimulatorMain() {
    }

    /**
     * @param args the options above
     * @throws InterruptedException when interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        if (java.util.Arrays.asList(args).contains("--help") || java.util.Arrays.asList(args).contains("-h")) {
            System.out.println(usage());
            return;
        }
        PveSimulator sim;
        try {
            sim = configure(args).start();
        } catch (IllegalArgumentException e) {
            System.err.println("pve-simulator: " + e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        announce(sim, System.out);
        CountDownLatch forever = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(sim::close, "pve-simulator-shutdown"));
        forever.await();
    }

    /**
     * Prints what the standalone simulator prints when it starts; its first line is
     * {@code pve-simulator listening on <url> fingerprint <FP>}, which wrappers read.
     *
     * @param sim the running simulator
     * @param out where to print
     */
    public static void announce(PveSimulator sim, PrintStream out) {
        announcement(sim).forEach(out::println);
        out.flush();
    }

    /**
     * What a started simulator tells its user: where it listens, its certificate's fingerprint,
     * how to log in, and a command line that works as pasted (the token written as the product
     * writes it: {@code =} before a Proxmox VE secret, {@code :} before a backup server's). The
     * secret is the simulator's own test secret, never a real one.
     *
     * @param sim the running simulator
     * @return the lines, the first one {@code pve-simulator listening on <url> fingerprint <FP>}
     */
    public static List<String> announcement(PveSimulator sim) {
        boolean pbs = sim.product() == io.github.pvetasks.core.Product.PBS;
        String token = sim.tokenId() + (pbs ? ":" : "=") + sim.tokenSecret();
        String pin = sim.fingerprint().map(f -> " --fingerprint " + f).orElse("");
        return List.of(
                "pve-simulator listening on " + sim.baseUri() + " fingerprint " + sim.fingerprint().orElse("none"),
                sim.product() + " nodes " + String.join(",", sim.nodes()) + "; time scale " + sim.timeScale(),
                "user " + sim.user() + " (password given with --password or the default 'pve-simulator')",
                "token " + token,
                pbs // a backup server lists its one node as localhost
                        ? "try: pve-tasks list localhost --product pbs --url " + sim.baseUri() + pin + " --token '" + token + "'"
                        : "try: pve-tasks list " + sim.nodes().get(0) + " --url " + sim.baseUri() + pin + " --token '" + token
                                + "' --source all");
    }

    /** @return the standalone simulator's usage line */
    public static String usage() {
        return "usage: java -jar pve-tasks-simulator.jar [--product pve|pbs] [--port N] [--nodes pve1,pve2] [--time-scale X] "
                + "[--user USER@REALM --password P] [--token USER@REALM!ID=SECRET or USER@REALM!ID:SECRET] [--http] [--legacy-errors] "
                + "[--service-model] [--unauthorized-delay MS] [--kind] [--orphan-share 0..1] [--pvestatd-interval MS] "
                + "[--half-written-lines MS] [--index-rotate-bytes N] [--lost-broadcast-share 0..1]";
    }

    private static double doubleValue(String option, String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got '" + v + "'");
        }
    }

    /**
     * @param args the standalone options
     * @return a builder configured from them; unknown or malformed options are errors
     */
    public static PveSimulatorBuilder configure(String[] args) {
        PveSimulatorBuilder b = PveSimulator.builder();
        String user = null;
        String password = null;
        List<String> list = new ArrayList<>(List.of(args));
        for (int i = 0; i < list.size(); i++) {
            String a = list.get(i);
            switch (a) {
                case "--port": b.port(intValue(a, value(list, ++i, a))); break;
                case "--nodes": b.nodes(value(list, ++i, a).split(",")); break;
                case "--time-scale": b.timeScale(positiveScale(a, value(list, ++i, a))); break;
                case "--user": user = value(list, ++i, a); break;
                case "--password": password = value(list, ++i, a); break;
                case "--token": {
                    String[] idAndSecret = token(value(list, ++i, a));
                    b.token(idAndSecret[0], idAndSecret[1]);
                    break;
                }
                case "--http": b.http(); break;
                case "--product": b.product(io.github.pvetasks.core.Product.fromTagValue(value(list, ++i, a))); break;
                case "--legacy-errors": b.errorStyle(ErrorStyle.LEGACY); break;
                case "--service-model": b.serviceModel(Duration.ofMillis(10), Duration.ofMillis(3)); break;
                case "--unauthorized-delay": b.unauthorizedDelay(Duration.ofMillis(intValue(a, value(list, ++i, a)))); break;
                case "--kind": b.kind(); break;
                case "--orphan-share": b.orphanShare(doubleValue(a, value(list, ++i, a))); break;
                case "--pvestatd-interval": b.pvestatdInterval(Duration.ofMillis(intValue(a, value(list, ++i, a)))); break;
                case "--half-written-lines": b.halfWrittenLines(Duration.ofMillis(intValue(a, value(list, ++i, a)))); break;
                case "--index-rotate-bytes": b.indexRotateBytes(intValue(a, value(list, ++i, a))); break;
                case "--lost-broadcast-share": b.lostBroadcastShare(doubleValue(a, value(list, ++i, a))); break;
                default: throw new IllegalArgumentException("unknown option '" + a + "'");
            }
        }
        if (user != null || password != null) {
            if (user == null || password == null) {
                throw new IllegalArgumentException("--user and --password go together");
            }
            b.user(user, password);
        }
        return b;
    }

    /**
     * A token in either product's form: {@code USER@REALM!ID=SECRET} (Proxmox VE) or
     * {@code USER@REALM!ID:SECRET} (Proxmox Backup Server); a token id holds neither character.
     */
    static String[] token(String t) {
        int bang = t.indexOf('!');
        int sep = -1;
        for (int i = bang + 1; bang > 0 && i < t.length(); i++) {
            if (t.charAt(i) == '=' || t.charAt(i) == ':') {
                sep = i;
                break;
            }
        }
        if (sep < 0 || sep == bang + 1 || sep == t.length() - 1) {
            throw new IllegalArgumentException("--token needs USER@REALM!ID=SECRET (Proxmox VE) or USER@REALM!ID:SECRET "
                    + "(Proxmox Backup Server), got " + (bang > 0 ? "'" + t.substring(0, bang) + "!...' without an id and a secret"
                    : "a value without '!'"));
        }
        return new String[] {t.substring(0, sep), t.substring(sep + 1)};
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    private static int intValue(String option, String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, got '" + v + "'");
        }
    }

    /** Over HTTP nothing can advance a frozen clock, so a standalone simulator needs time that moves. */
    private static double positiveScale(String option, String v) {
        double scale;
        try {
            scale = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got '" + v + "'");
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException(option + " must be more than 0 (its tasks would never end), got '" + v + "'");
        }
        return scale;
    }
}
