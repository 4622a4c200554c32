package io.github.pvetasks.simulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** The active faults; picks which one hits a request. Thread-safe. */
final class FaultPlan {

    private static final class Active {
        final Fault fault;
        int remaining;

        Active(Fault fault) {
            this.fault = fault;
            this.remaining = fault.times();
        }
    }

    private final List<Active> active = new ArrayList<>();
    private final Random random;
    private final java.util.concurrent.atomic.AtomicLong hits = new java.util.concurrent.atomic.AtomicLong();

    FaultPlan(long seed) {
        this.random = new Random(seed);
    }

    synchronized void add(Fault f) {
        active.add(new Active(f));
    }

    long hits() {
        return hits.get();
    }

    synchronized void clear() {
        active.clear();
    }

    /** @return the first matching fault of one of the kinds, consuming one of its uses */
    synchronized Optional<Fault> draw(Endpoint endpoint, Optional<String> node, Fault.Kind... kinds) {
        Iterator<Active> it = active.iterator();
        while (it.hasNext()) {
            Active a = it.next();
            if (!List.of(kinds).contains(a.fault.kind()) || !a.fault.matches(endpoint, node)) {
                continue;
            }
            if (a.fault.probability() < 1.0 && random.nextDouble() >= a.fault.probability()) {
                continue;
            }
            if (a.remaining > 0 && --a.remaining == 0) {
                it.remove();
            }
            hits.incrementAndGet();
            return Optional.of(a.fault);
        }
        return Optional.empty();
    }
}
