package io.github.pvetasks.core;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExitStatusTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "OK|OK|0|true",
            "WARNINGS: 2|WARNING|2|true",
            "WARNINGS: 0|WARNING|0|true",
            "WARNINGS: 123456|WARNING|123456|true",
            "\"\"|UNKNOWN|0|false",
            "unexpected status|UNKNOWN|0|false",
            "received interrupt|ERROR|0|false",
            "clone failed: interrupted by signal|ERROR|0|false",
            "WARN: disk almost full|ERROR|0|false",
            "WARNINGS: 2 and more|ERROR|0|false",
            "WARNINGS:2|ERROR|0|false",
            "WARNINGS: |ERROR|0|false",
            "ok|ERROR|0|false",
            "\"OK \"|ERROR|0|false",
            "unknown|ERROR|0|false",
            "job errors|ERROR|0|false",
    })
    void classifiesLikeTheProxmoxBackend(String raw, ExitStatus.Kind kind, long warnings, boolean success) {
        ExitStatus s = ExitStatus.parse(raw);
        assertThat(s.kind()).isEqualTo(kind);
        assertThat(s.warnings()).isEqualTo(warnings);
        assertThat(s.isSuccess()).isEqualTo(success);
        assertThat(s.raw()).isEqualTo(raw);
        assertThat(s.message()).isEqualTo(raw);
        assertThat(s.toString()).isEqualTo(raw);
    }

    @Test
    void warningsCanBeMadeAFailurePerCall() {
        ExitStatus s = ExitStatus.parse("WARNINGS: 1");
        assertThat(s.isSuccess(true)).isTrue();
        assertThat(s.isSuccess(false)).isFalse();
        assertThat(ExitStatus.OK.isSuccess(false)).isTrue();
    }

    @Test
    void keepsAWholeErrorMessageWithQuotesAndDashes() {
        String msg = "command '/usr/bin/termproxy 5900 --path /vms/101 -- /usr/sbin/qm terminal 101' failed: exit code 4";
        ExitStatus s = ExitStatus.parse(msg);
        assertThat(s.kind()).isEqualTo(ExitStatus.Kind.ERROR);
        assertThat(s.message()).isEqualTo(msg);
    }

    @Test
    void saturatesAnAbsurdWarningCountInsteadOfOverflowing() {
        assertThat(ExitStatus.parse("WARNINGS: 99999999999999999999999").warnings()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> ExitStatus.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exit status must not be null");
    }

    @Test
    void apiNamesMatchTheStatusFilter() {
        assertThat(ExitStatus.Kind.WARNING.apiName()).isEqualTo("warning");
        assertThat(ExitStatus.parse("OK")).isEqualTo(ExitStatus.OK);
    }
}
