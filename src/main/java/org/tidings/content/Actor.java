package org.tidings.content;

/**
 * Who makes a change: a person logged in to the admin, or whoever runs the {@code tidings}
 * command. Revisions, owners and the audit log record it.
 */
public sealed interface Actor {
    /** The {@code tidings} command run on the server. */
    Actor COMMAND_LINE = new CommandLine();

    /** An account acting from {@code address} (the client's address; null when unknown). */
    record Person(long id, String username, String address) implements Actor {
    }

    /** The command line: no account, no address. */
    record CommandLine() implements Actor {
    }

    /** The acting account's id, or null for the command line. */
    default Long userId() {
        return this instanceof Person person ? person.id() : null;
    }
}
