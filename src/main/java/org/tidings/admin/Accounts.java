package org.tidings.admin;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tidings.content.Role;
import org.tidings.content.TidingsException;
import org.tidings.content.User;
import org.tidings.store.Stores;

/**
 * Creating and changing accounts, for the command line and the users screen alike. Every
 * change is written to the audit log; {@code ctx} and {@code actor} null mean the command line.
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

    /** The account's name as stored: trimmed, lower case; or an error saying what is allowed. */
    public static String username(String name) {
        String normalized = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (!normalized.matches(USERNAME)) {
            throw new TidingsException("a username has 1 to 64 letters a-z, digits, '.', '_' or '-', "
                    + "starting with a letter or digit");
        }
        return normalized;
    }

    /**
     * Creates an account. With {@code password} null it gets a one-time password, returned, that
     * must be changed at first login.
     */
    public String create(Context ctx, CurrentUser actor, String name, Role role, String password) {
        String username = username(name);
        if (stores.users().byUsername(username).isPresent()) {
            throw new TidingsException("there is already an account named " + username);
        }
        String chosen = password == null ? Passwords.oneTime() : checked(password, username);
        stores.users().create(username, Passwords.hash(chosen), role, password == null, clock.instant());
        audit.record(ctx, actor, AuditEvent.USER_CREATED, username + " as " + role.db());
        return password == null ? chosen : null;
    }

    /**
     * Sets a new password and ends the account's sessions. With {@code password} null it sets a
     * one-time password, returned, that must be changed at next login.
     */
    public String resetPassword(Context ctx, CurrentUser actor, String name, String password) {
        User user = existing(name);
        String chosen = password == null ? Passwords.oneTime() : checked(password, user.username());
        stores.users().setPassword(user.id(), Passwords.hash(chosen), password == null);
        stores.sessions().deleteForUser(user.id());
        audit.record(ctx, actor, AuditEvent.PASSWORD_RESET, user.username());
        return password == null ? chosen : null;
    }

    /** Disables or enables an account; disabling ends its sessions at once. */
    public void setDisabled(Context ctx, CurrentUser actor, String name, boolean disabled) {
        User user = existing(name);
        stores.users().setDisabled(user.id(), disabled);
        if (disabled) {
            stores.sessions().deleteForUser(user.id());
        }
        audit.record(ctx, actor, disabled ? AuditEvent.USER_DISABLED : AuditEvent.USER_ENABLED, user.username());
    }

    public void setRole(Context ctx, CurrentUser actor, String name, Role role) {
        User user = existing(name);
        stores.users().setRole(user.id(), role);
        audit.record(ctx, actor, AuditEvent.ROLE_CHANGED, user.username() + " from " + user.role().db() + " to "
                + role.db());
    }

    /** Turns off an account's two-factor login (a lost phone and lost recovery codes); it may enrol again. */
    public void resetTwoFactor(Context ctx, CurrentUser actor, String name) {
        User user = existing(name);
        stores.users().disableTotp(user.id());
        stores.recoveryCodes().deleteForUser(user.id());
        stores.sessions().deleteForUser(user.id());
        audit.record(ctx, actor, AuditEvent.TWO_FACTOR_DISABLED, user.username() + " (reset by an admin)");
    }

    public List<User> all() {
        return stores.users().all();
    }

    public Optional<User> find(String name) {
        return stores.users().byUsername(name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
    }

    private User existing(String name) {
        return find(name).orElseThrow(() -> new TidingsException("there is no account named " + name));
    }

    private static String checked(String password, String username) {
        Passwords.problem(password, username).ifPresent(problem -> {
            throw new TidingsException(problem);
        });
        return password;
    }
}
