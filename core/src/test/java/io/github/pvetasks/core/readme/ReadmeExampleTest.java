package io.github.pvetasks.core.readme;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.Progress;
import io.github.pvetasks.core.ProgressParsers;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskApi;
import io.github.pvetasks.core.TaskListPage;
import io.github.pvetasks.core.TaskLogLine;
import io.github.pvetasks.core.TaskQuery;
import io.github.pvetasks.core.TaskRequests;
import io.github.pvetasks.core.TaskSource;
import io.github.pvetasks.core.TaskStart;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.internal.TestTransportProviders;
import io.github.pvetasks.core.spi.PveRequest;
import io.github.pvetasks.core.spi.PveResponse;
import io.github.pvetasks.core.spi.TlsTrust;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the README's core example against a scripted server, and fails when the README's code
 * block and the code below drift apart, so the front page cannot rot.
 */
class ReadmeExampleTest {

    static final String UPID = "UPID:pve1:0003A2F1:01B2C3D4:65A1B2C3:qmclone:9000:automation@pve!ci:";
    final List<String> printed = new ArrayList<>();

    @AfterEach
    void reset() {
        TestTransportProviders.handler = null;
    }

    @Test
    void theExampleRunsAsWritten() {
        TestTransportProviders.handler = ReadmeExampleTest::scriptedServer;
        String secret = "0b6a1b3c-1111-2222-3333-444455556666";
        String fingerprint = "3A:5F:0C:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD";

        // example:begin core-api
        PveClient client = PveClient.builder()
                .baseUri("https://pve1.example.com:8006")
                .credentials(Credentials.apiToken("automation@pve!ci", secret))
                .tlsTrust(TlsTrust.fingerprint(fingerprint))   // the node certificate's SHA-256
                .build();
        TaskApi tasks = client.tasks();

        // Start a full clone; the answer is the task's UPID (its id is the *source* VM).
        Upid upid = tasks.start(TaskRequests.cloneVm("pve1", 9000, 123).with("name", "web-1").with("full", true));

        // Status: running, or stopped with the exit status classified as PVE does.
        TaskStatus status = tasks.status(upid);
        status.exitStatus().ifPresent(exit -> print(exit.kind() + " " + exit.message() + " success=" + exit.isSuccess()));

        // The whole log (paged past the server's 50-line default) and the last progress it shows.
        List<TaskLogLine> log = tasks.fullLog(upid);
        Optional<Progress> progress = ProgressParsers.latest(ProgressParsers.defaults(), log);
        progress.ifPresent(p -> print(p.phase().orElse("") + " " + p.percent().getAsDouble() + "%"));

        // History with the server's own filters: the last 20 failed tasks, running ones included.
        TaskListPage failed = tasks.list("pve1", TaskQuery.builder()
                .source(TaskSource.ALL).statusFilter(ExitStatus.Kind.ERROR).limit(20).build());
        print(failed.total() + " failed tasks");

        // vzdump may start nothing: it answers "OK" when no selected guest is on this node.
        TaskStart backup = tasks.submit(TaskRequests.vzdump("pve1", 123).with("storage", "pbs"));
        print(backup.isStarted() ? "backup " + backup.upid().get() : "no backup needed: " + backup.answer());
        client.close();
        // example:end core-api

        assertThat(printed).containsExactly("WARNING WARNINGS: 1 success=true", "mirror-scsi0 100.0%", "7 failed tasks",
                "no backup needed: \"OK\"");
    }

    private void print(String line) {
        printed.add(line);
    }

    private static PveResponse scriptedServer(PveRequest r) {
        String path = r.path();
        String body;
        if (path.endsWith("/qemu/9000/clone")) {
            body = "{\"success\":1,\"data\":\"" + UPID + "\"}";
        } else if (path.endsWith("/status")) {
            body = "{\"data\":{\"status\":\"stopped\",\"exitstatus\":\"WARNINGS: 1\",\"user\":\"automation@pve\",\"tokenid\":\"ci\"}}";
        } else if (path.endsWith("/log")) {
            body = "{\"total\":4,\"data\":[{\"n\":1,\"t\":\"create full clone of drive scsi0 (local-lvm:base-9000-disk-0)\"},"
                    + "{\"n\":2,\"t\":\"mirror-scsi0: transferred 32.0 GiB of 32.0 GiB (100.00%) in 2m 1s, ready\"},"
                    + "{\"n\":3,\"t\":\"WARN: no efidisk configured\"},{\"n\":4,\"t\":\"TASK WARNINGS: 1\"}]}";
        } else if (path.endsWith("/nodes/pve1/tasks")) {
            body = "{\"total\":7,\"data\":[]}";
        } else if (path.endsWith("/vzdump")) {
            body = "{\"success\":1,\"data\":\"OK\"}";
        } else {
            body = "{\"data\":null}";
            return PveResponse.of(501, Map.of(), body.getBytes(StandardCharsets.UTF_8));
        }
        return PveResponse.of(200, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }
}
