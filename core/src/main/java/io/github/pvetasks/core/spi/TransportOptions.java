package io.github.pvetasks.core.spi;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Where and how a transport connects: the server's base URI, TLS trust, timeouts, an optional
 * HTTP proxy and the largest response body to accept.
 *
 * <p>Immutable. Defaults: system trust, 10 s connect timeout, 60 s request timeout (a task stop
 * may block up to ~5 s on the server, a failed login 3 s), no proxy, 32 MiB response limit.
 */
public final class TransportOptions {

    private final URI baseUri;
    private final TlsTrust tlsTrust;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final InetSocketAddress proxy;
    private final long maxResponseBytes;

    private TransportOptions(Builder b) {
        this.baseUri = b.baseUri;
        this.tlsTrust = b.tlsTrust;
        this.connectTimeout = b.connectTimeout;
        this.requestTimeout = b.requestTimeout;
        this.proxy = b.proxy;
        this.maxResponseBytes = b.maxResponseBytes;
    }

    /**
     * @param baseUri the server, such as {@code https://pve1.example.com:8006}
     * @return a builder with the defaults
     */
    public static Builder builder(URI baseUri) {
        return new Builder(baseUri);
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder(baseUri).tlsTrust(tlsTrust).connectTimeout(connectTimeout)
                .requestTimeout(requestTimeout).maxResponseBytes(maxResponseBytes);
        b.proxy = proxy;
        return b;
    }

    /** @return the server's base URI: scheme, host and port, no path */
    public URI baseUri() {
        return baseUri;
    }

    /** @return which certificates to accept */
    public TlsTrust tlsTrust() {
        return tlsTrust;
    }

    /** @return the longest time to open a connection */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** @return the longest time for a whole exchange, from sending to the last body byte */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** @return the HTTP proxy to tunnel through */
    public Optional<InetSocketAddress> proxy() {
        return Optional.ofNullable(proxy);
    }

    /** @return the largest response body accepted; larger bodies fail the exchange */
    public long maxResponseBytes() {
        return maxResponseBytes;
    }

    @Override
    public String toString() {
        return "TransportOptions[" + baseUri + ", " + tlsTrust + ", connect=" + connectTimeout
                + ", request=" + requestTimeout + (proxy == null ? "" : ", proxy=" + proxy)
                + ", maxResponseBytes=" + maxResponseBytes + "]";
    }

    /** Builds {@link TransportOptions}; every setter checks its value at once. */
    public static final class Builder {
        private final URI baseUri;
        private TlsTrust tlsTrust = TlsTrust.system();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private InetSocketAddress proxy;
        private long maxResponseBytes = 32L * 1024 * 1024;

        private Builder(URI baseUri) {
            this.baseUri = checkBaseUri(baseUri);
        }

        private static URI checkBaseUri(URI uri) {
            if (uri == null) {
                throw new IllegalArgumentException("base URI must not be null");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                throw new IllegalArgumentException("base URI '" + uri + "' must use https (or http), such as https://pve1:8006");
            }
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("base URI '" + uri + "' has no host");
            }
            if (uri.getUserInfo() != null) {
                throw new IllegalArgumentException("base URI must not carry credentials; use the client's authentication settings");
            }
            String path = uri.getRawPath();
            if ((path != null && !path.isEmpty() && !path.equals("/")) || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("base URI '" + uri + "' must have no path, query or fragment (the API path is added by the client)");
            }
            return URI.create(scheme + "://" + uri.getRawAuthority());
        }

        /**
         * @param trust which certificates to accept
         * @return this builder
         */
        public Builder tlsTrust(TlsTrust trust) {
            if (trust == null) {
                throw new IllegalArgumentException("TLS trust must not be null");
            }
            this.tlsTrust = trust;
            return this;
        }

        /**
         * Shorthand for {@code tlsTrust(TlsTrust.fingerprint(fingerprint))}.
         *
         * @param fingerprint the server certificate's SHA-256 fingerprint, {@code AB:CD:...}
         * @return this builder
         */
        public Builder fingerprint(String fingerprint) {
            return tlsTrust(TlsTrust.fingerprint(fingerprint));
        }

        /**
         * @param timeout the longest time to open a connection, positive
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connect timeout");
            return this;
        }

        /**
         * @param timeout the longest time for a whole exchange, positive
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "request timeout");
            return this;
        }

        /**
         * @param host the proxy host
         * @param port the proxy port, 1 to 65535
         * @return this builder
         */
        public Builder proxy(String host, int port) {
            if (host == null || host.isBlank() || port < 1 || port > 65535) {
                throw new IllegalArgumentException("invalid proxy '" + host + ":" + port + "'");
            }
            this.proxy = InetSocketAddress.createUnresolved(host, port);
            return this;
        }

        /**
         * @param max the largest response body to accept, at least 1 KiB
         * @return this builder
         */
        public Builder maxResponseBytes(long max) {
            if (max < 1024) {
                throw new IllegalArgumentException("maximum response size must be at least 1024 bytes, got " + max);
            }
            this.maxResponseBytes = max;
            return this;
        }

        /** @return the options */
        public TransportOptions build() {
            return new TransportOptions(this);
        }

        private static Duration positive(Duration d, String what) {
            if (d == null || d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(what + " must be positive, got " + d);
            }
            return d;
        }
    }
}
