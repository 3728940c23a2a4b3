package org.tidings.site;

import org.tidings.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tidings.content.PostDetails;
import org.tidings.search.SearchHit;
import org.tidings.search.SearchIndex;
import org.tidings.search.SearchResults;
import org.tidings.store.PostStore;

/** What a search found, as the page shows it: a summary line, notes, the posts and the pages. */
record SearchResultViews(String summary, List<String> notes, List<SearchHitView> hits, Pagination pagination) {

    /** The views of {@code results} (null: nothing was asked yet). */
    static SearchResultViews of(SearchForm form, SearchResults results, PostStore posts, Site site) {
        if (results == null) {
            return new SearchResultViews(null, List.of(Messages.t("words.search.empty")), List.of(),
                    new Pagination(1, 1, null, null));
        }
        List<String> notes = new ArrayList<>();
        if (results.shortened()) {
            notes.add(Messages.t("words.search.shortened"));
        }
        if (results.nothingToSearch()) {
            notes.add(Messages.t("words.search.nothing"));
        } else if (results.hits().isEmpty() && results.total() > 0) {
            notes.add(Messages.t("words.search.beyond", results.pageCount()));
        }
        Map<Long, PostDetails> found = posts.publishedDetails(results.hits().stream().map(SearchHit::postId).toList())
                .stream().collect(Collectors.toMap(d -> d.post().id(), Function.identity()));
        List<SearchHitView> hits = results.hits().stream().filter(h -> found.containsKey(h.postId()))
                .map(h -> new SearchHitView(PostViews.withoutBody(found.get(h.postId()), site), h.titleHtml(), h.snippetHtml()))
                .toList();
        int page = form.page();
        Pagination pagination = new Pagination(page, Math.max(1, results.pageCount()),
                page > 1 ? Urls.search(form, page - 1) : null,
                page < results.pageCount() ? Urls.search(form, page + 1) : null);
        return new SearchResultViews(summary(form, results), List.copyOf(notes), hits, pagination);
    }

    private static String summary(SearchForm form, SearchResults results) {
        if (results.nothingToSearch()) {
            return null;
        }
        String words = "“" + form.q() + "”";
        if (results.total() == 0) {
            return Messages.t("words.search.noMatch", words);
        }
        String count = String.format("%,d", results.total());
        String matches = Messages.t(results.totalIsLowerBound() ? "words.search.moreThan"
                : results.total() == 1 ? "words.search.one" : "words.search.many", count, words);
        return results.pageCount() > 1 ? Messages.t("words.search.paged", matches, form.page(), results.pageCount())
                : Messages.t("words.search.summary", matches);
    }
}
