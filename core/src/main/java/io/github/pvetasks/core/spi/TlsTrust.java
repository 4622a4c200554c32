package io.github.pvetasks.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Which server certificates a transport accepts. Verification is on by default
 * ({@link #system()}); a self-signed Proxmox VE certificate is best handled by pinning its
 * SHA-256 fingerprint, as the node's certificate panel shows it; {@link #insecure()} exists but
 * must be asked for explicitly, and transports log a warning when they use it.
 */
public sealed interface TlsTrust {

    /** @return trust the JDK's default trust store, and check host names */
    static TlsTrust system() {
        return SystemTrust.INSTANCE;
    }

    /**
     * Trust certificates issued by these CAs (for example the cluster's
     * {@code /etc/pve/pve-root-ca.pem}), and check host names.
     *
     * @param certificates the CA certificates, at least one
     * @return the trust setting
     */
    static TlsTrust customCa(Collection<X509Certificate> certificates) {
        return new CustomCa(certificates);
    }

    /**
     * @param pemFile a PEM file with one or more CA certificates
     * @return the trust setting
     * @throws IllegalArgumentException naming the file when it cannot be read or holds no certificate
     */
    static TlsTrust customCa(Path pemFile) {
        if (pemFile == null) {
            throw new IllegalArgumentException("CA file must not be null");
        }
        try (InputStream in = Files.newInputStream(pemFile)) {
            List<X509Certificate> certs = new ArrayList<>();
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certs.add((X509Certificate) c);
            }
            if (certs.isEmpty()) {
                throw new IllegalArgumentException("CA file " + pemFile + " holds no certificate");
            }
            return new CustomCa(certs);
        } catch (IOException | CertificateException e) {
            throw new IllegalArgumentException("cannot read CA certificates from " + pemFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param keyStore a loaded key store whose certificate entries are the trusted CAs
     * @return the trust setting
     * @throws IllegalArgumentException when the store holds no X.509 certificate
     */
    static TlsTrust customCa(KeyStore keyStore) {
        if (keyStore == null) {
            throw new IllegalArgumentException("CA key store must not be null");
        }
        try {
            List<X509Certificate> certs = new ArrayList<>();
            for (String alias : Collections.list(keyStore.aliases())) {
                Certificate c = keyStore.getCertificate(alias);
                if (c instanceof X509Certificate) {
                    certs.add((X509Certificate) c);
                }
            }
            return new CustomCa(certs);
        } catch (KeyStoreException e) {
            throw new IllegalArgumentException("cannot read the CA key store: " + e.getMessage(), e);
        }
    }

    /**
     * Accept exactly the certificate with this SHA-256 fingerprint, whatever its issuer, validity
     * or host name, and nothing else.
     *
     * @param fingerprint 32 bytes in hex, as Proxmox VE shows it ({@code AB:CD:...}); colons
     *        optional, case ignored
     * @return the trust setting
     */
    static TlsTrust fingerprint(String fingerprint) {
        return new PinnedFingerprint(fingerprint);
    }

    /** @return accept any certificate: for throw-away test setups only */
    static TlsTrust insecure() {
        return Insecure.INSTANCE;
    }

    /** Trust the JDK's default trust store. */
    final class SystemTrust implements TlsTrust {
        private static final SystemTrust INSTANCE = new SystemTrust();

        private SystemTrust() {
        }

        @Override
        public String toString() {
            return "TlsTrust.system";
        }
    }

    /** Trust certificates issued by given CAs. */
    final class CustomCa implements TlsTrust {
        private final List<X509Certificate> certificates;

        private CustomCa(Collection<X509Certificate> certificates) {
            if (certificates == null || certificates.isEmpty()) {
                throw new IllegalArgumentException("custom CA trust needs at least one certificate");
            }
            for (X509Certificate c : certificates) {
                if (c == null) {
                    throw new IllegalArgumentException("custom CA certificates must not contain null");
                }
            }
            this.certificates = List.copyOf(certificates);
        }

        /** @return the trusted CA certificates */
        public List<X509Certificate> certificates() {
            return certificates;
        }

        @Override
        public String toString() {
            return "TlsTrust.customCa(" + certificates.size() + " certificates)";
        }
    }

    /** Accept exactly one certificate, identified by its SHA-256 fingerprint. */
    final class PinnedFingerprint implements TlsTrust {
        private final byte[] sha256;

        private PinnedFingerprint(String text) {
            if (text == null) {
                throw new IllegalArgumentException("certificate fingerprint must not be null");
            }
            String hex = text.strip().replace(":", "");
            if (hex.length() != 64 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                throw new IllegalArgumentException("invalid SHA-256 certificate fingerprint '" + text
                        + "': expected 32 hex bytes such as 'AB:CD:...' (64 hex digits)");
            }
            this.sha256 = HexFormat.of().parseHex(hex);
        }

        /** @return the fingerprint as Proxmox VE shows it: upper-case hex bytes joined by ':' */
        public String fingerprint() {
            return format(sha256);
        }

        /**
         * @param certificate a server certificate
         * @return true exactly when its SHA-256 fingerprint is the pinned one
         */
        public boolean matches(X509Certificate certificate) {
            return certificate != null && MessageDigest.isEqual(sha256, sha256Of(certificate));
        }

        /**
         * @param certificate a certificate
         * @return its SHA-256 fingerprint in Proxmox VE's format
         */
        public static String fingerprintOf(X509Certificate certificate) {
            return format(sha256Of(certificate));
        }

        private static byte[] sha256Of(X509Certificate certificate) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
                throw new IllegalStateException("cannot compute a certificate fingerprint", e);
            }
        }

        private static String format(byte[] bytes) {
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(bytes).toUpperCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return "TlsTrust.fingerprint(" + fingerprint() + ")";
        }
    }

    /** Accept any certificate. */
    final class Insecure implements TlsTrust {
        private static final Insecure INSTANCE = new Insecure();

        private Insecure() {
        }

        @Override
        public String toString() {
            return "TlsTrust.insecure";
        }
    }
}
