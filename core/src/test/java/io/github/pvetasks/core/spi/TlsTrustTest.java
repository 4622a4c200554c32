package io.github.pvetasks.core.spi;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TlsTrustTest {

    static final String FP = "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89";

    @Test
    void fingerprintsAcceptPvesFormatAndPlainHexAndNormalise() {
        TlsTrust.PinnedFingerprint a = (TlsTrust.PinnedFingerprint) TlsTrust.fingerprint(FP.toLowerCase());
        TlsTrust.PinnedFingerprint b = (TlsTrust.PinnedFingerprint) TlsTrust.fingerprint(FP.replace(":", ""));
        assertThat(a.fingerprint()).isEqualTo(FP);
        assertThat(b.fingerprint()).isEqualTo(FP);
        assertThat(a.toString()).contains(FP);
    }

    @Test
    void badFingerprintsAreNamed() {
        assertThatThrownBy(() -> TlsTrust.fingerprint("AB:CD")).hasMessageContaining("invalid SHA-256 certificate fingerprint 'AB:CD'");
        assertThatThrownBy(() -> TlsTrust.fingerprint(FP.replace('A', 'Z'))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TlsTrust.fingerprint(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void customCaRejectsEmptyAndNullEntriesClearly() {
        assertThatThrownBy(() -> TlsTrust.customCa(List.of())).hasMessageContaining("at least one certificate");
        List<java.security.cert.X509Certificate> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> TlsTrust.customCa(withNull)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not contain null");
        assertThatThrownBy(() -> TlsTrust.customCa(java.nio.file.Path.of("/nonexistent/ca.pem")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/nonexistent/ca.pem");
    }

    @Test
    void trustManagersExistForEveryMode() {
        assertThat(TlsTrustManagers.trustManager(TlsTrust.system()).getAcceptedIssuers()).isNotEmpty();
        assertThat(TlsTrustManagers.trustManager(TlsTrust.fingerprint(FP))).isNotNull();
        assertThat(TlsTrustManagers.trustManager(TlsTrust.insecure())).isNotNull();
        assertThat(TlsTrustManagers.checksHostNames(TlsTrust.system())).isTrue();
        assertThat(TlsTrustManagers.checksHostNames(TlsTrust.fingerprint(FP))).isFalse();
        assertThatThrownBy(() -> TlsTrustManagers.trustManager(TlsTrust.fingerprint(FP))
                .checkServerTrusted(new java.security.cert.X509Certificate[0], "EC")).hasMessageContaining("no certificate");
    }
}
