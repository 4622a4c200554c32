package io.github.pvetasks.core.internal;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.Product;
import io.github.pvetasks.core.ServerVersion;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskApi;
import io.github.pvetasks.core.spi.HttpMethod;
import io.github.pvetasks.core.spi.PveTransport;
import io.github.pvetasks.core.spi.TransportOptions;

import java.time.Clock;
import java.time.Duration;

/** The client behind {@link PveClient#builder()}. */
public final class DefaultPveClient implements PveClient {

    /** No call waits longer than this for its transport, whatever the transport does. */
    static final Duration CALL_DEADLINE = Duration.ofMinutes(5);

    private final PveTransport transport;
    private final boolean ownsTransport;
    private final TaskApi tasks;
    private final Product product;
    private final ApiCaller caller;

    private DefaultPveClient(PveTransport transport, boolean ownsTransport, TaskApi tasks, Product product, ApiCaller caller) {
        this.transport = transport;
        this.ownsTransport = ownsTransport;
        this.tasks = tasks;
        this.product = product;
        this.caller = caller;
    }

    /**
     * @param transport the transport to send through
     * @param ownsTransport whether {@link #close()} closes it
     * @param credentials how to authenticate
     * @param product the server's product
     * @param clock for ticket ages and observation times
     * @param ticketRenewalAge when to renew tickets
     * @return the client
     */
    public static PveClient create(PveTransport transport, boolean ownsTransport, Credentials credentials,
            Product product, Clock clock, Duration ticketRenewalAge) {
        ApiCaller caller = new ApiCaller(transport, CALL_DEADLINE);
        if (credentials instanceof Credentials.ApiToken) {
            caller.authenticator(new TokenAuthenticator((Credentials.ApiToken) credentials, product));
        } else {
            caller.authenticator(new TicketAuthenticator((Credentials.UserPassword) credentials, product, clock, ticketRenewalAge,
                    (segments, params) -> caller.callUnauthenticated(HttpMethod.POST, segments, params)
                            .thenApply(root -> root.get("data"))));
        }
        return new DefaultPveClient(transport, ownsTransport, new DefaultTaskApi(caller, clock, product), product, caller);
    }

    /**
     * @param options the options for a discovered transport
     * @return a transport from the class path
     */
    public static PveTransport discoverTransport(TransportOptions options) {
        return discoverTransport(options, System.getProperty(TransportResolver.PROPERTY));
    }

    /**
     * @param options the transport's options
     * @param provider the provider's name, or null for the system property's or the best one
     * @return a transport the caller owns
     */
    public static PveTransport discoverTransport(TransportOptions options, String provider) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        String name = provider != null ? provider : System.getProperty(TransportResolver.PROPERTY);
        return TransportResolver.resolve(options, loader != null ? loader : DefaultPveClient.class.getClassLoader(), name);
    }

    @Override
    public TaskApi tasks() {
        return tasks;
    }

    @Override
    public Product product() {
        return product;
    }

    @Override
    public java.util.concurrent.CompletableFuture<ServerVersion> versionAsync() {
        return caller.call(HttpMethod.GET, java.util.List.of("version"), java.util.Map.of())
                .thenApply(root -> JsonCodec.serverVersion(JsonCodec.data(root, "GET /version")));
    }

    @Override
    public ServerVersion version() {
        return Futures.await(versionAsync());
    }

    @Override
    public PveTransport transport() {
        return transport;
    }

    @Override
    public void close() {
        if (ownsTransport) {
            transport.close();
        }
    }

    @Override
    public String toString() {
        return "PveClient[transport=" + transport.name() + "]";
    }
}
