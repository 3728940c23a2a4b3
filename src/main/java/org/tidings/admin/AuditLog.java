package org.tidings.admin;

import io.javalin.http.Context;
import java.time.Clock;
import org.tidings.content.Actor;
import org.tidings.store.AuditEntry;
import org.tidings.store.AuditStore;

/** Records security and publishing events for admins to review. Never give it a secret. */
public final class AuditLog {
    /** The actor shown for changes made with the {@code tidings} command. */
    public static final String COMMAND_LINE = "(command line)";
    private final AuditStore store;
    private final Clock clock;

    public AuditLog(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Records {@code event} done by {@code actor} (null with a null {@code ctx}: the command line) to {@code subject} (e.g. {@code post 12 "Title"}). */
    public void record(Context ctx, CurrentUser actor, AuditEvent event, String subject) {
        String name = actor != null ? actor.username() : ctx == null ? COMMAND_LINE : null;
        store.append(new AuditEntry(clock.instant(), event.code(), actor == null ? null : actor.id(), name, subject,
                ctx == null ? null : ctx.ip()));
    }

    /** Records {@code event} done by {@code actor} (a person from their address, or the command line) to {@code subject}. */
    public void record(Actor actor, AuditEvent event, String subject) {
        AuditEntry entry = switch (actor) {
            case Actor.Person person -> new AuditEntry(clock.instant(), event.code(), person.id(), person.username(),
                    subject, person.address());
            case Actor.CommandLine commandLine -> new AuditEntry(clock.instant(), event.code(), null, COMMAND_LINE,
                    subject, null);
        };
        store.append(entry);
    }

    /** Records an event without a logged-in actor: a login attempt under {@code name}, or the command line. */
    public void recordAnonymous(Context ctx, String name, AuditEvent event, String subject) {
        store.append(new AuditEntry(clock.instant(), event.code(), null, name, subject,
                ctx == null ? null : ctx.ip()));
    }
}
