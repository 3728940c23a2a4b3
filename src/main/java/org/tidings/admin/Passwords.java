package org.tidings.admin;

import org.tidings.i18n.Messages;
import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.util.Optional;

/** Argon2id password hashes, one-time passwords and the rules a new password must meet. */
public final class Passwords {
    /** OWASP's minimum for Argon2id: 19 MiB, 2 passes, 1 lane. */
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
    private static final String DUMMY_HASH = hash("not a password of anyone " + Tokens.random());
    /** Letters and digits that cannot be mistaken for one another when read aloud or copied. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 1000;

    private Passwords() {
    }

    public static String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
    }

    public static boolean matches(String password, String hash) {
        return password != null && Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    /** Spends the time of a real check, so a missing account answers as slowly as a wrong password. */
    static void checkAgainstNobody(String password) {
        matches(password == null ? "" : password, DUMMY_HASH);
    }

    /** A random password for a new or reset account, to be changed at first login. */
    public static String oneTime() {
        return String.join("-", Tokens.from(ALPHABET, 5), Tokens.from(ALPHABET, 5), Tokens.from(ALPHABET, 5),
                Tokens.from(ALPHABET, 5));
    }

    /** Why {@code password} is not acceptable for {@code username}, or empty if it is. */
    public static Optional<String> problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Messages.t("words.password.short", MIN_LENGTH));
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Messages.t("words.password.long", MAX_LENGTH));
        }
        if (password.strip().equalsIgnoreCase(username)) {
            return Optional.of(Messages.t("words.password.username"));
        }
        return Optional.empty();
    }
}
