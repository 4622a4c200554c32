package io.github.pvetasks.core.internal;

/** The argument check of this module's API: a null is refused by name, never an NPE later. */
public final class Arguments {

    private Arguments() {
    }

    /**
     * @param value the value to check
     * @param what what the value is, for the message
     * @param <T> the value's type
     * @return {@code value}
     * @throws IllegalArgumentException naming {@code what} when value is null
     */
    public static <T> T requireNonNull(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        return value;
    }
}
