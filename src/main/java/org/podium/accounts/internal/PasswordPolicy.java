package org.podium.accounts.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import com.nulabinc.zxcvbn.Zxcvbn;
import org.podium.accounts.WeakPassword;
import org.springframework.stereotype.Component;

/**
 * Fan passwords after NIST SP 800-63B (section 3.1.1.2): a length floor and a generous ceiling,
 * no composition rules, and a refusal of what is known to be guessed early. That last check is
 * zxcvbn's (Dropbox's estimator, here its Java port): its bundled lists of passwords from public
 * breach corpora, English words and names, keyboard walks, repeats ({@code aaaaaaaaaaaa}),
 * sequences ({@code 123456789012}), dates, and words of the context (the fan's address and name,
 * the platform and the Games). A password it expects to fall in fewer than 10^8 guesses (its score
 * under 3, an online attacker's reach even throttled) is refused. Characters are counted after
 * NFKC normalisation, as the standard asks, so any script and spaces are welcome.
 */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    /** zxcvbn's score 3: "safely unguessable", at least 10^8 guesses. */
    static final int MIN_SCORE = 3;
    private static final List<String> CONTEXT = List.of("podium", "paris", "paris2024", "2024", "olympic", "olympics",
            "olympique", "olympiques", "paralympic", "paralympique", "jeux", "games", "ticket", "billet");

    private final Zxcvbn zxcvbn = new Zxcvbn();

    private static boolean contains(String password, String personal) {
        return personal.length() >= 4 && password.contains(personal);
    }

    /** Letters and digits only, lower case, accents dropped. */
    private static String squash(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Refuses the password with the rule it breaks; the fan's address and name are words an attacker tries first. */
    public void check(String password, String email, String displayName) {
        var normalised = Normalizer.normalize(password, Normalizer.Form.NFKC);
        var length = normalised.codePointCount(0, normalised.length());
        if (length < MIN_LENGTH) {
            throw new WeakPassword(WeakPassword.Reason.TOO_SHORT, "a password needs at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            throw new WeakPassword(WeakPassword.Reason.TOO_LONG, "a password has at most " + MAX_LENGTH + " characters");
        }
        var address = email.trim().toLowerCase(Locale.ROOT);
        var local = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
        var name = displayName.trim().toLowerCase(Locale.ROOT);
        // Compared without accents, case or separators: "LeaMartin1234" holds "Léa Martin".
        var squashed = squash(normalised);
        if (contains(squashed, squash(local)) || contains(squashed, squash(name))) {
            throw new WeakPassword(WeakPassword.Reason.PERSONAL, "a password may not contain the account's address or name");
        }
        var inputs = new java.util.ArrayList<>(CONTEXT);
        inputs.addAll(List.of(address, local, name));
        inputs.addAll(List.of(name.split("[\\s.@_-]+")));
        inputs.addAll(List.of(local.split("[.@_+-]+")));
        var strength = zxcvbn.measure(normalised, inputs);
        if (strength.getScore() < MIN_SCORE) {
            throw new WeakPassword(WeakPassword.Reason.GUESSABLE, "a password that common, repeated, sequential or close to known words"
                    + " is among the first an attacker tries (about " + Math.round(strength.getGuesses()) + " guesses)");
        }
    }
}
