package io.github.pvetasks.transport.vertx;

import io.vertx.core.http.HttpConnection;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Remembers which pooled connections have closed. Vert.x can hand out a pooled connection whose
 * close it has already processed (the server closed it silently just as the pool gave it to a
 * request); a request on it is then never failed and waits out its whole deadline. Seen in about
 * one exchange in a thousand with a server that closes after each answer. Each connection's close
 * is learnt at its first request (both run on its event loop, so no close slips between), and a
 * request given a connection known closed asks the pool for another before it writes a byte.
 * Weak keys: a connection forgotten by Vert.x is forgotten here.
 */
final class ClosedConnections {

    private final Map<HttpConnection, AtomicBoolean> closed = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * @param connection the connection a request was just given
     * @return whether it is known to have closed already
     */
    boolean isClosed(HttpConnection connection) {
        AtomicBoolean flag = closed.get(connection);
        if (flag == null) {
            AtomicBoolean fresh = new AtomicBoolean();
            closed.put(connection, fresh);
            connection.closeHandler(v -> fresh.set(true)); // only this class sets it: one handler per connection
            return false;
        }
        return flag.get();
    }
}
