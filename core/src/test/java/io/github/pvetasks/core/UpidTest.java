package io.github.pvetasks.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpidTest {

    @Test
    void decodesTheUpstreamTestVectorWithAnEmptyId() {
        Upid u = Upid.parse("UPID:example-node:0000C346:165A0CE4:68D7279C:aptupdate::root@pam:");
        assertThat(u.product()).isEqualTo(io.github.pvetasks.core.Product.PVE);
        assertThat(u.node()).isEqualTo("example-node");
        assertThat(u.pid()).isEqualTo(49990);
        assertThat(u.pstart()).isEqualTo(375000292);
        assertThat(u.startTime()).isEqualTo(Instant.ofEpochSecond(1758930844));
        assertThat(u.type()).isEqualTo("aptupdate");
        assertThat(u.id()).isEmpty();
        assertThat(u.user()).isEqualTo("root@pam");
        assertThat(u.tokenId()).isEmpty();
        assertThat(u.taskCounter()).isEmpty();
    }

    @Test
    void acceptsANineDigitPstartAfter497DaysOfUptime() {
        Upid u = Upid.parse("UPID:example-node:000934AF:FFFFFFFFF:68BF3A41:fake-but-valid-type:100:root@pam:");
        assertThat(u.pstart()).isEqualTo(0xFFFFFFFFFL);
        assertThat(u.type()).isEqualTo("fake-but-valid-type");
        assertThat(u.id()).isEqualTo("100");
    }

    @Test
    void rejectsATypeWithSpacesNamingTheField() {
        assertThatThrownBy(() -> Upid.parse("UPID:example-node:000934AF:FFFFFFFF:68BF3A41:bad type:100:root@pam:"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("type must not contain whitespace");
    }

    @Test
    void keepsTheFullTokenUserAndExposesTheTokenName() {
        Upid u = Upid.parse("UPID:pve2:002E096A:0E10F08E:6382D261:qmclone:100:automation@pve!ci-runner:");
        assertThat(u.user()).isEqualTo("automation@pve!ci-runner");
        assertThat(u.userWithoutToken()).isEqualTo("automation@pve");
        assertThat(u.tokenId()).contains("ci-runner");
    }

    @Test
    void acceptsPunctuationInIdsLikeTheDiskReassignId() {
        String text = "UPID:pve1:00001234:00ABCDEF:65000000:qmmove:100-scsi0>101-scsi1:root@pam:";
        Upid u = Upid.parse(text);
        assertThat(u.id()).isEqualTo("100-scsi0>101-scsi1");
        assertThat(u.toString()).isEqualTo(text);
    }

    @Test
    void parsesPbsUpidsWithTaskCounterAndUnescapesTheWorkerId() {
        Upid u = Upid.parse("UPID:elsa:00004F37:0039E469:00000000:5CA78B83:garbage_collection::root@pam:");
        assertThat(u.product()).isEqualTo(io.github.pvetasks.core.Product.PBS);
        assertThat(u.taskCounter()).hasValue(0);
        assertThat(u.startTime()).isEqualTo(Instant.ofEpochSecond(0x5CA78B83L));

        Upid v = Upid.parse("UPID:pbs1:000003E8:00112233:0000000A:65000000:verificationjob:store1\\x3av\\x2dfa-vm-100:backup@pbs!job:");
        assertThat(v.rawId()).isEqualTo("store1\\x3av\\x2dfa-vm-100");
        assertThat(v.id()).isEqualTo("store1:v-fa/vm/100");
        assertThat(v.taskCounter()).hasValue(10);
        assertThat(v.tokenId()).contains("job");
    }

    @Test
    void acceptsA16DigitPbsTaskCounter() {
        Upid u = Upid.parse("UPID:pbs:000003E8:00112233:FFFFFFFFFFFFFFFF:65000000:sync:job\\x2d1:root@pam:");
        assertThat(u.taskCounter()).hasValue(-1L); // 2^64-1 as an unsigned long
    }

    @Test
    void rejectsABrokenPbsEscape() {
        assertThatThrownBy(() -> Upid.parse("UPID:pbs:000003E8:00112233:00000001:65000000:sync:bad\\x4:root@pam:"))
                .hasMessageContaining("id must use \\xNN escapes only, got a bad escape sequence in");
        assertThatThrownBy(() -> Upid.parse("UPID:pbs:000003E8:00112233:00000001:65000000:sync:bad\\xff:root@pam:"))
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void roundTripsLowerCaseHexAsWritten() {
        String text = "UPID:pve:000007d3:00009880:5fbe5dde:qmclone:100:root@pam:";
        assertThat(Upid.parse(text).toString()).isEqualTo(text);
        assertThat(Upid.parse(text).pid()).isEqualTo(2003);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UPID:pve:7D3:00009880:5FBE5DDE:qmclone:100:root@pam:|pid must be 8 hex digits",
            "UPID:pve:000007D3:9880:5FBE5DDE:qmclone:100:root@pam:|pstart must be 8 to 9 hex digits",
            "UPID:pve:000007D3:00009880:5FBE5DDEX:qmclone:100:root@pam:|starttime must be 8 hex digits",
            "UPID:-pve:000007D3:00009880:5FBE5DDE:qmclone:100:root@pam:|node must be a node name (letters, digits and '-', not starting or ending with '-'), got '-pve'",
            "UPID:pve:000007D3:00009880:5FBE5DDE::100:root@pam:|type must not be empty",
            "UPID:pve:000007D3:00009880:5FBE5DDE:qmclone:100::|user must not be empty",
            "UPID:pve:000007D3:00009880:5FBE5DDE:qmclone:a/b:root@pam:|id must not contain '/'",
            "UPID:pve:000007D3:00009880:5FBE5DDE:qmclone:100:root@pam|the user field must be followed by a closing ':', got 'root@pam' at the end",
            "upid:pve:000007D3:00009880:5FBE5DDE:qmclone:100:root@pam:|the prefix must be 'UPID:', got 'upid:'",
            "UPID:pve:000007D3:00009880:qmclone:100:root@pam:|the fields must be node:pid:pstart:starttime:type:id:user (7, Proxmox VE) or node:pid:pstart:task-id:starttime:type:id:user (8, Proxmox Backup Server) between 'UPID:' and a closing ':', got 6 fields",
            "UPID:bad|the fields must be node:pid:pstart:starttime:type:id:user (7, Proxmox VE)",
            "UPID:bad|got 1 field",
            "UPID:pve:000007D3:00009880:5FBE5DDE:qmclone:100:root@pam:done|the user field must be followed by a closing ':', got 'done' at the end",
    })
    void namesTheBadField(String text, String expected) {
        assertThatThrownBy(() -> Upid.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expected).hasMessageStartingWith("invalid UPID '" + text + "': ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "UPID:", "UPID::", "UPID:pve:000007D3:00009880:5FBE5DDE:qmclone:100:root@pam:\n"})
    void rejectsDegenerateInput(String text) {
        assertThat(Upid.isValid(text)).isFalse();
        assertThatThrownBy(() -> Upid.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNullWithAClearMessage() {
        assertThatThrownBy(() -> Upid.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("UPID must not be null");
    }

    @Test
    void isEqualByText() {
        String text = "UPID:pve:000007D3:00009880:5FBE5DDE:qmclone:100:root@pam:";
        assertThat(Upid.parse(text)).isEqualTo(Upid.parse(text)).hasSameHashCodeAs(Upid.parse(text));
    }
}
