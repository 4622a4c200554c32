package io.github.pvetasks.core.spi;

import java.util.concurrent.CompletableFuture;

/**
 * The port every HTTP adapter implements: move one exchange's bytes. Adapters do no JSON and no
 * authentication; core does those once for every transport.
 *
 * <p>An adapter should be only a translation of its native client: give a
 * {@link TransportPolicy} one attempt and a {@link TransportPolicy.Exchange#classify classify}
 * of native failures into {@link io.github.pvetasks.core.PveTransportException.Kind kinds}, and
 * delegate {@link #send} and {@link #close} to it. The policy then keeps this contract the same
 * way for every adapter (checked by the testkit's {@code PveTransportContract}):
 * <ul>
 *   <li>thread-safe; {@link #send} never blocks the caller and never throws;</li>
 *   <li>any HTTP status completes the future normally, with the reason phrase when the
 *       underlying client can read it;</li>
 *   <li>an I/O failure, a timeout or a body over the size limit completes it exceptionally
 *       with {@link io.github.pvetasks.core.PveTransportException}, whose kind says whether the
 *       request may have reached the server;</li>
 *   <li>one repetition only: a GET that met a pooled connection the server had already closed
 *       is sent once more; nothing else is repeated, and never a write, which may have started
 *       a task;</li>
 *   <li>every future completes, at the latest 250 ms after the request timeout; a send after
 *       {@link #close()} fails at once, and one in flight when it closes still ends by its deadline.</li>
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
