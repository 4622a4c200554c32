package io.github.pvetasks.jdbc;

/** The argument check of this module's API: a null is refused by name, never an NPE later. */
final class Arguments {

    private Arguments() {
    }

    static <T> T requireNonNull(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        return value;
    }

    /** @return {@code name} when it is 1 to 100 letters, digits, '-', '_', '.' or '#' */
    static String requireName(String name, String what) {
        requireNonNull(name, what);
        if (!name.matches("[A-Za-z0-9_.#-]{1,100}")) {
            throw new IllegalArgumentException(what + " must be 1 to 100 letters, digits, '-', '_', '.' or '#', got '" + name + "'");
        }
        return name;
    }
}
