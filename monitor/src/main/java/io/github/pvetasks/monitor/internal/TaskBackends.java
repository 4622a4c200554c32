package io.github.pvetasks.monitor.internal;

import io.github.pvetasks.core.Product;
import io.github.pvetasks.core.PveClient;

/** Makes the {@link TaskBackend} that reads one server's tasks, by the client's product. */
public final class TaskBackends {

    private TaskBackends() {
    }

    /**
     * @param client the server's client
     * @param server the server's name in events and meters ({@code pve}, {@code pbs}, {@code pve#2})
     * @return the backend that reads its tasks
     */
    public static TaskBackend of(PveClient client, String server) {
        return client.product() == Product.PBS ? new PbsTaskBackend(client.tasks(), server)
                : new PveTaskBackend(client.tasks(), server);
    }
}
