/**
 * The Vert.x 5 transport; found by ServiceLoader as {@code vertx}. Vert.x 5 is a named module
 * ({@code io.vertx.core}) only from Java 21 on (its descriptor is in META-INF/versions/21), so
 * this descriptor is too: on Java 17 this jar is the automatic module of the same name.
 */
module io.github.pvetasks.transport.vertx {
    requires transitive io.github.pvetasks.core;
    /** The builder takes a caller's {@code Vertx} and {@code HttpClient}. */
    requires transitive io.vertx.core;
    requires io.netty.transport;
    requires org.slf4j;

    exports io.github.pvetasks.transport.vertx;

    provides io.github.pvetasks.core.spi.PveTransportProvider with io.github.pvetasks.transport.vertx.VertxPveTransportProvider;
}
