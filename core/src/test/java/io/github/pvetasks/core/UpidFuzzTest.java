package io.github.pvetasks.core;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Feeds {@link Upid#parse} random and mutated strings and checks two things for each: it returns
 * a UPID whose text is the input, or throws IllegalArgumentException (nothing else); and it
 * accepts exactly what the servers' own regexes accept. The oracle is the servers' regexes
 * verbatim (PVE::UPID::decode and proxmox-schema's PROXMOX_UPID_REGEX), with Unicode \s as in Perl
 * and Rust, and '\z' for the end (Java's '$' would also allow a trailing newline, as Perl's does;
 * no server writes one) plus PBS's systemd unescape check.
 */
class UpidFuzzTest {

    private static final Pattern PVE = Pattern.compile(
            "^UPID:([a-zA-Z0-9]([a-zA-Z0-9\\-]*[a-zA-Z0-9])?):([0-9A-Fa-f]{8}):([0-9A-Fa-f]{8,9}):([0-9A-Fa-f]{8}):([^:\\s/]+):([^:\\s/]*):([^:\\s/]+):\\z",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PBS = Pattern.compile(
            "^UPID:([a-zA-Z0-9]([a-zA-Z0-9\\-]*[a-zA-Z0-9])?):([0-9A-Fa-f]{8}):([0-9A-Fa-f]{8,9}):([0-9A-Fa-f]{8,16}):([0-9A-Fa-f]{8}):([^:\\s]+):(?<wid>[^:\\s]*):([^:\\s]+):\\z",
            Pattern.UNICODE_CHARACTER_CLASS);

    private static final String[] SEEDS = {
            "UPID:example-node:0000C346:165A0CE4:68D7279C:aptupdate::root@pam:",
            "UPID:example-node:000934AF:FFFFFFFFF:68BF3A41:fake-but-valid-type:100:root@pam:",
            "UPID:pve2:002E096A:0E10F08E:6382D261:qmclone:100:automation@pve!ci-runner:",
            "UPID:pve1:00001234:00ABCDEF:65000000:qmmove:100-scsi0>101-scsi1:root@pam:",
            "UPID:elsa:00004F37:0039E469:00000000:5CA78B83:garbage_collection::root@pam:",
            "UPID:pbs1:000003E8:00112233:0000000A:65000000:verificationjob:store1\\x3av\\x2dfa-vm-100:backup@pbs!job:",
    };
    private static final String ALPHABET = "UPID:abcxyzABCF0123456789-_!@/\\.> \t\n\u00a0\u2028\u3000\u00e9x";

    @Test
    void acceptsExactlyWhatTheServersAcceptAndRoundTrips() {
        Random random = new Random(20261125L);
        int accepted = 0;
        int total = 0;
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 60_000; i++) {
            inputs.add(mutate(SEEDS[random.nextInt(SEEDS.length)], random));
        }
        for (int i = 0; i < 40_000; i++) {
            inputs.add(randomUpidShaped(random));
        }
        for (String input : inputs) {
            total++;
            boolean expected = oracleAccepts(input);
            try {
                Upid u = Upid.parse(input);
                assertThat(u.toString()).isEqualTo(input);
                if (!expected) {
                    fail("parse accepted what the servers reject: '%s'", input);
                }
                accepted++;
            } catch (IllegalArgumentException e) {
                if (expected) {
                    fail("parse rejected what a server accepts: '%s' (%s)", input, e.getMessage());
                }
                assertThat(e.getMessage()).startsWith("invalid UPID").doesNotContain("null");
            }
        }
        assertThat(total).isGreaterThanOrEqualTo(100_000);
        // The generator must exercise both sides, or the test proves little.
        assertThat(accepted).isGreaterThan(5_000).isLessThan(total - 5_000);
    }

    private static boolean oracleAccepts(String s) {
        if (PVE.matcher(s).matches()) {
            return true;
        }
        Matcher m = PBS.matcher(s);
        return m.matches() && unescapes(m.group("wid"));
    }

    private static boolean unescapes(String wid) {
        byte[] b = wid.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(b.length);
        for (int i = 0; i < b.length; ) {
            if (b[i] == '\\') {
                if (b.length - i < 4 || b[i + 1] != 'x' || Character.digit(b[i + 2], 16) < 0 || Character.digit(b[i + 3], 16) < 0) {
                    return false;
                }
                out.put((byte) (Character.digit(b[i + 2], 16) * 16 + Character.digit(b[i + 3], 16)));
                i += 4;
            } else {
                out.put(b[i] == '-' ? (byte) '/' : b[i]);
                i++;
            }
        }
        out.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(out);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String mutate(String seed, Random r) {
        StringBuilder sb = new StringBuilder(seed);
        int edits = r.nextInt(4);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int pos = r.nextInt(sb.length());
            switch (r.nextInt(5)) {
                case 0: sb.deleteCharAt(pos); break;
                case 1: sb.insert(pos, ALPHABET.charAt(r.nextInt(ALPHABET.length()))); break;
                case 2: sb.setCharAt(pos, ALPHABET.charAt(r.nextInt(ALPHABET.length()))); break;
                case 3: sb.insert(pos, ':'); break;
                default: sb.setCharAt(pos, Character.toLowerCase(sb.charAt(pos)));
            }
        }
        return sb.toString();
    }

    /** Builds strings field by field so that many come close to valid. */
    private static String randomUpidShaped(Random r) {
        StringBuilder sb = new StringBuilder(r.nextInt(50) == 0 ? "UPID" : "UPID:");
        sb.append(pick(r, "pve", "node-1", "-bad", "bad-", "n", "a.b", "", "x" + r.nextInt(100))).append(':');
        sb.append(hex(r, 7 + r.nextInt(3))).append(':');
        sb.append(hex(r, 7 + r.nextInt(4))).append(':');
        if (r.nextBoolean()) {
            sb.append(hex(r, 7 + r.nextInt(11))).append(':');
        }
        sb.append(hex(r, 7 + r.nextInt(3))).append(':');
        sb.append(pick(r, "qmclone", "vzdump", "bad type", "a/b", "", "t\u00a0x", "ok")).append(':');
        sb.append(pick(r, "", "100", "100-scsi0>101-scsi1", "a/b", "x\\x2d", "x\\x4", "x\\xff", "sp ace", "\u00e9")).append(':');
        sb.append(pick(r, "root@pam", "a@b!tok", "", "u/x", "u x")).append(r.nextInt(30) == 0 ? "" : ":");
        return sb.toString();
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    private static String hex(Random r, int digits) {
        StringBuilder sb = new StringBuilder();
        String chars = r.nextInt(20) == 0 ? "0123456789ABCDEFG" : "0123456789ABCDEFabcdef";
        for (int i = 0; i < digits; i++) {
            sb.append(chars.charAt(r.nextInt(chars.length())));
        }
        return sb.toString();
    }
}
