package io.github.pvetasks.cli;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.Product;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.spi.TlsTrust;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/**
 * How to reach a real cluster. Secrets can come from the environment (PVE_TOKEN, PVE_USER,
 * PVE_PASSWORD) so they stay out of shell history.
 */
final class ConnectionOptions {

    @Option(names = "--url", description = "API endpoint, such as https://pve1:8006 (env PVE_URL)", defaultValue = "${env:PVE_URL}")
    String url;

    @Option(names = "--token", description = "API token USER@REALM!ID=SECRET (env PVE_TOKEN)", defaultValue = "${env:PVE_TOKEN}")
    String token;

    @Option(names = "--user", description = "user for ticket login, such as root@pam (env PVE_USER)", defaultValue = "${env:PVE_USER}")
    String user;

    @Option(names = "--password", description = "password (env PVE_PASSWORD; prefer the environment)", defaultValue = "${env:PVE_PASSWORD}")
    String password;

    @Option(names = "--fingerprint", description = "pin the server certificate's SHA-256 fingerprint (AB:CD:...)")
    String fingerprint;

    @Option(names = "--insecure", description = "accept any certificate (warns; prefer --fingerprint)")
    boolean insecure;

    @Option(names = "--transport", description = "${COMPLETION-CANDIDATES} (default: the best on the class path)")
    TransportChoice transport;

    @Option(names = "--product", converter = ProductConverter.class, description = "pve or pbs (default: the task's own, "
            + "else pbs for port 8007, else pve)")
    Product product;

    /** Reads {@code pve}/{@code pbs} in any case. */
    static final class ProductConverter implements picocli.CommandLine.ITypeConverter<Product> {
        @Override
        public Product convert(String value) {
            return Product.fromTagValue(value);
        }
    }

    /**
     * @param tasks the tasks the command is about: their UPIDs say the product when --product does not
     * @return which product the server is
     */
    Product product(Upid... tasks) {
        if (product != null) {
            return product;
        }
        if (tasks.length > 0) {
            return tasks[0].product();
        }
        return url != null && java.net.URI.create(url.strip()).getPort() == Product.PBS.defaultPort() ? Product.PBS : Product.PVE;
    }

    PveClient client(PrintWriter err, Upid... tasks) {
        if (url == null || url.isBlank()) {
            throw new CliException("no server given: use --url https://HOST:8006 (or set PVE_URL)");
        }
        Credentials credentials;
        if (token != null && !token.isBlank()) {
            credentials = Credentials.apiToken(token);
        } else if (user != null && password != null) {
            credentials = Credentials.password(user, password);
        } else {
            throw new CliException("no credentials: use --token USER@REALM!ID=SECRET, or --user and --password (or PVE_TOKEN / PVE_USER + PVE_PASSWORD)");
        }
        PveClient.Builder b = PveClient.builder().baseUri(url).credentials(credentials).product(product(tasks));
        if (transport != null) {
            b.transportProvider(transport.name()); // this client alone: nothing leaks between commands
        }
        if (fingerprint != null) {
            b.tlsTrust(TlsTrust.fingerprint(fingerprint));
        } else if (insecure) {
            err.println("warning: TLS certificate checks are OFF (--insecure); pin the certificate with --fingerprint instead");
            b.tlsTrust(TlsTrust.insecure());
        }
        return b.build();
    }
}
