package org.tidings.admin;

import org.tidings.i18n.Messages;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.tidings.content.Actor;
import org.tidings.content.ChangeKind;
import org.tidings.content.Outcome;
import org.tidings.content.Problems;
import org.tidings.content.Role;
import org.tidings.content.User;
import org.tidings.store.Stores;

/**
 * Creating and changing accounts, for the command line and the users screen alike. Every
 * change is written to the audit log under the {@link Actor} who made it; a refused change
 * returns its problems and changes nothing.
 */
public final class Accounts {
    private static final String USERNAME = "[a-z0-9][a-z0-9._-]{0,63}";
    private final Stores stores;
    private final AuditLog audit;
    private final Clock clock;

    public Accounts(Stores stores, Clock clock) {
        this.stores = stores;
        this.audit = new AuditLog(stores.audit(), clock);
        this.clock = clock;
    }

    /** The account's name as stored: trimmed, lower case. */
    public static String username(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Creates an account. With {@code password} null it gets a one-time password, the outcome's
     * value, that must be changed at first login.
     */
    public Outcome<String> create(Actor actor, String name, Role role, String password) {
        String username = username(name);
        if (!username.matches(USERNAME)) {
            return Outcome.refused("username", Messages.t("words.accounts.username"));
        }
        if (stores.users().byUsername(username).isPresent()) {
            return Outcome.refused("username", Messages.t("words.accounts.taken", username));
        }
        Problems problems = passwordProblems(password, username);
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        String chosen = password == null ? Passwords.oneTime() : password;
        inOneWrite(() -> {
            stores.users().create(username, Passwords.hash(chosen), role, password == null, clock.instant());
            audit.record(actor, AuditEvent.USER_CREATED, username + " as " + role.db());
        });
        return Outcome.done(password == null ? chosen : null);
    }

    /**
     * Sets a new password and ends the account's sessions. With {@code password} null it sets a
     * one-time password, the outcome's value, that must be changed at next login.
     */
    public Outcome<String> resetPassword(Actor actor, String name, String password) {
        Optional<User> found = find(name);
        if (found.isEmpty()) {
            return Outcome.refused(noSuchAccount(name));
        }
        User user = found.get();
        Problems problems = passwordProblems(password, user.username());
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        String chosen = password == null ? Passwords.oneTime() : password;
        inOneWrite(() -> {
            stores.users().setPassword(user.id(), Passwords.hash(chosen), password == null);
            stores.sessions().deleteForUser(user.id());
            audit.record(actor, AuditEvent.PASSWORD_RESET, user.username());
        });
        return Outcome.done(password == null ? chosen : null);
    }

    /** Disables or enables an account; disabling ends its sessions at once. */
    public Problems setDisabled(Actor actor, String name, boolean disabled) {
        return withAccount(name, user -> {
            stores.users().setDisabled(user.id(), disabled);
            if (disabled) {
                stores.sessions().deleteForUser(user.id());
            }
            audit.record(actor, disabled ? AuditEvent.USER_DISABLED : AuditEvent.USER_ENABLED, user.username());
        });
    }

    public Problems setRole(Actor actor, String name, Role role) {
        return withAccount(name, user -> {
            stores.users().setRole(user.id(), role);
            audit.record(actor, AuditEvent.ROLE_CHANGED, user.username() + " from " + user.role().db() + " to "
                    + role.db());
        });
    }

    /** Turns off an account's two-factor login (a lost phone and lost recovery codes); it may enrol again. */
    public Problems resetTwoFactor(Actor actor, String name) {
        return withAccount(name, user -> {
            stores.users().disableTotp(user.id());
            stores.recoveryCodes().deleteForUser(user.id());
            stores.sessions().deleteForUser(user.id());
            audit.record(actor, AuditEvent.TWO_FACTOR_DISABLED, user.username() + " (reset by an admin)");
        });
    }

    public List<User> all() {
        return stores.users().all();
    }

    public Optional<User> find(String name) {
        return stores.users().byUsername(username(name));
    }

    private Problems withAccount(String name, Consumer<User> change) {
        Optional<User> user = find(name);
        if (user.isEmpty()) {
            return noSuchAccount(name);
        }
        inOneWrite(() -> change.accept(user.get()));
        return Problems.NONE;
    }

    /** An account change, its ended sessions and its audit entry commit together, as one change every node hears of. */
    private void inOneWrite(Runnable change) {
        stores.database().write(changes -> {
            change.run();
            changes.touched(ChangeKind.ACCOUNTS);
        });
    }

    private static Problems noSuchAccount(String name) {
        return Problems.of("username", Messages.t("words.accounts.none", name));
    }

    private static Problems passwordProblems(String password, String username) {
        return password == null ? Problems.NONE
                : Passwords.problem(password, username).map(p -> Problems.of("password", p)).orElse(Problems.NONE);
    }
}
