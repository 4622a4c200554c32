package io.github.pvetasks.core.spi;

/** The HTTP methods the Proxmox VE API uses. */
public enum HttpMethod {
    /** Read. */
    GET,
    /** Create or start. */
    POST,
    /** Change. */
    PUT,
    /** Delete or stop. */
    DELETE
}
