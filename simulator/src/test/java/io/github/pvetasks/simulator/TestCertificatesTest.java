package io.github.pvetasks.simulator;

import org.junit.jupiter.api.Test;

import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestCertificatesTest {

    @Test
    void selfSignedCertificatesVerifyAndNameLocalhost() throws Exception {
        TestCertificates.Issued c = TestCertificates.selfSigned("pve-simulator");
        X509Certificate cert = c.certificate();
        cert.checkValidity();
        cert.verify(cert.getPublicKey());
        assertThat(cert.getSubjectX500Principal().getName()).isEqualTo("CN=pve-simulator");
        assertThat(cert.getSubjectAlternativeNames().stream().map(l -> String.valueOf(l.get(1)))).contains("localhost", "127.0.0.1");
        assertThat(c.fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(c.pem()).startsWith("-----BEGIN CERTIFICATE-----\n");
        assertThat(c.keyManagerFactory().getKeyManagers()).isNotEmpty();
    }

    @Test
    void aCaIssuesCertificatesThatPkixAccepts() throws Exception {
        TestCertificates.Issued ca = TestCertificates.certificateAuthority("Test CA");
        TestCertificates.Issued server = TestCertificates.issue(ca, "pve1");
        server.certificate().verify(ca.certificate().getPublicKey());
        assertThat(ca.certificate().getBasicConstraints()).isGreaterThanOrEqualTo(0);

        X509TrustManager tm = trustManager(ca.certificate());
        tm.checkServerTrusted(server.chain().toArray(new X509Certificate[0]), "ECDHE_ECDSA");
        X509Certificate stranger = TestCertificates.selfSigned("stranger").certificate();
        assertThatThrownBy(() -> tm.checkServerTrusted(new X509Certificate[] {stranger}, "ECDHE_ECDSA"))
                .isInstanceOf(CertificateException.class);
        assertThat(server.chain()).hasSize(2);
        assertThat(List.of(server.fingerprint())).doesNotContain(ca.fingerprint());
    }

    private static X509TrustManager trustManager(X509Certificate ca) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setCertificateEntry("ca", ca);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        return (X509TrustManager) tmf.getTrustManagers()[0];
    }
}
