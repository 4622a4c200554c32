package io.github.pvetasks.examples.clones;

import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.spring.boot.test.AutoConfigurePveSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The service against the embedded simulator: POST a clone, follow its events to the end. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigurePveSimulator(timeScale = 60, serverName = "prod")
class ClonesServiceTest {

    @LocalServerPort
    int port;
    @Autowired
    PveSimulator simulator;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aCloneStartsAtOnceAndItsProgressStreamsToItsEnd() throws Exception {
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/vms/104/clones"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"node\":\"pve1\",\"newId\":321,\"name\":\"web-321\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).isEqualTo(202);
        assertThat(started.body()).contains("\"upid\":\"UPID:pve1:").contains(":qmclone:104:");
        String events = started.headers().firstValue("Location").orElseThrow();

        HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + events))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        }
        assertThat(lines).contains("event:progress").contains("event:end");
        assertThat(String.join("\n", lines)).contains("\"outcome\":\"ok\"");
        assertThat(simulator.guest(321)).hasValueSatisfying(g -> assertThat(g.name()).isEqualTo("web-321"));
    }

    @Test
    void healthAndTheWatchesEndpointAreThere() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).contains("\"status\":\"UP\"");
        HttpResponse<String> watches = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/pvetasks")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(watches.statusCode()).isEqualTo(200);
        assertThat(watches.body()).contains("\"watching\"").contains("\"requests\"");
    }
}
