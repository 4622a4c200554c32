package io.github.pvetasks.simulator;

import io.github.pvetasks.core.spi.TlsTrust;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;

/**
 * Certificates for tests, made with the JDK alone: a self-signed server certificate (as a fresh
 * Proxmox VE node has), a certificate authority, and server certificates it issues. Every server
 * certificate names {@code localhost}, {@code 127.0.0.1} and {@code ::1}. Keys are EC P-256.
 */
public final class TestCertificates {

    private static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestCertificates() {
    }

    /** A certificate with its private key. */
    public static final class Issued {
        private final X509Certificate certificate;
        private final PrivateKey privateKey;
        private final List<X509Certificate> chain;

        private Issued(X509Certificate certificate, PrivateKey privateKey, List<X509Certificate> chain) {
            this.certificate = certificate;
            this.privateKey = privateKey;
            this.chain = List.copyOf(chain);
        }

        /** @return the certificate */
        public X509Certificate certificate() {
            return certificate;
        }

        /** @return the private key; test use only */
        public PrivateKey privateKey() {
            return privateKey;
        }

        /** @return the chain a server sends: this certificate, then its issuers */
        public List<X509Certificate> chain() {
            return chain;
        }

        /** @return the SHA-256 fingerprint in Proxmox VE's format ({@code AB:CD:...}) */
        public String fingerprint() {
            return TlsTrust.PinnedFingerprint.fingerprintOf(certificate);
        }

        /** @return the certificate in PEM form */
        public String pem() {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(encoded(certificate))
                    + "\n-----END CERTIFICATE-----\n";
        }

        /** @return a key manager factory that presents this certificate and chain, for a TLS server */
        public KeyManagerFactory keyManagerFactory() {
            try {
                char[] password = "simulator".toCharArray();
                KeyStore ks = KeyStore.getInstance("PKCS12");
                ks.load(null, null);
                ks.setKeyEntry("server", privateKey, password, chain.toArray(new Certificate[0]));
                KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(ks, password);
                return kmf;
            } catch (GeneralSecurityException | java.io.IOException e) {
                throw new IllegalStateException("cannot build a key store for the test certificate", e);
            }
        }

        /** @return a trust setting that trusts this certificate as a CA */
        public TlsTrust asCustomCa() {
            return TlsTrust.customCa(List.of(certificate));
        }
    }

    /**
     * @param commonName the subject's CN
     * @return a self-signed server certificate for localhost
     */
    public static Issued selfSigned(String commonName) {
        KeyPair pair = newKeyPair();
        X509Certificate cert = build(commonName, commonName, pair, pair.getPrivate(), false, true);
        return new Issued(cert, pair.getPrivate(), List.of(cert));
    }

    /**
     * A self-signed certificate that names none of the local addresses: host name checks fail,
     * so only fingerprint pinning (or insecure mode) can accept it.
     *
     * @param commonName the subject's CN, such as {@code pve.example.invalid}
     * @return the certificate
     */
    public static Issued selfSignedForOtherHost(String commonName) {
        KeyPair pair = newKeyPair();
        X509Certificate cert = build(commonName, commonName, pair, pair.getPrivate(), false, false);
        return new Issued(cert, pair.getPrivate(), List.of(cert));
    }

    /**
     * @param commonName the CA's CN
     * @return a certificate authority that can {@link #issue} server certificates
     */
    public static Issued certificateAuthority(String commonName) {
        KeyPair pair = newKeyPair();
        X509Certificate cert = build(commonName, commonName, pair, pair.getPrivate(), true, false);
        return new Issued(cert, pair.getPrivate(), List.of(cert));
    }

    /**
     * @param ca the issuing authority
     * @param commonName the server's CN
     * @return a server certificate for localhost signed by {@code ca}
     */
    public static Issued issue(Issued ca, String commonName) {
        KeyPair pair = newKeyPair();
        String issuer = ca.certificate().getSubjectX500Principal().getName().replaceFirst("^CN=", "");
        X509Certificate cert = build(commonName, issuer, pair, ca.privateKey(), false, true);
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(cert);
        chain.addAll(ca.chain());
        return new Issued(cert, pair.getPrivate(), chain);
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is not available in this JDK", e);
        }
    }

    private static byte[] name(String cn) {
        return Der.sequence(Der.set(Der.sequence(Der.oid("2.5.4.3"), Der.utf8(cn))));
    }

    private static X509Certificate build(String subject, String issuer, KeyPair subjectKeys, PrivateKey signer,
            boolean ca, boolean server) {
        try {
            byte[] algorithm = Der.sequence(Der.oid(ECDSA_WITH_SHA256));
            ZonedDateTime now = ZonedDateTime.now();
            List<byte[]> extensions = new ArrayList<>();
            if (ca) {
                extensions.add(Der.sequence(Der.oid("2.5.29.19"), Der.bool(true),
                        Der.octetString(Der.sequence(Der.bool(true)))));
            }
            if (server) {
                byte[] sans = Der.sequence(
                        Der.implicitPrimitive(2, "localhost".getBytes(StandardCharsets.US_ASCII)),
                        Der.implicitPrimitive(7, InetAddress.getByName("127.0.0.1").getAddress()),
                        Der.implicitPrimitive(7, InetAddress.getByName("::1").getAddress()));
                extensions.add(Der.sequence(Der.oid("2.5.29.17"), Der.octetString(sans)));
            }
            byte[] tbs = Der.sequence(
                    Der.explicit(0, Der.integer(BigInteger.valueOf(2))),
                    Der.integer(new BigInteger(63, RANDOM).add(BigInteger.ONE)),
                    algorithm,
                    name(issuer),
                    Der.sequence(Der.time(now.minusDays(1)), Der.time(now.plusYears(10))),
                    name(subject),
                    subjectKeys.getPublic().getEncoded(),
                    Der.explicit(3, Der.sequence(extensions.toArray(new byte[0][]))));
            Signature sig = Signature.getInstance("SHA256withECDSA");
            sig.initSign(signer);
            sig.update(tbs);
            byte[] der = Der.sequence(tbs, algorithm, Der.bitString(sig.sign()));
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException | UnknownHostException e) {
            throw new IllegalStateException("cannot create a test certificate", e);
        }
    }

    private static byte[] encoded(X509Certificate c) {
        try {
            return c.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
