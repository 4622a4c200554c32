package io.github.pvetasks.core.spi;


/**
 * A transport that wraps another (to time, observe or count its exchanges): it owns the wrapped
 * one, so closing it closes that one, and it keeps that one's name. Subclasses implement
 * {@link #send} and call {@link #delegate()}.
 */
public abstract class ForwardingPveTransport implements PveTransport {

    private final PveTransport delegate;

    /**
     * @param delegate the wrapped transport, owned from now on
     * @throws IllegalArgumentException when it is null
     */
    protected ForwardingPveTransport(PveTransport delegate) {
        if (delegate == null) {
            throw new IllegalArgumentException("transport must not be null");
        }
        this.delegate = delegate;
    }

    /** @return the wrapped transport */
    protected final PveTransport delegate() {
        return delegate;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
