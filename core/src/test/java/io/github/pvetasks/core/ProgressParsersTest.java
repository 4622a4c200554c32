package io.github.pvetasks.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Lines below are our own fixtures, written in the formats real servers print (PVE 5 to 9, PBS). */
class ProgressParsersTest {

    private final ProgressParser parser = ProgressParsers.defaults();

    private Progress parse(String line) {
        Optional<Progress> p = parser.parse(line);
        assertThat(p).as("progress in '%s'", line).isPresent();
        return p.get();
    }

    @Test
    void blockdevMirrorOfPve9() {
        Progress p = parse("mirror-scsi1: transferred 12.5 GiB of 50.0 GiB (25.00%) in 2m 3s");
        assertThat(p.format()).isEqualTo(ProgressFormat.MIRROR);
        assertThat(p.phase()).contains("mirror-scsi1");
        assertThat(p.fraction().getAsDouble()).isCloseTo(0.25, within(1e-9));
        assertThat(p.bytesDone()).hasValue(13421772800L);
        assertThat(p.bytesTotal()).hasValue(50L * 1024 * 1024 * 1024);
        assertThat(p.elapsed()).contains(Duration.ofSeconds(123));
    }

    @Test
    void mirrorReadyLineAndLegacyDriveJobName() {
        Progress p = parse("drive-virtio0: transferred 16.0 GiB of 16.0 GiB (100.00%) in 1h 0m 4s, ready");
        assertThat(p.phase()).contains("drive-virtio0");
        assertThat(p.fraction()).hasValue(1.0);
        assertThat(p.elapsed()).contains(Duration.ofSeconds(3604));
        assertThat(parse("drive-sata0: transferred 0.0 B of 4.0 GiB (0.00%) in 0s").bytesDone()).hasValue(0);
    }

    @Test
    void qemuImgConvertNewFormatHasNoJobName() {
        Progress p = parse("transferred 768.0 MiB of 2.0 GiB (37.50%)");
        assertThat(p.format()).isEqualTo(ProgressFormat.QEMU_IMG);
        assertThat(p.phase()).isEmpty();
        assertThat(p.fraction().getAsDouble()).isCloseTo(0.375, within(1e-9));
        assertThat(p.elapsed()).isEmpty();
    }

