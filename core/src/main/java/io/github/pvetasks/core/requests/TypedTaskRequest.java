package io.github.pvetasks.core.requests;

import io.github.pvetasks.core.EndpointRequest;
import io.github.pvetasks.core.TaskEndpoint;
import io.github.pvetasks.core.TaskEndpoints;
import io.github.pvetasks.core.TaskRequest;
import io.github.pvetasks.core.spi.HttpMethod;

/**
 * The base of the generated typed builders ({@link GuestRequests}, {@link ContainerRequests},
 * {@link StorageRequests}, {@link CephRequests}, {@link NodeRequests}, {@link ClusterRequests},
 * {@link AccessRequests}): required parameters are the factory's arguments, optional ones are
 * named setters, and every value is checked by the endpoint's facts as it is set. Not
 * thread-safe; {@link #build()} returns an immutable {@link TaskRequest} that knows its worker types.
 *
 * @param <T> the concrete builder, for chaining
 */
public abstract class TypedTaskRequest<T extends TypedTaskRequest<T>> {

    private final TaskEndpoint endpoint;
    private final EndpointRequest request;

    /**
     * @param method the endpoint's method
     * @param path the endpoint's path template
     */
    protected TypedTaskRequest(HttpMethod method, String path) {
        this.endpoint = TaskEndpoints.pve().find(method, path)
                .orElseThrow(() -> new IllegalStateException("the facts table has no " + method + " " + path));
        this.request = endpoint.request();
    }

    /** @return this builder, typed */
    @SuppressWarnings("unchecked")
    private T self() {
        return (T) this;
    }

    /**
     * @param name a parameter of the endpoint
     * @param value its value
     * @return this builder
     * @throws IllegalArgumentException when the endpoint's facts refuse the value
     */
    protected final T set(String name, String value) {
        request.set(name, value);
        return self();
    }

    /**
     * @param name a parameter
     * @param value a number
     * @return this builder
     */
    protected final T set(String name, long value) {
        request.set(name, value);
        return self();
    }

    /**
     * @param name a parameter
     * @param value a number
     * @return this builder
     */
    protected final T set(String name, double value) {
        request.set(name, value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value));
        return self();
    }

    /**
     * @param name a parameter
     * @param value a boolean, sent as 1 or 0
     * @return this builder
     */
    protected final T set(String name, boolean value) {
        request.set(name, value);
        return self();
    }

    /** @return the endpoint this builder calls */
    public final TaskEndpoint endpoint() {
        return endpoint;
    }

    /**
     * @return the checked request
     * @throws IllegalArgumentException naming every required parameter left out
     */
    public final TaskRequest build() {
        return request.build();
    }
}
