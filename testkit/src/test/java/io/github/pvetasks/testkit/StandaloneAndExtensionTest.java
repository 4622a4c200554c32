package io.github.pvetasks.testkit;

import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.PveSimulatorMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StandaloneAndExtensionTest {

    @RegisterExtension
    static final PveSimulatorExtension PVE = PveSimulatorExtension.with(b -> b.nodes("alpha", "beta").http());

    @Test
    void theExtensionInjectsARunningSimulator(PveSimulator sim) throws Exception {
        assertThat(sim).isSameAs(PVE.simulator());
        assertThat(sim.nodes()).containsExactly("alpha", "beta");
        assertThat(sim.baseUri().getScheme()).isEqualTo("http");
        assertThat(sim.timeScale()).isZero();
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        sim.baseUri().resolve("/api2/json/nodes/alpha/tasks"))
                .header("Authorization", "PVEAPIToken=" + sim.tokenId() + "=" + sim.tokenSecret()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"data\":[]}");
    }

    @Test
    void theStandaloneOptionsConfigureTheSimulatorAndTheFirstLineSaysWhereItListens() {
        PveSimulator sim = PveSimulatorMain.configure(new String[] {"--port", "0", "--nodes", "n1,n2,n3", "--time-scale", "120",
                "--user", "admin@pve", "--password", "s3cret", "--token", "admin@pve!ci=tok-secret"}).start();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PveSimulatorMain.announce(sim, new PrintStream(out, true, StandardCharsets.UTF_8));
            String first = out.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
            assertThat(first).matches("pve-simulator listening on https://127\\.0\\.0\\.1:\\d+ fingerprint ([0-9A-F]{2}:){31}[0-9A-F]{2}");
            assertThat(sim.nodes()).containsExactly("n1", "n2", "n3");
            assertThat(sim.timeScale()).isEqualTo(120);
            assertThat(sim.user()).isEqualTo("admin@pve");
            assertThat(sim.tokenId()).isEqualTo("admin@pve!ci");
            assertThat(sim.tokenSecret()).isEqualTo("tok-secret");
        } finally {
            sim.close();
        }
    }

    @Test
    void aBackupServerTakesItsOwnTokenFormAndPrintsACommandThatWorksAsPasted() {
        PveSimulator sim = PveSimulatorMain.configure(new String[] {"--product", "pbs", "--port", "0", "--time-scale", "60",
                "--token", "ci@pbs!auto:pbs-secret"}).start();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PveSimulatorMain.announce(sim, new PrintStream(out, true, StandardCharsets.UTF_8));
            String shown = out.toString(StandardCharsets.UTF_8);
            assertThat(sim.tokenId()).isEqualTo("ci@pbs!auto");
            assertThat(sim.tokenSecret()).isEqualTo("pbs-secret");
            assertThat(shown).contains("token ci@pbs!auto:pbs-secret")
                    .contains("try: pve-tasks list localhost --product pbs --url " + sim.baseUri() + " --fingerprint "
                            + sim.fingerprint().orElseThrow() + " --token 'ci@pbs!auto:pbs-secret'");
        } finally {
            sim.close();
        }
        PveSimulator pve = PveSimulatorMain.configure(new String[] {"--port", "0", "--token", "a@pve!b=c"}).start();
        try {
            assertThat(PveSimulatorMain.announcement(pve)).anySatisfy(l -> assertThat(l).contains("--token 'a@pve!b=c' --source all"));
        } finally {
            pve.close();
        }
    }

    @Test
    void badOptionsAreNamed() {
        assertThatThrownBy(() -> PveSimulatorMain.configure(new String[] {"--port", "x"})).hasMessageContaining("--port needs a whole number");
        assertThatThrownBy(() -> PveSimulatorMain.configure(new String[] {"--frob"})).hasMessageContaining("unknown option '--frob'");
        assertThatThrownBy(() -> PveSimulatorMain.configure(new String[] {"--token", "nosecret"})).hasMessageContaining("USER@REALM!ID=SECRET")
                .hasMessageContaining("USER@REALM!ID:SECRET");
        assertThatThrownBy(() -> PveSimulatorMain.configure(new String[] {"--token", "a@pve!id"})).hasMessageContaining("without an id and a secret");
        assertThatThrownBy(() -> PveSimulatorMain.configure(new String[] {"--token", "a@pve!=topsecret"}))
                .hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> PveSimulatorMain.configure(new String[] {"--user", "a@b"})).hasMessageContaining("go together");
        assertThatThrownBy(() -> PveSimulatorMain.configure(new String[] {"--nodes", "bad_node"})).hasMessageContaining("bad_node");
        assertThatThrownBy(() -> PveSimulatorMain.configure(new String[] {"--time-scale", "0"})).hasMessageContaining("must be more than 0");
        assertThatThrownBy(() -> PveSimulatorMain.configure(new String[] {"--time-scale", "fast"})).hasMessageContaining("needs a number, got 'fast'");
    }
}
