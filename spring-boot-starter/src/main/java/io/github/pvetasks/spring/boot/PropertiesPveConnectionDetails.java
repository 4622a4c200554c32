package io.github.pvetasks.spring.boot;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.spi.TlsTrust;
import org.springframework.boot.ssl.SslBundles;

import java.security.KeyStore;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The connection details read from {@code pve-tasks.servers.*}. Every mistake is an exception
 * naming the server and the property, never its secret.
 */
final class PropertiesPveConnectionDetails implements PveConnectionDetails {

    private final Map<String, Server> servers;

    PropertiesPveConnectionDetails(PveTasksProperties properties, SslBundles sslBundles) {
        Map<String, Server> out = new LinkedHashMap<>();
        properties.getServers().forEach((name, s) -> out.put(name, server(name, s, sslBundles)));
        this.servers = java.util.Collections.unmodifiableMap(out);
    }

    @Override
    public Map<String, Server> servers() {
        return servers;
    }

    static Server server(String name, PveTasksProperties.Server s, SslBundles sslBundles) {
        String prefix = "pve-tasks.servers." + name + ".";
        if (s.getUrl() == null) {
            throw new IllegalArgumentException(prefix + "url is required, such as https://pve1.example.com:8006");
        }
        return new Server(s.getUrl(), credentials(prefix, s), trust(prefix, s, sslBundles), s.getProduct(),
                s.getTransport().name().toLowerCase(Locale.ROOT), s.getConnectTimeout(), s.getRequestTimeout(), s.getNodes());
    }

    private static Credentials credentials(String prefix, PveTasksProperties.Server s) {
        boolean token = s.getToken() != null && !s.getToken().isBlank();
        boolean user = s.getUser() != null && !s.getUser().isBlank();
        if (token && user) {
            throw new IllegalArgumentException(prefix + "token and " + prefix + "user are both set: use one");
        }
        if (token) {
            try {
                return Credentials.apiToken(s.getToken().strip());
            } catch (IllegalArgumentException e) {
                // the core's message names the token's problem without its secret
                throw new IllegalArgumentException(prefix + "token: " + e.getMessage(), e);
            }
        }
        if (user) {
            if (s.getPassword() == null || s.getPassword().isEmpty()) {
                throw new IllegalArgumentException(prefix + "password is required with " + prefix + "user");
            }
            return Credentials.password(s.getUser().strip(), s.getPassword());
        }
        throw new IllegalArgumentException(prefix + "token (USER@REALM!ID=SECRET) or " + prefix + "user and password are required");
    }

    private static TlsTrust trust(String prefix, PveTasksProperties.Server s, SslBundles sslBundles) {
        boolean pin = s.getFingerprint() != null && !s.getFingerprint().isBlank();
        boolean bundle = s.getSslBundle() != null && !s.getSslBundle().isBlank();
        if (pin && bundle) {
            throw new IllegalArgumentException(prefix + "fingerprint and " + prefix + "ssl-bundle are both set: use one");
        }
        if (pin) {
            try {
                return TlsTrust.fingerprint(s.getFingerprint().strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(prefix + "fingerprint: " + e.getMessage(), e);
            }
        }
        if (bundle) {
            if (sslBundles == null) {
                throw new IllegalArgumentException(prefix + "ssl-bundle '" + s.getSslBundle() + "' is set, but the application has no SSL bundles");
            }
            KeyStore trustStore = sslBundles.getBundle(s.getSslBundle().strip()).getStores().getTrustStore();
            if (trustStore == null) {
                throw new IllegalArgumentException(prefix + "ssl-bundle '" + s.getSslBundle() + "' has no trust store");
            }
            return TlsTrust.customCa(trustStore);
        }
        return TlsTrust.system();
    }
}
