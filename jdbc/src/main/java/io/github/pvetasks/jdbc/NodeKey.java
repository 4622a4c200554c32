package io.github.pvetasks.jdbc;

/**
 * The name of one node's cycle, {@code server|node}: the db-scheduler task instance that polls
 * that node. Server names and node names cannot hold a '|', so the key splits back unambiguously.
 */
final class NodeKey {

    private NodeKey() {
    }

    static String of(String server, String node) {
        return server + "|" + node;
    }

    static String server(String key) {
        return key.substring(0, key.indexOf('|'));
    }

    static String node(String key) {
        return key.substring(key.indexOf('|') + 1);
    }
}
