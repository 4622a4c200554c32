package io.github.pvetasks.core.spi;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Trust managers for each {@link TlsTrust}, shared by the transport adapters so that every
 * transport verifies certificates in exactly the same way.
 *
 * <ul>
 *   <li>system: the JDK's default trust store; host names checked by the client;</li>
 *   <li>custom CA: PKIX against the given CAs only; host names checked by the client;</li>
 *   <li>fingerprint: the server's own certificate must have the pinned SHA-256, whatever its
 *       issuer, validity or names; host names are deliberately not checked (the pin is stronger);</li>
 *   <li>insecure: anything is accepted.</li>
 * </ul>
 */
public final class TlsTrustManagers {

    private TlsTrustManagers() {
    }

    /**
     * @param trust the trust setting
     * @return a trust manager implementing it
     * @throws IllegalStateException when the JDK's TLS machinery is unavailable
     */
    public static X509TrustManager trustManager(TlsTrust trust) {
        if (trust == null) {
            throw new IllegalArgumentException("TLS trust must not be null");
        }
        try {
            if (trust instanceof TlsTrust.SystemTrust) {
                return fromFactory(null);
            }
            if (trust instanceof TlsTrust.CustomCa) {
                KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
                ks.load(null, null);
                List<X509Certificate> certs = ((TlsTrust.CustomCa) trust).certificates();
                for (int i = 0; i < certs.size(); i++) {
                    ks.setCertificateEntry("ca-" + i, certs.get(i));
                }
                return fromFactory(ks);
            }
            if (trust instanceof TlsTrust.PinnedFingerprint) {
                TlsTrust.PinnedFingerprint pin = (TlsTrust.PinnedFingerprint) trust;
                return new ServerOnly(chain -> checkPin(pin, chain));
            }
            return new ServerOnly(chain -> { }); // insecure: asked for, and warned about by the transports
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot set up TLS trust " + trust + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param trust the trust setting
     * @return a TLS context using {@link #trustManager(TlsTrust)}
     */
    public static SSLContext sslContext(TlsTrust trust) {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {trustManager(trust)}, null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create a TLS context: " + e.getMessage(), e);
        }
    }

    /**
     * @param trust the trust setting
     * @return whether the client itself should check host names (false for pinning and insecure)
     */
    public static boolean checksHostNames(TlsTrust trust) {
        return trust instanceof TlsTrust.SystemTrust || trust instanceof TlsTrust.CustomCa;
    }

    private static X509TrustManager fromFactory(KeyStore ks) throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        for (TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof X509TrustManager) {
                return (X509TrustManager) tm;
            }
        }
        throw new IllegalStateException("the JDK offers no X.509 trust manager");
    }

    /** Accepts the server's chain when {@code check} does, and never a client's. */
    private interface ServerChainCheck {
        void check(X509Certificate[] chain) throws CertificateException;
    }

    private static void checkPin(TlsTrust.PinnedFingerprint pin, X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the server sent no certificate");
        }
        if (!pin.matches(chain[0])) {
            throw new CertificateException("server certificate fingerprint " + TlsTrust.PinnedFingerprint.fingerprintOf(chain[0])
                    + " does not match the pinned " + pin.fingerprint());
        }
    }

    /**
     * Extended, so the JDK does not add its own host name check on top of the pin (or on top of
     * insecure mode): the socket and engine variants are where it would otherwise hook in.
     */
    private static final class ServerOnly extends X509ExtendedTrustManager {
        private final ServerChainCheck check;

        ServerOnly(ServerChainCheck check) {
            this.check = check;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            check.check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            check.check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            check.check(chain);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("client certificates are not checked here");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            throw new CertificateException("client certificates are not checked here");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            throw new CertificateException("client certificates are not checked here");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
