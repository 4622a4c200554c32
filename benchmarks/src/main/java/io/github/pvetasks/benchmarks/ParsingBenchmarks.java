package io.github.pvetasks.benchmarks;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.Progress;
import io.github.pvetasks.core.ProgressParser;
import io.github.pvetasks.core.ProgressParsers;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskListPage;
import io.github.pvetasks.core.TaskLogPage;
import io.github.pvetasks.core.TaskQuery;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.spi.PveRequest;
import io.github.pvetasks.core.spi.PveResponse;
import io.github.pvetasks.core.spi.PveTransport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The hot paths of watching tasks: parsing UPIDs and exit statuses, decoding a task list and a
 * log page (through the real client, over an in-memory transport), and reading progress from a
 * clone log. Run with {@code jmh ParsingBenchmarks -prof gc} for allocations per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ParsingBenchmarks {

    static final String PVE_UPID = "UPID:pve1:0003A2F1:01B2C3D4:65A1B2C3:qmclone:9000:automation@pve!ci:";
    static final String PBS_UPID = "UPID:pbs1:000003E8:00112233:0000000A:65000000:verificationjob:store1\\x3av\\x2dfa-vm-100:backup@pbs!job:";

    private PveClient client;
    private Upid upid;
    private List<String> cloneLog;
    private ProgressParser parser;

    /** Canned answers: a 1,000-item task list and a 500-line log page. */
    @Setup
    public void setUp() {
        StringBuilder list = new StringBuilder("{\"total\":1000,\"data\":[");
        for (int i = 0; i < 1000; i++) {
            list.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"upid\":\"UPID:pve1:%08X:01B2C3D4:65A1B2C3:qmclone:%d:root@pam:\",\"node\":\"pve1\",\"pid\":%d,\"pstart\":28492756,"
                            + "\"starttime\":1705095875,\"type\":\"qmclone\",\"id\":\"%d\",\"user\":\"root@pam\",\"endtime\":1705095975,\"status\":\"%s\"}",
                    i + 1, 100 + i, i + 1, 100 + i, i % 10 == 0 ? "WARNINGS: 1" : "OK"));
        }
        byte[] listBody = list.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        StringBuilder log = new StringBuilder("{\"total\":500,\"data\":[");
        for (int i = 1; i <= 500; i++) {
            log.append(i == 1 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"n\":%d,\"t\":\"mirror-scsi0: transferred %.1f GiB of 32.0 GiB (%.2f%%) in %ds\"}", i, 32.0 * i / 500, 100.0 * i / 500, i));
        }
        byte[] logBody = log.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        PveTransport canned = new PveTransport() {
            @Override
            public CompletableFuture<PveResponse> send(PveRequest request) {
                byte[] body = request.path().endsWith("/log") ? logBody : listBody;
                return CompletableFuture.completedFuture(PveResponse.of(200, Map.of(), body));
            }

            @Override
            public String name() {
                return "canned";
            }

            @Override
            public void close() {
            }
        };
        client = PveClient.builder().transport(canned).credentials(Credentials.apiToken("root@pam!bench", "secret")).build();
        upid = Upid.parse(PVE_UPID);
        cloneLog = new ArrayList<>(10_000);
        for (int i = 0; i < 10_000; i++) {
            cloneLog.add(i % 10 == 0 ? "create full clone of drive scsi0 (local-lvm:vm-100-disk-0)"
                    : String.format(Locale.ROOT, "mirror-scsi0: transferred %.1f GiB of 32.0 GiB (%.2f%%) in %ds", 32.0 * i / 10_000, 100.0 * i / 10_000, i));
        }
        parser = ProgressParsers.defaults();
    }

    /** Closes the client. */
    @TearDown
    public void tearDown() {
        client.close();
    }

    /** @return a parsed PVE UPID */
    @Benchmark
    public Upid upidParsePve() {
        return Upid.parse(PVE_UPID);
    }

    /** @return a parsed PBS UPID with an escaped id */
    @Benchmark
    public Upid upidParsePbs() {
        return Upid.parse(PBS_UPID);
    }

    /** @param bh sink */
    @Benchmark
    public void exitStatusParse(Blackhole bh) {
        bh.consume(ExitStatus.parse("OK"));
        bh.consume(ExitStatus.parse("WARNINGS: 2"));
        bh.consume(ExitStatus.parse("clone failed: interrupted by signal"));
    }

    /** @return a decoded 1,000-item list, through the whole client path */
    @Benchmark
    public TaskListPage decodeTaskList1000() {
        return client.tasks().list("pve1", TaskQuery.defaults());
    }

    /** @return a decoded 500-line log page, through the whole client path */
    @Benchmark
    public TaskLogPage decodeLogPage500() {
        return client.tasks().log(upid, 0, 500);
    }

    /** @return the last progress of a 10,000-line clone log, every line parsed */
    @Benchmark
    public Progress progressOf10000LineCloneLog() {
        Progress last = null;
        for (String line : cloneLog) {
            Optional<Progress> p = parser.parse(line);
            if (p.isPresent()) {
                last = p.get();
            }
        }
        return last;
    }
}
