package org.tidings.curation.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedDiscoveryTest {

    @Test
    void findsEveryFeedThePageNamesAsAbsoluteUrls() {
        String html = """
                <!doctype html><html><head>
                <link rel="stylesheet" type="text/css" href="/style.css">
                <link rel="alternate" type="application/rss+xml" title="RSS" href="/feed/">
                <link rel="Alternate" type="application/atom+xml; charset=utf-8" href="https://outlet.example/feed/atom/">
                <link rel="alternate" type="application/feed+json" href="feed.json">
                <link rel="alternate" type="text/html" hreflang="ko" href="/ko/">
                <link rel="alternate" type="application/rss+xml" href="/feed/">
                <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
                <link rel="alternate nofollow" type="application/rss+xml" href="/category/border/feed/">
                </head><body><a rel="alternate" type="application/rss+xml" href="/not-in-head">x</a></body></html>
                """;

        assertThat(FeedDiscovery.find(html, "https://outlet.example/news/"))
                .containsExactly("https://outlet.example/feed/", "https://outlet.example/feed/atom/",
                        "https://outlet.example/news/feed.json", "https://outlet.example/category/border/feed/");
    }

    @Test
    void aPageWithoutFeedsHasNone() {
        assertThat(FeedDiscovery.find("<html><head><title>x</title></head></html>", "https://outlet.example/"))
                .isEmpty();
    }
}
