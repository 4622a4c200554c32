package io.github.pvetasks.metrics;

import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

import java.util.Locale;

/**
 * Names and keys of the observation of a watched task: name {@code pve.task}, low-cardinality
 * keys product, node, type and outcome, and the UPID as the only high-cardinality key. Replace it
 * with {@link PveTaskObservations.Builder#convention}; extend it to add keys.
 */
public class PveTaskObservationConvention implements ObservationConvention<PveTaskObservationContext> {

    /** The observation's name (a timer of this name when metrics handle it). */
    public static final String NAME = "pve.task";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(PveTaskObservationContext context) {
        return "pve task " + context.upid().type();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(PveTaskObservationContext context) {
        return KeyValues.of("product", context.upid().product().tagValue(), "node", context.upid().node(),
                "type", context.upid().type(), "outcome", context.outcome().map(o -> o.tagValue()).orElse("unknown"));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(PveTaskObservationContext context) {
        return KeyValues.of("upid", context.upid().toString());
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
        return context instanceof PveTaskObservationContext;
    }
}
