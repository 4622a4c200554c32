package io.github.pvetasks.jdbc;

import io.github.pvetasks.core.WaitPolicy;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A wait policy as a durable watch stores it: its timeout, longest interval, rules, and the first
 * {@link #DELAYS} delays of its backoff (a backoff is code, and code does not outlive a process;
 * later polls use the last stored delay, which is where the default and every exponential backoff
 * have stopped growing by then). A jittered backoff is stored with the delays it drew.
 */
final class PolicySnapshot {

    /** How many of the backoff's delays are stored. */
    static final int DELAYS = 12;

    private PolicySnapshot() {
    }

    /** @return the policy as one line of text, at most a few hundred characters */
    static String encode(WaitPolicy p) {
        StringBuilder delays = new StringBuilder();
        for (int i = 0; i < DELAYS; i++) {
            delays.append(i == 0 ? "" : ",").append(Math.max(1, p.backoff().delay(i).toMillis()));
        }
        return "v1;timeout=" + p.timeout().toMillis() + ";longest=" + p.longestInterval().toMillis()
                + ";warnings=" + p.warningsAreSuccess() + ";stop=" + p.stopTaskOnTimeout()
                + ";retry=" + p.retryTransientErrors() + ";grace=" + p.noSuchTaskGrace().toMillis() + ";delays=" + delays;
    }

    /**
     * @return the policy the text describes
     * @throws IllegalArgumentException for text this version cannot read, quoting it
     */
    static WaitPolicy decode(String text) {
        Map<String, String> f = new HashMap<>();
        String[] parts = text.split(";");
        if (parts.length == 0 || !parts[0].equals("v1")) {
            throw new IllegalArgumentException("unreadable stored wait policy '" + text + "'");
        }
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq > 0) {
                f.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
            }
        }
        try {
            long[] delays = Arrays.stream(f.get("delays").split(",")).mapToLong(Long::parseLong).toArray();
            return WaitPolicy.builder()
                    .timeout(Duration.ofMillis(Long.parseLong(f.get("timeout"))))
                    .backoff(attempt -> Duration.ofMillis(delays[Math.min(attempt, delays.length - 1)]))
                    .longestInterval(Duration.ofMillis(Long.parseLong(f.get("longest"))))
                    .warningsAreSuccess(Boolean.parseBoolean(f.get("warnings")))
                    .stopTaskOnTimeout(Boolean.parseBoolean(f.get("stop")))
                    .retryTransientErrors(Boolean.parseBoolean(f.get("retry")))
                    .noSuchTaskGrace(Duration.ofMillis(Long.parseLong(f.get("grace"))))
                    .build();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unreadable stored wait policy '" + text + "'", e);
        }
    }

    /**
     * How many polls a watch has had after {@code watched} of watching, by its backoff: a durable
     * watch does not write a row per poll, so its place on the backoff is read off the time.
     */
    static int attemptsAfter(WaitPolicy p, Duration watched) {
        long left = watched.toMillis();
        int attempt = 0;
        while (attempt < DELAYS && left >= 0) {
            left -= p.backoff().delay(attempt).toMillis();
            if (left >= 0) {
                attempt++;
            }
        }
        return attempt;
    }
}
