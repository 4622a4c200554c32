package io.github.pvetasks.metrics;

import io.github.pvetasks.core.spi.PveRequest;
import io.github.pvetasks.core.spi.PveResponse;
import io.github.pvetasks.core.spi.ForwardingPveTransport;
import io.github.pvetasks.core.spi.PveTransport;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import java.util.concurrent.CompletableFuture;

/**
 * Wraps any {@link PveTransport} and times every HTTP exchange as {@code pve.http.client.requests}
 * with tags {@code method}, {@code uri} (a template: {@code /api2/json/nodes/{node}/tasks/{upid}/status}),
 * {@code status} ({@code IO_ERROR} when no answer came) and {@code outcome}.
 *
 * <pre>{@code
 * PveTransport metered = MeteredPveTransport.wrap(JdkPveTransport.builder(options).build(), registry);
 * PveClient client = PveClient.builder().transport(metered).credentials(...).build();
 * }</pre>
 */
public final class MeteredPveTransport extends ForwardingPveTransport {

    private final MeterRegistry registry;
    private final Tags tags;

    private MeteredPveTransport(PveTransport delegate, MeterRegistry registry, Tags tags) {
        super(delegate);
        this.registry = registry;
        this.tags = tags;
    }

    /**
     * @param delegate the transport to time; closing the wrapper closes it
     * @param registry where to record
     * @return the metered transport
     */
    public static MeteredPveTransport wrap(PveTransport delegate, MeterRegistry registry) {
        return wrap(delegate, registry, Tags.empty());
    }

    /**
     * @param delegate the transport to time; closing the wrapper closes it
     * @param registry where to record
     * @param extraTags bounded tags added to every measurement
     * @return the metered transport
     */
    public static MeteredPveTransport wrap(PveTransport delegate, MeterRegistry registry, Tags extraTags) {
        return new MeteredPveTransport(Arguments.requireNonNull(delegate, "transport"),
                Arguments.requireNonNull(registry, "meter registry"), Arguments.requireNonNull(extraTags, "tags"));
    }

    @Override
    public CompletableFuture<PveResponse> send(PveRequest request) {
        Timer.Sample sample = Timer.start(registry);
        CompletableFuture<PveResponse> f;
        try {
            f = delegate().send(request);
        } catch (RuntimeException e) {
            stop(sample, request, null);
            throw e;
        }
        return f.whenComplete((response, failure) -> stop(sample, request, response));
    }

    private void stop(Timer.Sample sample, PveRequest request, PveResponse response) {
        String status = response == null ? "IO_ERROR" : Integer.toString(response.status());
        sample.stop(Timer.builder(PveMeterNames.HTTP_CLIENT_REQUESTS).description("HTTP exchanges with the Proxmox VE API")
                .tags(tags).tag("method", request.method().name()).tag("uri", UriTemplates.of(request.path()))
                .tag("status", status).tag("outcome", response == null ? RequestOutcomes.noAnswer() : RequestOutcomes.forStatus(response.status()))
                .register(registry));
    }


}
