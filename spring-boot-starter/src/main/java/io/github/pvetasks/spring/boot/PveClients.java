package io.github.pvetasks.spring.boot;

import io.github.pvetasks.core.PveClient;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The auto-configured clients, one per {@code pve-tasks.servers.<name>}: inject this to reach a
 * server by name. With one server, that client is also a {@link PveClient} bean of its own.
 * Closing it closes every client (the context does so after the monitor has stopped).
 */
public final class PveClients implements AutoCloseable {

    private final Map<String, PveClient> clients;
    private final Map<String, PveConnectionDetails.Server> servers;

    /**
     * @param clients the clients by server name
     * @param servers each client's connection, by the same names
     */
    public PveClients(Map<String, PveClient> clients, Map<String, PveConnectionDetails.Server> servers) {
        if (clients == null || servers == null) {
            throw new IllegalArgumentException("clients and servers must not be null");
        }
        this.clients = Collections.unmodifiableMap(new LinkedHashMap<>(clients));
        this.servers = Collections.unmodifiableMap(new LinkedHashMap<>(servers));
    }

    /**
     * @param name a server's name
     * @return its client
     * @throws IllegalArgumentException naming the servers there are, for an unknown name
     */
    public PveClient get(String name) {
        PveClient c = clients.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no pve-tasks server named '" + name + "'; configured: " + clients.keySet());
        }
        return c;
    }

    /** @return the client of the only server, when there is exactly one */
    public Optional<PveClient> only() {
        return clients.size() == 1 ? Optional.of(clients.values().iterator().next()) : Optional.empty();
    }

    /** @return the servers' names, in configuration order */
    public Set<String> names() {
        return clients.keySet();
    }

    /** @return every client by server name, in configuration order */
    public Map<String, PveClient> all() {
        return clients;
    }

    /**
     * @param name a server's name
     * @return how it is reached (never with a secret in its {@code toString()})
     */
    public Optional<PveConnectionDetails.Server> server(String name) {
        return Optional.ofNullable(servers.get(name));
    }

    /** Closes every client. */
    @Override
    public void close() {
        clients.values().forEach(PveClient::close);
    }

    @Override
    public String toString() {
        return "PveClients" + clients.keySet();
    }
}
