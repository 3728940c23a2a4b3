package org.tidings.curation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.tidings.content.TidingsException;
import org.tidings.curation.feed.FeedDiscovery;
import org.tidings.curation.feed.FeedParseException;
import org.tidings.curation.feed.FeedParser;
import org.tidings.curation.feed.ParsedFeed;
import org.tidings.curation.fetch.FetchRequest;
import org.tidings.curation.fetch.FetchResult;
import org.tidings.curation.fetch.SafeFetcher;
import org.tidings.i18n.Messages;

/** Finds the feed an editor means by a URL: the feed itself, or the first feed a web page names (autodiscovery). */
final class FeedSubscriber {
    private final SafeFetcher fetcher;

    FeedSubscriber(SafeFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** A feed found: its URL and what it holds now. */
    record Found(String url, ParsedFeed feed) {
    }

    /** The feed at {@code url} or named by the page there; a TidingsException says why there is none. */
    Found find(String url) {
        FetchResult answer = fetch(url);
        try {
            return new Found(url, FeedParser.parse(url, answer.body(), answer.headers().contentType()));
        } catch (FeedParseException notAFeed) {
            if (!looksLikeHtml(answer)) {
                throw notAFeed;
            }
            List<String> named = FeedDiscovery.find(new String(answer.body(), StandardCharsets.UTF_8),
                    answer.finalUrl());
            if (named.isEmpty()) {
                throw new TidingsException(Messages.t("curation.feed.noneOnPage", url));
            }
            FetchResult feed = fetch(named.getFirst());
            return new Found(named.getFirst(),
                    FeedParser.parse(named.getFirst(), feed.body(), feed.headers().contentType()));
        }
    }

    private FetchResult fetch(String url) {
        FetchResult answer = fetcher.fetch(FetchRequest.feed(url, null, null));
        if (!answer.ok()) {
            throw new TidingsException(Messages.t("curation.feed.fetchFailed", url, answer.problem()));
        }
        return answer;
    }

    private static boolean looksLikeHtml(FetchResult answer) {
        String type = answer.headers().contentType();
        if (type != null && type.toLowerCase(Locale.ROOT).contains("html")) {
            return true;
        }
        String start = new String(answer.body(), 0, Math.min(answer.body().length, 1024), StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT);
        return start.contains("<html") || start.contains("<!doctype html");
    }
}
