package io.github.pvetasks.spring.boot;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Vert.x 5.2 with too old a Netty fails fast, and the message says how to fix it. */
class NettyCompatibilityTest {

    @Test
    void theNettyVertxNeedsPasses() {
        // this module's tests run with Netty 4.2.18 (see its POM)
        assertThatCode(() -> NettyCompatibility.requireForVertx("a test")).doesNotThrowAnyException();
    }

    @Test
    void aNettyWithoutTheQueryMethodIsRefusedWithTheFix() {
        ClassLoader withoutNetty = new FilteredClassLoader("io.netty.");
        assertThatThrownBy(() -> NettyCompatibility.requireForVertx("pve-tasks.servers.lab.transport=vertx", withoutNetty))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pve-tasks.servers.lab.transport=vertx needs Vert.x 5.2, which needs Netty 4.2.18.Final")
                .hasMessageContaining("<netty.version>4.2.18.Final</netty.version>")
                .hasMessageContaining("transport=jdk");
    }
}
