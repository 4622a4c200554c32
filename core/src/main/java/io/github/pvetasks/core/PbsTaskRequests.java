package io.github.pvetasks.core;

import io.github.pvetasks.core.spi.HttpMethod;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Typed requests for the Proxmox Backup Server jobs whose tasks users watch most: verify, garbage
 * collection, prune and pull sync. Start them with a client built with
 * {@code PveClient.builder().product(Product.PBS)}; each knows the worker type it starts.
 */
public final class PbsTaskRequests {

    /** PBS's {@code SAFE_ID}: datastore and remote names. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._\\-]{2,31}");

    private PbsTaskRequests() {
    }

    /**
     * {@code POST /admin/datastore/{store}/verify}: checks every snapshot's chunks; logs
     * {@code percentage done: N% (i/n groups)}. Options: {@code ignore-verified}, {@code outdated-after}, {@code ns}.
     *
     * @param store the datastore
     * @return the request, starting a {@code verify} task
     */
    public static TaskRequest verify(String store) {
        return datastore(store, "verify").startingTypes(List.of("verify"));
    }

    /**
     * {@code POST /admin/datastore/{store}/gc}: garbage collection in two phases (mark, sweep),
     * logging {@code marked N%} and {@code processed N%}.
     *
     * @param store the datastore
     * @return the request, starting a {@code garbage_collection} task
     */
    public static TaskRequest garbageCollection(String store) {
        return datastore(store, "gc").startingTypes(List.of("garbage_collection"));
    }

    /**
     * {@code POST /admin/datastore/{store}/prune-datastore}: prunes by the retention options
     * ({@code keep-daily}, {@code keep-weekly}, ...). A prune never checks for an abort: a stop
     * request does not end it.
     *
     * @param store the datastore
     * @return the request, starting a {@code prune} task
     */
    public static TaskRequest prune(String store) {
        return datastore(store, "prune-datastore").startingTypes(List.of("prune"));
    }

    /**
     * {@code POST /pull}: pulls a remote datastore into a local one; logs {@code percentage done}.
     *
     * @param store the local datastore
     * @param remote the remote's name
     * @param remoteStore the datastore on the remote
     * @return the request, starting a {@code sync} task
     */
    public static TaskRequest pull(String store, String remote, String remoteStore) {
        return TaskRequest.of(HttpMethod.POST, List.of("pull")).with("store", safeId(store, "datastore"))
                .with("remote", safeId(remote, "remote")).with("remote-store", safeId(remoteStore, "remote datastore"))
                .startingTypes(List.of("sync"));
    }

    private static TaskRequest datastore(String store, String action) {
        return TaskRequest.of(HttpMethod.POST, List.of("admin", "datastore", safeId(store, "datastore"), action));
    }

    private static String safeId(String value, String what) {
        PveIdentifiers.requireNonNull(value, what + " name");
        if (!SAFE_ID.matcher(value).matches()) {
            throw new IllegalArgumentException("invalid " + what + " name '" + value
                    + "': 3 to 32 of letters, digits, '_', '.', '-', not starting with '.' or '-'");
        }
        return value;
    }
}