    @Test
    void pve6QemuImgAndDriveMirrorLegacyFormats() {
        Progress img = parse("transferred: 268435456 bytes remaining: 805306368 bytes total: 1073741824 bytes progression: 25.00 %");
        assertThat(img.format()).isEqualTo(ProgressFormat.QEMU_IMG);
        assertThat(img.bytesDone()).hasValue(268435456);
        assertThat(img.bytesTotal()).hasValue(1073741824);
        assertThat(img.fraction().getAsDouble()).isCloseTo(0.25, within(1e-9));

        Progress mirror = parse("drive-scsi0: transferred: 4294967296 bytes remaining: 4294967296 bytes total: 8589934592 bytes progression: 50.00 % busy: 1 ready: 0 ");
        assertThat(mirror.format()).isEqualTo(ProgressFormat.MIRROR);
        assertThat(mirror.phase()).contains("drive-scsi0");
        assertThat(mirror.fraction().getAsDouble()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void vzdumpPercentLinesWithPaddedPercent() {
        Progress p = parse("INFO:   7% (2.2 GiB of 32.0 GiB) in 12s, read: 187.5 MiB/s, write: 150.2 MiB/s");
        assertThat(p.format()).isEqualTo(ProgressFormat.VZDUMP);
        assertThat(p.fraction().getAsDouble()).isCloseTo(0.07, within(1e-9));
        assertThat(p.bytesPerSecond().getAsDouble()).isCloseTo(150.2 * 1024 * 1024, within(1.0));
        assertThat(p.elapsed()).contains(Duration.ofSeconds(12));
        assertThat(parse("INFO: 100% (32.0 GiB of 32.0 GiB) in 3m 1s, read: 1.1 GiB/s, write: 0 B/s").fraction()).hasValue(1.0);
        Progress old = parse("INFO: status: 42% (902299648/2147483648), sparse 10% (214748364), duration 30, read/write 30/28 MB/s");
        assertThat(old.bytesTotal()).hasValue(2147483648L);
        assertThat(old.elapsed()).contains(Duration.ofSeconds(30));
    }

    @Test
    void liveMigrationWithTimestampAndWithout() {
        Progress p = parse("2026-02-03 10:11:12 migration active, transferred 3.0 GiB of 8.0 GiB VM-state, 512.0 MiB/s");
        assertThat(p.format()).isEqualTo(ProgressFormat.MIGRATION);
        assertThat(p.fraction().getAsDouble()).isCloseTo(0.375, within(1e-9));
        Progress dirty = parse("migration active, transferred 9.0 GiB of 8.0 GiB VM-state, 1.0 GiB/s, VM dirties lots of memory: 300.0 MiB/s");
        assertThat(dirty.fraction()).hasValue(1.0);
        Progress old = parse("2020-05-06 07:08:09 migration status: active (transferred 500, remaining 1500), total 2000)");
        assertThat(old.fraction().getAsDouble()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void vmaAndPbsRestore() {
        Progress vma = parse("progress 42% (read 45097156608 bytes, duration 311 sec)");
        assertThat(vma.format()).isEqualTo(ProgressFormat.RESTORE);
        assertThat(vma.bytesDone()).hasValue(45097156608L);
        assertThat(vma.elapsed()).contains(Duration.ofSeconds(311));
        Progress pbs = parse("progress 64% (read 5498732544 bytes, zeroes = 12% (671088640 bytes), duration 9 sec)");
        assertThat(pbs.fraction().getAsDouble()).isCloseTo(0.64, within(1e-9));
    }

    @Test
    void pbsPercentageDoneWithRfc3339Prefix() {
        Progress p = parse("2026-03-04T05:06:07+01:00: percentage done: 33.33% (1/3 groups)");
        assertThat(p.format()).isEqualTo(ProgressFormat.PBS);
        assertThat(p.fraction().getAsDouble()).isCloseTo(0.3333, within(1e-9));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "TASK OK", "INFO: Starting Backup of VM 100 (qemu)", "create full clone of drive scsi0 (local-lvm:vm-100-disk-0)",
            "all 'mirror' jobs are ready", "Total bytes read: 508579840 (486MiB, 194MiB/s)",
            "INFO: transferred 32.0 GiB in 120 seconds (273.1 MiB/s)", "progress report is late",
            "migration finished successfully (duration 00:00:20)", "WARN: transferred of stuff",
            "transferred 1.0 GiB of 2.0 GiB (250.00%)",
            "transferred: 99999999999999999999999 bytes remaining: 0 bytes total: 1 bytes progression: 1.00 %",
    })
    void ignoresLinesWithoutTrustworthyProgress(String line) {
        assertThat(parser.parse(line)).isEmpty();
    }

    @Test
    void latestFindsTheLastProgressLineAndCustomParsersCombine() {
        List<TaskLogLine> lines = List.of(new TaskLogLine(1, "transferred 1.0 GiB of 4.0 GiB (25.00%)"),
                new TaskLogLine(2, "transferred 2.0 GiB of 4.0 GiB (50.00%)"), new TaskLogLine(3, "TASK OK"));
        assertThat(ProgressParsers.latest(parser, lines).flatMap(p -> p.fraction().isPresent()
                ? Optional.of(p.fraction().getAsDouble()) : Optional.empty())).contains(0.5);

        ProgressParser custom = line -> line.startsWith("step ")
                ? Optional.of(Progress.builder(ProgressFormat.CUSTOM, line).fraction(Integer.parseInt(line.substring(5)) / 10.0).build())
                : Optional.empty();
        ProgressParser both = ProgressParsers.firstOf(custom, parser);
        assertThat(both.parse("step 3").get().fraction().getAsDouble()).isCloseTo(0.3, within(1e-9));
        assertThat(both.parse("transferred 1.0 GiB of 4.0 GiB (25.00%)")).isPresent();
    }
}
