package io.github.pvetasks.monitor;

import io.github.pvetasks.monitor.internal.TaskBackend;

import io.github.pvetasks.core.Product;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.Upid;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which server's backend reads a task: the one registered for the UPID's node, else the first
 * server of the UPID's product (PVE UPIDs have eight fields, PBS ones nine). Built once; immutable.
 */
final class BackendRouter {

    /** A client, and the nodes it was registered for (none: every node of its product). */
    record Server(PveClient client, List<String> nodes) {
        static Server checked(PveClient client, String... nodes) {
            Arguments.requireNonNull(client, "client");
            Arguments.requireNonNull(nodes, "nodes");
            for (String n : nodes) {
                io.github.pvetasks.core.PveIdentifiers.requireNodeName(n);
            }
            return new Server(client, List.of(nodes));
        }
    }

    private final Map<Product, TaskBackend> byProduct = new EnumMap<>(Product.class);
    private final Map<String, TaskBackend> byNode = new HashMap<>();

    BackendRouter(List<Server> servers) {
        Map<Product, Integer> counts = new EnumMap<>(Product.class);
        for (Server s : servers) {
            Product product = s.client().product();
            int n = counts.merge(product, 1, Integer::sum);
            String name = n == 1 ? product.tagValue() : product.tagValue() + "#" + n;
            TaskBackend backend = io.github.pvetasks.monitor.internal.TaskBackends.of(s.client(), name);
            if (s.nodes().isEmpty()) {
                if (byProduct.putIfAbsent(product, backend) != null) {
                    throw new IllegalArgumentException("a second " + product + " server without node names: give the nodes "
                            + "each extra server answers for, so its tasks can be told apart by their UPID's node");
                }
            }
            for (String node : s.nodes()) {
                if (byNode.putIfAbsent(key(product, node), backend) != null) {
                    throw new IllegalArgumentException("node '" + node + "' is registered for two " + product + " servers");
                }
            }
        }
    }

    private static String key(Product product, String node) {
        return product.tagValue() + ":" + node;
    }

    /**
     * @param upid a task
     * @return the backend that reads it
     * @throws IllegalArgumentException when no server of the task's product (and node) is known
     */
    TaskBackend route(Upid upid) {
        TaskBackend b = byNode.get(key(upid.product(), upid.node()));
        if (b == null) {
            b = byProduct.get(upid.product());
        }
        if (b == null) {
            throw new IllegalArgumentException("no " + upid.product() + " server to watch " + upid + " on: add its client with "
                    + "TaskMonitor.builder(...).server(client)");
        }
        return b;
    }
}
