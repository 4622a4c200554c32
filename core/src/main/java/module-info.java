/**
 * pve-tasks core: the domain (UPIDs, statuses, exit statuses, wait policies, progress), the
 * task client, auth, and the transport SPI. Jackson and SLF4J are used inside only; no type of
 * theirs is in the API.
 */
module io.github.pvetasks.core {
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    /** {@code @Generated} on the generated request builders: source retention, compile time only. */
    requires static java.compiler;

    exports io.github.pvetasks.core;
    exports io.github.pvetasks.core.requests;
    exports io.github.pvetasks.core.spi;

    uses io.github.pvetasks.core.spi.PveTransportProvider;
}
