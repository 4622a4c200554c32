package io.github.pvetasks.core.client;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskRequests;
import io.github.pvetasks.core.spi.PveRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretsTest {

    static final String SECRET = "d0d0cafe-1234-5678-9abc-def012345678";

    @Test
    void credentialsHideTheirSecrets() {
        assertThat(Credentials.apiToken("root@pam!ci", SECRET).toString()).contains("root@pam!ci").doesNotContain(SECRET);
        assertThat(Credentials.password("root@pam", SECRET).toString()).contains("root@pam").doesNotContain(SECRET);
    }

    @Test
    void requestsAndTaskRequestsShowNoHeaderValuesOrBodies() {
        FakeTransport transport = new FakeTransport()
                .answer(r -> FakeTransport.ok("{\"success\":1,\"data\":\"" + TaskApiTest.CLONE + "\"}"));
        PveClient client = PveClient.builder().transport(transport).credentials(Credentials.apiToken("root@pam!ci", SECRET)).build();
        client.tasks().start(TaskRequests.createContainer("pve1", 200, "local:vztmpl/x.tar.zst").with("password", SECRET));
        PveRequest sent = transport.last();
        assertThat(FakeTransport.body(sent)).contains(SECRET); // it is sent...
        assertThat(sent.toString()).contains("Authorization").doesNotContain(SECRET); // ...but never shown
        assertThat(TaskRequests.createContainer("pve1", 200, "t").with("password", SECRET).toString()).doesNotContain(SECRET);
        assertThat(client.toString()).doesNotContain(SECRET);
    }

    @Test
    void badCredentialsNameTheProblemNotTheSecret() {
        assertThatThrownBy(() -> Credentials.apiToken("root@pam!ci", "")).hasMessageContaining("has no secret");
        assertThatThrownBy(() -> Credentials.apiToken("root@pam!ci")).hasMessageContaining("has no secret");
        assertThatThrownBy(() -> Credentials.apiToken("rootpam!ci", SECRET))
                .hasMessageContaining("invalid API token id 'rootpam!ci'").hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> Credentials.apiToken("root@pam", SECRET)).hasMessageContaining("USER@REALM!TOKENNAME");
        // A secret pasted without its id is not echoed; an id without its secret is.
        assertThatThrownBy(() -> Credentials.apiToken(SECRET)).hasMessageContaining("has no secret").hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> Credentials.apiToken("root@pam!ci")).hasMessageContaining("API token 'root@pam!ci' has no secret");
        // A one-letter token name breaks Proxmox's rule; the message says which rule.
        assertThatThrownBy(() -> Credentials.apiToken("root@pam!b", SECRET))
                .hasMessageContaining("invalid API token id 'root@pam!b'").hasMessageContaining("followed by 1 or more");
        assertThatThrownBy(() -> Credentials.password("root", SECRET)).hasMessageContaining("invalid user id 'root'")
                .hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> Credentials.password("root@pam", "")).hasMessageContaining("must not be empty");
    }

    @Test
    void theCombinedTokenFormSplitsAtTheLastEquals() {
        Credentials.ApiToken t = (Credentials.ApiToken) Credentials.apiToken("automation@pve!ci-1=" + SECRET);
        assertThat(t.tokenId()).isEqualTo("automation@pve!ci-1");
        assertThat(t.secret()).isEqualTo(SECRET);
    }
}
