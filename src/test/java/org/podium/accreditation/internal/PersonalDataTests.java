package org.podium.accreditation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.platform.PodiumDataProperties;

/** Identity document numbers at rest: encrypted, tamper-evident, and found again across spellings. */
class PersonalDataTests {

    @TempDir Path data;

    @Test
    void aDocumentNumberIsStoredEncryptedAndReadBackWithTheSameKeyOnly() {
        var personal = new PersonalData("", new PodiumDataProperties(data, false));
        var stored = personal.encrypt("12AB34567");
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("12AB34567");
        assertThat(personal.encrypt("12AB34567")).as("a new nonce each time").isNotEqualTo(stored);
        // The key generated into the data directory is found again by the next start.
        assertThat(Files.exists(data.resolve("accreditation-data.key"))).isTrue();
        assertThat(new PersonalData("", new PodiumDataProperties(data, false)).decrypt(stored)).isEqualTo("12AB34567");
        var otherKey = new PersonalData("", new PodiumDataProperties(data.resolve("other"), false));
        assertThatThrownBy(() -> otherKey.decrypt(stored)).isInstanceOf(IllegalStateException.class);
        stored[stored.length - 1] ^= 1;
        assertThatThrownBy(() -> personal.decrypt(stored)).as("a changed byte is detected").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSameDocumentTypedDifferentlyHasTheSameHash() {
        var personal = new PersonalData("", new PodiumDataProperties(data, true));
        assertThat(personal.documentHash("12 ab-34567")).isEqualTo(personal.documentHash("12AB34567"))
                .isNotEqualTo(personal.documentHash("12AB34568"));
    }

    @Test
    void aConfiguredKeyMustBe32Bytes() {
        assertThatThrownBy(() -> new PersonalData("c2hvcnQ=", new PodiumDataProperties(data, true)))
                .hasMessageContaining("32 bytes");
    }
}
