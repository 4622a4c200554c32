package io.github.pvetasks.spring.boot;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.Product;
import io.github.pvetasks.core.spi.TlsTrust;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Where the servers are and how to reach them: from {@code pve-tasks.servers.*} by default, or
 * from a bean of this type (the test starter points the clients at the embedded simulator this
 * way), as Spring Boot's own connection details work.
 */
public interface PveConnectionDetails extends ConnectionDetails {

    /** @return each server's connection, by name, in a stable order */
    Map<String, Server> servers();

    /**
     * One server's connection. {@code toString()} never shows a secret.
     *
     * @param url the API endpoint
     * @param credentials a token or a user and password
     * @param trust how to trust the server's certificate
     * @param product Proxmox VE or Proxmox Backup Server
     * @param transport the transport's name ({@code jdk}, {@code vertx})
     * @param connectTimeout the connect timeout
     * @param requestTimeout the whole request's timeout
     * @param nodes the nodes this server reads in a shared monitor; empty for all of its product
     */
    record Server(URI url, Credentials credentials, TlsTrust trust, Product product, String transport,
            Duration connectTimeout, Duration requestTimeout, List<String> nodes) {

        /**
         * @param url the API endpoint
         * @param credentials a token or a user and password
         * @param trust how to trust the server's certificate
         * @param product Proxmox VE or Proxmox Backup Server
         * @param transport the transport's name
         * @param connectTimeout the connect timeout
         * @param requestTimeout the whole request's timeout
         * @param nodes the nodes this server reads
         */
        public Server {
            if (url == null || credentials == null || trust == null || product == null || transport == null
                    || connectTimeout == null || requestTimeout == null || nodes == null) {
                throw new IllegalArgumentException("a server's url, credentials, trust, product, transport, timeouts and "
                        + "nodes must not be null (url " + url + ")");
            }
            nodes = List.copyOf(nodes);
        }

        /**
         * @param url the API endpoint
         * @param credentials a token or a user and password
         * @param trust how to trust the server's certificate
         * @param product Proxmox VE or Proxmox Backup Server
         * @return a server with the JDK transport, 10 s to connect, 30 s a request, every node
         */
        public static Server of(URI url, Credentials credentials, TlsTrust trust, Product product) {
            return new Server(url, credentials, trust, product, "jdk", Duration.ofSeconds(10), Duration.ofSeconds(30), List.of());
        }
    }
}
