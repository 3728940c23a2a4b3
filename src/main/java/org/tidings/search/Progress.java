package org.tidings.search;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Tells how far a rebuild of the index has come: on the terminal, or nowhere. */
public interface Progress extends AutoCloseable {
    void advance(long posts);

    @Override
    void close();

    /** A progress bar on standard error for {@code total} posts (none for none). */
    static Progress onTerminal(String task, long total) {
        return onTerminal(task, total, " posts");
    }

    /** A progress bar on standard error for {@code total} things counted in {@code unit} (" feeds"). */
    static Progress onTerminal(String task, long total, String unit) {
        if (total == 0) {
            return none();
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUnit(unit, 1).showSpeed().build();
        return new Progress() {
            @Override
            public void advance(long posts) {
                bar.stepBy(posts);
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }

    static Progress none() {
        return new Progress() {
            @Override
            public void advance(long posts) {
            }

            @Override
            public void close() {
            }
        };
    }
}
