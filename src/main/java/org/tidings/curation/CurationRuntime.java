package org.tidings.curation;

import java.time.Clock;
import org.tidings.curation.fetch.FetchSettings;
import org.tidings.curation.fetch.SafeFetcher;
import org.tidings.store.Stores;

/**
 * Curation's parts built together over one database, as the server and the commands use them: the
 * safe fetcher (its User-Agent names the site), the text analysis, the service and the poller.
 * Close it to close the fetcher's connections.
 */
public final class CurationRuntime implements AutoCloseable {
    /** Hosts polled at once: enough to hide network waits, few enough for two cores. */
    static final int POLL_THREADS = 8;
    private final SafeFetcher fetcher;
    private final TextFeatures features;
    private final Curation curation;
    private final FeedPoller poller;

    private CurationRuntime(Stores stores, FetchSettings settings, Clock clock) {
        this.fetcher = new SafeFetcher(settings);
        this.features = new TextFeatures();
        this.curation = new Curation(stores, fetcher, features, clock);
        this.poller = new FeedPoller(curation, stores.feeds(), fetcher, clock, POLL_THREADS);
    }

    /** For the site at {@code siteUrl}; {@code allowPrivateFetch} is the {@code --allow-private-fetch} option. */
    public static CurationRuntime open(Stores stores, String siteUrl, boolean allowPrivateFetch, Clock clock) {
        return open(stores, FetchSettings.forSite(siteUrl).withAllowPrivate(allowPrivateFetch), clock);
    }

    public static CurationRuntime open(Stores stores, FetchSettings settings, Clock clock) {
        return new CurationRuntime(stores, settings, clock);
    }

    public Curation curation() {
        return curation;
    }

    public FeedPoller poller() {
        return poller;
    }

    public TextFeatures features() {
        return features;
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
