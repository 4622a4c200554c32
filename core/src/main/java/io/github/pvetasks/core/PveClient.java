package io.github.pvetasks.core;

import io.github.pvetasks.core.internal.DefaultPveClient;
import io.github.pvetasks.core.spi.PveTransport;
import io.github.pvetasks.core.spi.TlsTrust;
import io.github.pvetasks.core.spi.TransportOptions;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The entry point: a thread-safe client for one Proxmox VE cluster (any node's API can reach
 * every node), or for one Proxmox Backup Server with {@link Builder#product(Product)
 * product(Product.PBS)}. Build one per server and share it; close it when done.
 *
 * <pre>{@code
 * try (PveClient client = PveClient.builder()
 *         .baseUri("https://pve1.example.com:8006")
 *         .credentials(Credentials.apiToken("automation@pve!ci", System.getenv("PVE_TOKEN_SECRET")))
 *         .tlsTrust(TlsTrust.fingerprint("AB:CD:..."))
 *         .build()) {
 *     Upid upid = client.tasks().start(TaskRequests.cloneVm("pve1", 100, 123).with("name", "web-1"));
 *     TaskStatus status = client.tasks().status(upid);
 * }
 * }</pre>
 */
public interface PveClient extends AutoCloseable {

    /** @return the task API */
    TaskApi tasks();

    /** @return the product this client talks to */
    Product product();

    /**
     * {@code GET /version}: the cheapest authenticated read, so a health check of the server,
     * its certificate pin and the credentials.
     *
     * @return the server's version; fails as any call does (transport, authentication, API errors)
     */
    java.util.concurrent.CompletableFuture<ServerVersion> versionAsync();

    /**
     * Blocking twin of {@link #versionAsync()}.
     *
     * @return the server's version
     */
    ServerVersion version();

    /** @return the transport this client sends through */
    PveTransport transport();

