package org.tidings.app;

import java.util.List;
import java.util.function.Consumer;
import org.tidings.content.ChangeSubscriber;
import org.tidings.content.LoggedChange;

/** A subscriber that only reacts to changes (clears a cache, reloads settings) and keeps no state of its own on disk. */
final class ChangeReaction implements ChangeSubscriber {
    private final Consumer<List<LoggedChange>> reaction;
    private volatile long position;

    /** Reacts to the changes after {@code seq}: those before are already reflected in what it serves. */
    ChangeReaction(long seq, Consumer<List<LoggedChange>> reaction) {
        this.position = seq;
        this.reaction = reaction;
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public void apply(List<LoggedChange> changes) {
        reaction.accept(changes);
        position = changes.getLast().seq();
    }
}
