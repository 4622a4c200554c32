package io.github.pvetasks.core.internal;

import io.github.pvetasks.core.spi.PveTransport;
import io.github.pvetasks.core.spi.PveTransportProvider;
import io.github.pvetasks.core.spi.TransportOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Picks a transport from the class path: the provider named by the system property
 * {@value #PROPERTY}; otherwise the highest priority, ties broken by name with a warning.
 */
public final class TransportResolver {

    /** The system property that names the transport to use. */
    public static final String PROPERTY = "pvetasks.transport";

    private static final Logger LOG = LoggerFactory.getLogger(TransportResolver.class);

    private TransportResolver() {
    }

    /**
     * @param options the options for the transport
     * @param loader where to look for providers
     * @return a new transport
     * @throws IllegalStateException when there is no provider, or the named one is missing
     */
    public static PveTransport resolve(TransportOptions options, ClassLoader loader) {
        return resolve(options, loader, System.getProperty(PROPERTY));
    }

    /**
     * @param options the options for the transport
     * @param loader where to look for providers
     * @param name the provider to use, or null or blank for the best one
     * @return a new transport
     * @throws IllegalStateException when there is no provider, or the named one is missing
     */
    public static PveTransport resolve(TransportOptions options, ClassLoader loader, String name) {
        return choose(load(loader), name).create(options);
    }

    static List<PveTransportProvider> load(ClassLoader loader) {
        List<PveTransportProvider> providers = new ArrayList<>();
        ServiceLoader.load(PveTransportProvider.class, loader).forEach(providers::add);
        return providers;
    }

    static PveTransportProvider choose(List<PveTransportProvider> providers, String requested) {
        if (providers.isEmpty()) {
            throw new IllegalStateException("no pve-tasks transport on the class path: add the dependency "
                    + "io.github.pvetasks:pve-tasks-transport-jdk (or pve-tasks-transport-vertx), "
                    + "or pass a transport to PveClient.builder().transport(...)");
        }
        String names = providers.stream().map(PveTransportProvider::name).sorted().collect(Collectors.joining(", "));
        if (requested != null && !requested.isBlank()) {
            return providers.stream().filter(p -> p.name().equals(requested.strip())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("transport '" + requested + "' is not on the class path; available: "
                            + names));
        }
        List<PveTransportProvider> sorted = new ArrayList<>(providers);
        sorted.sort(Comparator.comparingInt(PveTransportProvider::priority).reversed()
                .thenComparing(PveTransportProvider::name));
        PveTransportProvider best = sorted.get(0);
        if (sorted.size() > 1 && sorted.get(1).priority() == best.priority()) {
            LOG.warn("transports {} share priority {}; using '{}'. Set -D{}=<name> to choose.",
                    names, best.priority(), best.name(), PROPERTY);
        }
        return best;
    }
}
