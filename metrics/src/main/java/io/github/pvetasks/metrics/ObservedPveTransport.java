package io.github.pvetasks.metrics;

import io.github.pvetasks.core.spi.PveRequest;
import io.github.pvetasks.core.spi.PveResponse;
import io.github.pvetasks.core.spi.ForwardingPveTransport;
import io.github.pvetasks.core.spi.PveTransport;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.ObservationRegistry;

import java.util.concurrent.CompletableFuture;

/**
 * Wraps any {@link PveTransport} and makes every HTTP exchange an {@link Observation} named
 * {@code pve.http.client.requests}, with the keys of the timer of the same name ({@code method},
 * {@code uri} template, {@code status}, {@code outcome}). An exchange started while an
 * observation is current (a user's own task observation, opened in scope) becomes its child, so a
 * trace shows the calls under the work that made them. Linked to {@link PveTaskObservations}
 * ({@link #withTaskObservations}), a watched task's own requests (status, log, stop) become
 * children of its observation; the node lists serve many tasks at once and stay unattributed.
 */
public final class ObservedPveTransport extends ForwardingPveTransport {

    /** What an exchange's observation knows. */
    public static final class Context extends Observation.Context {
        private final PveRequest request;
        private volatile PveResponse response;

        Context(PveRequest request) {
            this.request = request;
        }

        /** @return the request */
        public PveRequest request() {
            return request;
        }

        /** @return the response's status, or {@code IO_ERROR} when none came (yet) */
        public String status() {
            PveResponse r = response;
            return r == null ? "IO_ERROR" : Integer.toString(r.status());
        }
    }

    /** The default names and keys; replace with {@link #wrap(PveTransport, ObservationRegistry, ObservationConvention)}. */
    public static class Convention implements ObservationConvention<Context> {
        @Override
        public String getName() {
            return PveMeterNames.HTTP_CLIENT_REQUESTS;
        }

        @Override
        public String getContextualName(Context c) {
            return c.request().method().name() + " " + UriTemplates.of(c.request().path());
        }

        @Override
        public KeyValues getLowCardinalityKeyValues(Context c) {
            PveResponse r = c.response;
            return KeyValues.of("method", c.request().method().name(), "uri", UriTemplates.of(c.request().path()), "status", c.status(),
                    "outcome", r == null ? RequestOutcomes.noAnswer() : RequestOutcomes.forStatus(r.status()));
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
            return context instanceof Context;
        }
    }

    private static final java.util.regex.Pattern UPID = java.util.regex.Pattern.compile("UPID(:|%3A)[^/?]+");

    private final ObservationRegistry registry;
    private final ObservationConvention<Context> convention;
    private final java.util.function.Function<io.github.pvetasks.core.Upid, java.util.Optional<Observation>> tasks;

    private ObservedPveTransport(PveTransport delegate, ObservationRegistry registry, ObservationConvention<Context> convention,
                                 java.util.function.Function<io.github.pvetasks.core.Upid, java.util.Optional<Observation>> tasks) {
        super(delegate);
        this.registry = registry;
        this.convention = convention;
        this.tasks = tasks;
    }

    /**
     * Links the task observations, so that a watched task's own requests (status, log, stop)
     * become children of its observation and a trace shows the polls under their task. The
     * monitor needs the client and the observations need the monitor, so the link is a lookup,
     * such as {@code upid -> observations.get().observationOf(upid)} over a reference set later.
     *
     * @param lookup the open observation of a task's watch, if any
     * @return a copy that links them
     */
    public ObservedPveTransport withTaskObservations(
            java.util.function.Function<io.github.pvetasks.core.Upid, java.util.Optional<Observation>> lookup) {
        return new ObservedPveTransport(delegate(), registry, convention, Arguments.requireNonNull(lookup, "task observation lookup"));
    }

    /**
     * @param delegate the transport to observe; closing the wrapper closes it
     * @param registry where observations go
     * @return the observed transport
     */
    public static ObservedPveTransport wrap(PveTransport delegate, ObservationRegistry registry) {
        return wrap(delegate, registry, new Convention());
    }

    /**
     * @param delegate the transport to observe; closing the wrapper closes it
     * @param registry where observations go
     * @param convention the names and keys to use
     * @return the observed transport
     */
    public static ObservedPveTransport wrap(PveTransport delegate, ObservationRegistry registry, ObservationConvention<Context> convention) {
        return new ObservedPveTransport(Arguments.requireNonNull(delegate, "transport"),
                Arguments.requireNonNull(registry, "observation registry"), Arguments.requireNonNull(convention, "convention"), null);
    }

    @Override
    public CompletableFuture<PveResponse> send(PveRequest request) {
        Context context = new Context(request);
        Observation o = Observation.createNotStarted(convention, () -> context, registry);
        if (tasks != null) {
            java.util.regex.Matcher m = UPID.matcher(request.path());
            if (m.find()) {
                try {
                    String upid = java.net.URLDecoder.decode(m.group(), java.nio.charset.StandardCharsets.UTF_8);
                    tasks.apply(io.github.pvetasks.core.Upid.parse(upid)).ifPresent(o::parentObservation);
                } catch (IllegalArgumentException notAUpid) {
                    // not a task's path after all: no parent
                }
            }
        }
        o.start();
        CompletableFuture<PveResponse> f;
        try {
            f = delegate().send(request);
        } catch (RuntimeException e) {
            o.error(e);
            o.stop();
            throw e;
        }
        return f.whenComplete((response, failure) -> {
            context.response = response;
            if (failure != null) {
                o.error(failure);
            }
            o.stop();
        });
    }


}
