package io.github.pvetasks.core.spi;

import java.util.concurrent.CompletableFuture;

/**
 * The port every HTTP adapter implements: move one exchange's bytes. Adapters do no JSON, no
 * authentication and no retries; core does all of that once for every transport.
 *
 * <p>Contract (checked by the testkit's {@code PveTransportContract}):
 * <ul>
 *   <li>thread-safe; {@link #send} never blocks the caller and never throws;</li>
 *   <li>any HTTP status completes the future normally, with the reason phrase when the
 *       underlying client can read it;</li>
 *   <li>an I/O failure, a timeout or a body over the size limit completes it exceptionally
 *       with {@link io.github.pvetasks.core.PveTransportException};</li>
 *   <li>every future completes, at the latest when the request timeout passes or on {@link #close()}.</li>
 * </ul>
 */
public interface PveTransport extends AutoCloseable {

    /**
     * @param request the prepared request
     * @return the response, or a {@link io.github.pvetasks.core.PveTransportException} failure
     */
    CompletableFuture<PveResponse> send(PveRequest request);

    /** @return a short name for logs, such as {@code jdk} */
    String name();

    /** Releases what the transport created itself; resources the caller handed in stay open. */
    @Override
    void close();
}
