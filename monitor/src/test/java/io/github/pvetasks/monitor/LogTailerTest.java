package io.github.pvetasks.monitor;

import io.github.pvetasks.core.TaskLogLine;
import io.github.pvetasks.core.TaskLogPage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LogTailerTest {

    static final long SECOND = 1_000_000_000L;

    static TaskLogPage page(long total, String... lines) {
        List<TaskLogLine> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            out.add(new TaskLogLine(total - lines.length + i + 1, lines[i]));
        }
        return new TaskLogPage(out, total);
    }

    static List<String> texts(List<TaskLogLine> lines) {
        return lines.stream().map(TaskLogLine::text).toList();
    }

    @Test
    void aLastLineThatGrowsIsDeliveredOnceAndComplete() {
        LogTailer t = new LogTailer();
        assertThat(texts(t.accept(page(2, "create full clone of drive scsi0", "transferred 6.4 GiB"), false, 0)))
                .containsExactly("create full clone of drive scsi0");
        assertThat(t.nextStart()).isEqualTo(1); // the provisional line is read again
        assertThat(texts(t.accept(page(2, "transferred 6.4 GiB of 32.0 GiB (20.00%)"), false, SECOND))).isEmpty();
        assertThat(texts(t.accept(page(3, "transferred 6.4 GiB of 32.0 GiB (20.00%)", "transferred 12"), false, 2 * SECOND)))
                .containsExactly("transferred 6.4 GiB of 32.0 GiB (20.00%)");
    }

    @Test
    void aQuietTasksLastLineIsDeliveredOnceItStaysUnchangedLongEnough() {
        LogTailer t = new LogTailer();
        assertThat(t.accept(page(1, "starting bac"), false, 0)).isEmpty();
        assertThat(t.accept(page(1, "starting backup"), false, 2 * SECOND)).isEmpty(); // still growing: the age starts again
        assertThat(t.accept(page(1, "starting backup"), false, 6 * SECOND)).isEmpty();
        assertThat(texts(t.accept(page(1, "starting backup"), false, 7 * SECOND))).containsExactly("starting backup");
        assertThat(t.accept(page(1, "starting backup"), false, 8 * SECOND)).isEmpty(); // never twice
    }

    @Test
    void aStoppedTasksLogIsDeliveredToTheEndAndThenDrained() {
        LogTailer t = new LogTailer();
        t.accept(page(2, "line 1", "line 2 (half"), false, 0);
        TaskLogPage last = page(3, "line 2 (half written, now whole)", "TASK OK");
        List<TaskLogLine> fresh = t.accept(last, true, SECOND);
        assertThat(texts(fresh)).containsExactly("line 2 (half written, now whole)", "TASK OK");
        assertThat(t.drained(last, fresh)).isTrue();
        assertThat(texts(t.tail())).containsExactly("line 1", "line 2 (half written, now whole)", "TASK OK");
    }

    @Test
    void theTailKeepsTheLastTwentyLines() {
        LogTailer t = new LogTailer();
        String[] lines = new String[30];
        for (int i = 0; i < 30; i++) {
            lines[i] = "line " + (i + 1);
        }
        t.accept(page(30, lines), true, 0);
        assertThat(t.tail()).hasSize(LogTailer.TAIL_LINES).first().extracting(TaskLogLine::text).isEqualTo("line 11");
    }
}
