package io.github.pvetasks.cli;

import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.Progress;
import io.github.pvetasks.core.ProgressParser;
import io.github.pvetasks.core.ProgressParsers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Reads a task log and prints the progress its lines report, and its outcome. */
@Command(name = "progress", mixinStandardHelpOptions = true, description = "Read a task log (a file, or standard input) and print the progress "
        + "its lines report (clone/move mirror and qemu-img, vzdump, migration, restore) and the final status.")
final class ProgressCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "LOG", description = "the log file; standard input when absent")
    Path log;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ProgressParser parser = ProgressParsers.defaults();
        String last = null;
        int found = 0;
        try (BufferedReader in = new BufferedReader(open())) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    last = io.github.pvetasks.core.TaskLogLine.withoutTimestamp(line); // PBS lines start with their time
                }
                Optional<Progress> p = parser.parse(line);
                if (p.isPresent()) {
                    found++;
                    out.println(render(p.get()));
                }
            }
        }
        out.println(found + " progress lines");
        if (last != null && last.startsWith("TASK ")) {
            String raw = last.startsWith("TASK ERROR: ") ? last.substring("TASK ERROR: ".length()) : last.substring(5);
            ExitStatus s = ExitStatus.parse(raw);
            out.println("outcome: " + s.kind().apiName() + " '" + s.message() + "'");
        } else {
            out.println("outcome: none yet (no final TASK line; the server would report 'unexpected status' if the task ended)");
        }
        return 0;
    }

    private Reader open() throws IOException {
        return log == null ? new InputStreamReader(System.in, StandardCharsets.UTF_8) : Files.newBufferedReader(log);
    }

    static String render(Progress p) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-9s", p.format().name().toLowerCase(Locale.ROOT)));
        if (p.fraction().isPresent()) {
            double f = p.fraction().getAsDouble();
            int filled = (int) Math.round(f * 20);
            sb.append(" [").append("#".repeat(filled)).append(".".repeat(20 - filled)).append(']')
                    .append(String.format(Locale.ROOT, " %6.2f%%", f * 100));
        }
        p.phase().ifPresent(ph -> sb.append(' ').append(ph));
        if (p.bytesDone().isPresent() && p.bytesTotal().isPresent()) {
            sb.append(String.format(Locale.ROOT, " %s of %s", bytes(p.bytesDone().getAsLong()), bytes(p.bytesTotal().getAsLong())));
        }
        p.elapsed().ifPresent(d -> sb.append(" after ").append(d.toString().substring(2).toLowerCase(Locale.ROOT)));
        return sb.toString();
    }

    private static String bytes(long b) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
        double v = b;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
