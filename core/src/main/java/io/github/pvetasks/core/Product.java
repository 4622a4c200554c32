package io.github.pvetasks.core;

/**
 * Which Proxmox product a server or a task belongs to. The two share the task model (UPIDs,
 * status, logs, exit statuses) but differ in the details a client must get right: the UPID's
 * fields, how an API token is written, the ticket cookie's name, the port, and the shapes of
 * lists, logs and errors.
 */
public enum Product {

    /** Proxmox VE: port 8006, {@code PVEAPIToken=user@realm!name=secret}, cookie {@code PVEAuthCookie}. */
    PVE("pve", 8006, "PVEAPIToken=", '=', "PVEAuthCookie"),

    /**
     * Proxmox Backup Server: port 8007, {@code PBSAPIToken=user@realm!name:secret} (a colon),
     * cookie {@code PBSAuthCookie}; UPIDs carry a task counter and a systemd-escaped worker id.
     */
    PBS("pbs", 8007, "PBSAPIToken=", ':', "PBSAuthCookie");

    private final String tagValue;
    private final int defaultPort;
    private final String tokenPrefix;
    private final char tokenSeparator;
    private final String ticketCookie;

    Product(String tagValue, int defaultPort, String tokenPrefix, char tokenSeparator, String ticketCookie) {
        this.tagValue = tagValue;
        this.defaultPort = defaultPort;
        this.tokenPrefix = tokenPrefix;
        this.tokenSeparator = tokenSeparator;
        this.ticketCookie = ticketCookie;
    }

    /** @return the short lower-case name used in meter tags and on the command line ({@code pve}, {@code pbs}) */
    public String tagValue() {
        return tagValue;
    }

    /** @return the port the product's API listens on by default */
    public int defaultPort() {
        return defaultPort;
    }

    /**
     * @param tokenId the token's id, {@code user@realm!name}
     * @param secret the token's secret
     * @return the {@code Authorization} header value; contains the secret, so never log it
     */
    public String tokenHeader(String tokenId, String secret) {
        return tokenPrefix + tokenId + tokenSeparator + secret;
    }

    /** @return the name of the cookie that carries a ticket */
    public String ticketCookie() {
        return ticketCookie;
    }

    /**
     * @param name {@code pve} or {@code pbs}, in any case
     * @return the product
     * @throws IllegalArgumentException naming the value when it is neither
     */
    public static Product fromTagValue(String name) {
        PveIdentifiers.requireNonNull(name, "product name");
        for (Product p : values()) {
            if (p.tagValue.equalsIgnoreCase(name.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown product '" + name + "': expected pve or pbs");
    }
}