    /** Closes the transport if the client created it; a transport handed to the builder stays open. */
    @Override
    void close();

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PveClient}. Base URI and credentials are required. */
    final class Builder {
        private URI baseUri;
        private Credentials credentials;
        private PveTransport transport;
        private TlsTrust tlsTrust;
        private Consumer<TransportOptions.Builder> transportCustomizer = b -> { };
        private String transportProvider;
        private Clock clock = Clock.systemUTC();
        private Duration ticketRenewalAge = Duration.ofHours(1);
        private Product product = Product.PVE;
        private java.util.function.UnaryOperator<PveTransport> transportDecorator = java.util.function.UnaryOperator.identity();

        private Builder() {
        }

        /**
         * Which product the server is. For {@link Product#PBS Proxmox Backup Server} the client
         * writes tokens as {@code PBSAPIToken=user@realm!name:secret}, sends tickets in
         * {@code PBSAuthCookie}, reads PBS's plain-text error bodies, translates log offsets (PBS
         * pages from line {@code start}, not after it) and task queries (no {@code source} or
         * {@code vmid}; several status filters as repeated keys); {@code clusterTasks} is
         * refused (PBS has no cluster). Task starts, status and stop work the same.
         *
         * @param product the server's product (default {@link Product#PVE})
         * @return this builder
         */
        public Builder product(Product product) {
            this.product = PveIdentifiers.requireNonNull(product, "product");
            return this;
        }

        /**
         * @param baseUri the API endpoint of any cluster node, such as {@code https://pve1:8006}
         * @return this builder
         */
        public Builder baseUri(URI baseUri) {
            this.baseUri = PveIdentifiers.requireNonNull(baseUri, "base URI");
            TransportOptions.builder(baseUri); // fail now, naming the bad URI
            return this;
        }

        /**
         * @param baseUri the API endpoint, such as {@code https://pve1:8006}
         * @return this builder
         */
        public Builder baseUri(String baseUri) {
            PveIdentifiers.requireNonNull(baseUri, "base URI");
            try {
                return baseUri(URI.create(baseUri));
            } catch (IllegalArgumentException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("base URI")) {
                    throw e;
                }
                throw new IllegalArgumentException("invalid base URI '" + baseUri + "': " + e.getMessage(), e);
            }
        }

        /**
         * @param credentials an API token or a user and password
         * @return this builder
         */
        public Builder credentials(Credentials credentials) {
            this.credentials = PveIdentifiers.requireNonNull(credentials, "credentials");
            return this;
        }

        /**
         * Sends through this transport instead of discovering one; the client leaves it open on
         * close. Its own options (base URI, TLS) then apply, and {@link #tlsTrust} is ignored.
         *
         * @param transport a transport owned by the caller
         * @return this builder
         */
        public Builder transport(PveTransport transport) {
            this.transport = PveIdentifiers.requireNonNull(transport, "transport");
            return this;
        }

        /**
         * Names the discovered transport to use ({@code jdk}, {@code vertx}, or a custom
         * provider's name) instead of the highest-priority one on the class path; unlike the
         * {@code pvetasks.transport} system property it concerns this client alone.
         *
         * @param name the provider's name
         * @return this builder
         */
        public Builder transportProvider(String name) {
            PveIdentifiers.requireNonNull(name, "transport provider name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("transport provider name must not be blank");
            }
            this.transportProvider = name.strip();
            return this;
        }

        /**
         * @param trust which server certificates to accept (default: the system trust store)
         * @return this builder
         */
        public Builder tlsTrust(TlsTrust trust) {
            this.tlsTrust = PveIdentifiers.requireNonNull(trust, "TLS trust");
            return this;
        }

        /**
         * Adjusts the options of a discovered transport (timeouts, proxy, response limit).
         *
         * @param customizer called with the options builder before the transport is created
         * @return this builder
         */
        public Builder transportOptions(Consumer<TransportOptions.Builder> customizer) {
            this.transportCustomizer = PveIdentifiers.requireNonNull(customizer, "transport options customizer");
            return this;
        }

        /**
         * @param clock the clock for ticket ages and observation times (tests use a fixed one)
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = PveIdentifiers.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How old a ticket may get before it is renewed; tickets live 2 h.
         *
         * @param age between 1 minute and 110 minutes (default 1 h)
         * @return this builder
         */
        public Builder ticketRenewalAge(Duration age) {
            PveIdentifiers.requireNonNull(age, "ticket renewal age");
            if (age.compareTo(Duration.ofMinutes(1)) < 0 || age.compareTo(Duration.ofMinutes(110)) > 0) {
                throw new IllegalArgumentException("ticket renewal age must be between 1 and 110 minutes, got " + age);
            }
            this.ticketRenewalAge = age;
            return this;
        }

        /**
         * Wraps the transport this builder discovers (metering, observation, counting); called
         * once per {@link #build()}, and composed with any decorator set before. A transport
         * handed to {@link #transport(PveTransport)} is the caller's own and is not wrapped.
         *
         * @param decorator takes the discovered transport, returns the one the client uses; the
         *                  client closes what it returns
         * @return this builder
         */
        public Builder transportDecorator(java.util.function.UnaryOperator<PveTransport> decorator) {
            PveIdentifiers.requireNonNull(decorator, "transport decorator");
            java.util.function.UnaryOperator<PveTransport> before = this.transportDecorator;
            this.transportDecorator = t -> decorator.apply(before.apply(t));
            return this;
        }

        /**
         * @return the client
         * @throws IllegalArgumentException when the base URI or credentials are missing
         * @throws IllegalStateException when no transport is given and none is on the class path
         */
        public PveClient build() {
            if (credentials == null) {
                throw new IllegalArgumentException("credentials are required: Credentials.apiToken(...) or Credentials.password(...)");
            }
            if (transport != null) {
                return DefaultPveClient.create(transport, false, credentials, product, clock, ticketRenewalAge);
            }
            if (baseUri == null) {
                throw new IllegalArgumentException("base URI is required, such as https://pve1:8006");
            }
            TransportOptions.Builder options = TransportOptions.builder(baseUri);
            if (tlsTrust != null) {
                options.tlsTrust(tlsTrust);
            }
            transportCustomizer.accept(options);
            PveTransport discovered = DefaultPveClient.discoverTransport(options.build(), transportProvider);
            PveTransport decorated = transportDecorator.apply(discovered);
            if (decorated == null) {
                discovered.close();
                throw new IllegalArgumentException("the transport decorator returned no transport");
            }
            return DefaultPveClient.create(decorated, true, credentials, product, clock, ticketRenewalAge);
        }
    }
}
