package io.github.pvetasks.spring.boot;

import io.github.pvetasks.core.Product;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * pve-tasks settings under {@code pve-tasks.*}: the servers (Proxmox VE clusters and Proxmox
 * Backup Servers) by name, the monitor, and the metrics and observation switches. Secrets
 * ({@code token}, {@code password}) are masked in the actuator's {@code /env} and
 * {@code /configprops}, whatever {@code show-values} says.
 */
@ConfigurationProperties("pve-tasks")
public class PveTasksProperties {

    /** The servers, by a name of your choosing. A single server is also the primary client. */
    private Map<String, Server> servers = new LinkedHashMap<>();

    /** The task monitor. */
    private final Monitor monitor = new Monitor();

    /** Micrometer meters for tasks, the monitor and HTTP exchanges. */
    private final Toggle metrics = new Toggle();

    /** Micrometer Observations (spans with a tracing bridge) for tasks and HTTP exchanges. */
    private final Toggle observations = new Toggle();

    /** @return the servers by name */
    public Map<String, Server> getServers() {
        return servers;
    }

    /** @param servers the servers by name */
    public void setServers(Map<String, Server> servers) {
        this.servers = servers;
    }

    /** @return the monitor's settings */
    public Monitor getMonitor() {
        return monitor;
    }

    /** @return the metrics switch */
    public Toggle getMetrics() {
        return metrics;
    }

    /** @return the observations switch */
    public Toggle getObservations() {
        return observations;
    }

    /** Which transport a server's client uses. */
    public enum Transport {
        /** The JDK's HttpClient (pve-tasks-transport-jdk): the default, and the one for Boot applications. */
        JDK,
        /** Vert.x 5 (pve-tasks-transport-vertx), which needs Netty 4.2.18 or later on the class path. */
        VERTX
    }

    /** One server: where, how to log in, how to trust its certificate. */
    public static class Server {
        /** The API endpoint, such as https://pve1.example.com:8006 (8007 for a backup server). */
        private URI url;
        /** An API token, USER@REALM!ID=SECRET (a backup server's USER@REALM!ID:SECRET works too). */
        private String token;
        /** A user for ticket login, such as root@pam; with password, instead of a token. */
        private String user;
        /** The user's password. */
        private String password;
        /** The SHA-256 fingerprint of the server's certificate (AB:CD:...), for a self-signed node. */
        private String fingerprint;
        /** An SSL bundle whose trust store holds the CA that signed the server's certificate. */
        private String sslBundle;
        /** Proxmox VE or Proxmox Backup Server. */
        private Product product = Product.PVE;
        /** The transport; the JDK's by default. */
        private Transport transport = Transport.JDK;
        /** How long to wait for a connection. */
        private Duration connectTimeout = Duration.ofSeconds(10);
        /** How long one request may take in all, body included. */
        private Duration requestTimeout = Duration.ofSeconds(30);
        /**
         * The nodes whose tasks this server's API reads, when several servers of the same
         * product share one monitor; empty means every node of its product not named elsewhere.
         */
        private List<String> nodes = new ArrayList<>();

        /** @return the API endpoint */
        public URI getUrl() {
            return url;
        }

        /** @param url the API endpoint */
        public void setUrl(URI url) {
            this.url = url;
        }

        /** @return the API token, secret included */
        public String getToken() {
            return token;
        }

        /** @param token the API token */
        public void setToken(String token) {
            this.token = token;
        }

        /** @return the user for ticket login */
        public String getUser() {
            return user;
        }

        /** @param user the user for ticket login */
        public void setUser(String user) {
            this.user = user;
        }

        /** @return the password */
        public String getPassword() {
            return password;
        }

        /** @param password the password */
        public void setPassword(String password) {
            this.password = password;
        }

        /** @return the certificate's SHA-256 fingerprint */
        public String getFingerprint() {
            return fingerprint;
        }

        /** @param fingerprint the certificate's SHA-256 fingerprint */
        public void setFingerprint(String fingerprint) {
            this.fingerprint = fingerprint;
        }

        /** @return the SSL bundle's name */
        public String getSslBundle() {
            return sslBundle;
        }

        /** @param sslBundle the SSL bundle's name */
        public void setSslBundle(String sslBundle) {
            this.sslBundle = sslBundle;
        }

        /** @return the product */
        public Product getProduct() {
            return product;
        }

        /** @param product the product */
        public void setProduct(Product product) {
            this.product = product;
        }

        /** @return the transport */
        public Transport getTransport() {
            return transport;
        }

        /** @param transport the transport */
        public void setTransport(Transport transport) {
            this.transport = transport;
        }

        /** @return the connect timeout */
        public Duration getConnectTimeout() {
            return connectTimeout;
        }

        /** @param connectTimeout the connect timeout */
        public void setConnectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        /** @return the request timeout */
        public Duration getRequestTimeout() {
            return requestTimeout;
        }

        /** @param requestTimeout the request timeout */
        public void setRequestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
        }

        /** @return the nodes this server reads, when it matters */
        public List<String> getNodes() {
            return nodes;
        }

        /** @param nodes the nodes this server reads */
        public void setNodes(List<String> nodes) {
            this.nodes = nodes;
        }
    }

    /** The monitor's settings. */
    public static class Monitor {
        /** Whether to create the task monitor. */
        private boolean enabled = true;
        /** Requests in flight per node, at most. */
        private int maxInFlightPerNode = 4;

        /** @return whether the monitor is created */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether the monitor is created */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return the requests in flight per node, at most */
        public int getMaxInFlightPerNode() {
            return maxInFlightPerNode;
        }

        /** @param maxInFlightPerNode the requests in flight per node, at most */
        public void setMaxInFlightPerNode(int maxInFlightPerNode) {
            this.maxInFlightPerNode = maxInFlightPerNode;
        }
    }

    /** A switch. */
    public static class Toggle {
        /** Whether this part is on (when its registry is present). */
        private boolean enabled = true;

        /** @return whether this part is on */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether this part is on */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
