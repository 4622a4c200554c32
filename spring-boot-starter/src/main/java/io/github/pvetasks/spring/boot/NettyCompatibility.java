package io.github.pvetasks.spring.boot;

/**
 * Fails fast, with the fix in the message, when the Vert.x transport (or anything on Vert.x 5.2)
 * meets a Netty that is too old for it: Spring Boot 4.0.7 manages Netty 4.2.15, and Vert.x
 * 5.2.0 needs 4.2.18 (it fails at class initialisation otherwise, with {@code NoSuchFieldError:
 * QUERY}). The JDK transport, the starter's default, needs no Netty at all.
 */
public final class NettyCompatibility {

    /** The Netty Vert.x 5.2.0 is built against. */
    public static final String REQUIRED = "4.2.18.Final";

    private NettyCompatibility() {
    }

    /**
     * @param why what needs Vert.x, for the message (such as a property)
     * @throws IllegalStateException naming the Netty found, the one needed and how to get it
     */
    public static void requireForVertx(String why) {
        requireForVertx(why, NettyCompatibility.class.getClassLoader());
    }

    static void requireForVertx(String why, ClassLoader loader) {
        String found = nettyVersion(loader);
        if (!hasQueryMethod(loader)) {
            throw new IllegalStateException(why + " needs Vert.x 5.2, which needs Netty " + REQUIRED + " or later; the class path has "
                    + found + " (Spring Boot 4.0.7 manages 4.2.15). Set <netty.version>" + REQUIRED + "</netty.version> in your "
                    + "POM (Boot supports overriding it; with Gradle: ext['netty.version']), or use the JDK transport "
                    + "(pve-tasks.servers.<name>.transport=jdk, the default)");
        }
    }

    /** @return whether Netty's HTTP codec knows the QUERY method (added in 4.2.18, used by Vert.x 5.2) */
    static boolean hasQueryMethod(ClassLoader loader) {
        try {
            Class.forName("io.netty.handler.codec.http.HttpMethod", false, loader).getField("QUERY");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static String nettyVersion(ClassLoader loader) {
        try {
            Class<?> version = Class.forName("io.netty.util.Version", true, loader);
            Object all = version.getMethod("identify").invoke(null);
            Object codec = ((java.util.Map<?, ?>) all).get("netty-codec-http");
            return codec == null ? "Netty of an unknown version" : "Netty " + version.getMethod("artifactVersion").invoke(codec);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "no Netty";
        }
    }
}
