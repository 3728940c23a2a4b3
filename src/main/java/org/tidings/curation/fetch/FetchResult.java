package org.tidings.curation.fetch;

import org.tidings.i18n.Wording;

/**
 * The end of one fetch: its outcome, the last HTTP status seen (0 when none came), the URL after
 * redirects, the headers, the body (empty unless {@link FetchOutcome#OK}) and, unless OK, a
 * problem fit to show an editor, worded in the reader's language.
 */
public record FetchResult(FetchOutcome outcome, int status, String finalUrl, ResponseHeaders headers, byte[] body,
        Wording problem) {
    private static final byte[] NOTHING = new byte[0];

    static FetchResult failed(FetchOutcome outcome, int status, String url, ResponseHeaders headers, Wording problem) {
        return new FetchResult(outcome, status, url, headers, NOTHING, problem);
    }

    static FetchResult failed(FetchOutcome outcome, String url, Wording problem) {
        return failed(outcome, 0, url, ResponseHeaders.NONE, problem);
    }

    public boolean ok() {
        return outcome == FetchOutcome.OK;
    }

    public boolean notModified() {
        return outcome == FetchOutcome.NOT_MODIFIED;
    }
}
