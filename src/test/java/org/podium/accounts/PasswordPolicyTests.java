package org.podium.accounts;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.podium.accounts.internal.PasswordPolicy;

/** The fan password policy (NIST SP 800-63B) on passwords people do choose. */
class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "aaaaaaaaaaaa | GUESSABLE",
            "123456789012 | GUESSABLE",
            "passwordpassword | GUESSABLE",
            "qwertyuiop123 | GUESSABLE",
            "azertyuiop123 | GUESSABLE",
            "motdepasse123 | GUESSABLE",
            "PodiumPodium | GUESSABLE",
            "olympique2024! | GUESSABLE",
            "short | TOO_SHORT",
            "léa.martin@example.org | PERSONAL",
            "LeaMartin1234 | PERSONAL"})
    void refuses(String password, WeakPassword.Reason reason) {
        assertThatThrownBy(() -> policy.check(password, "lea.martin@example.org", "Lea Martin"))
                .isInstanceOfSatisfying(WeakPassword.class, w -> org.assertj.core.api.Assertions.assertThat(w.reason()).isEqualTo(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a long enough password", "correct horse battery staple", "un mot de passe assez long",
            "Ça, c'est mon vélo à moi", "zebra orbit lantern 77"})
    void accepts(String password) {
        assertThatCode(() -> policy.check(password, "lea.martin@example.org", "Lea Martin")).doesNotThrowAnyException();
    }

    @org.junit.jupiter.api.Test
    void countsCharactersNotBytesAndAllowsLongPassphrases() {
        assertThatCode(() -> policy.check("日本語のとても長い合言葉です", "a@example.org", "A")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check(
                "seven ravens watch the lazy dog from the old stone tower by the river while a quick brown fox jumps", "a@example.org", "A")).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.check("x".repeat(129), "a@example.org", "A")).isInstanceOf(WeakPassword.class);
    }
}
