/** The JDK HttpClient transport: no dependency beyond the JDK; found by ServiceLoader as {@code jdk}. */
module io.github.pvetasks.transport.jdk {
    requires transitive io.github.pvetasks.core;
    /** The builder takes a caller's {@code HttpClient}. */
    requires transitive java.net.http;
    requires org.slf4j;

    exports io.github.pvetasks.transport.jdk;

    provides io.github.pvetasks.core.spi.PveTransportProvider with io.github.pvetasks.transport.jdk.JdkPveTransportProvider;
}
