package org.tidings.site;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.app.SafeRedirect;
import org.tidings.store.OldAddress;
import org.tidings.store.Stores;

/**
 * Every address an old site answered, and every address this site had, leads with one 301 to
 * where the thing lives now: stored redirects, the old paths imports recorded (with and without
 * {@code /index.php} and the trailing slash, with {@code feed/} or {@code page/N/} after them, an
 * upload's resized copies), and WordPress's query forms on {@code /} and {@code /index.php}
 * ({@code ?p=ID}, {@code ?cat=ID}, {@code ?s=WORDS}...). What names nothing we have stays a 404.
 * Each request costs at most one indexed query, and only requests that would otherwise fail or
 * carry WordPress's query parameters pay it.
 */
public final class OldLinks {
    /** The query parameters by which WordPress's front page named a post, archive, search or feed. */
    private static final Set<String> WORDPRESS_QUERY = Set.of("p", "page_id", "attachment_id", "cat",
            "category_name", "tag", "author", "author_name", "m", "year", "s", "feed", "paged");
    private static final Pattern FEED = Pattern.compile("(.*/)feed(?:/(rss2|rss|rdf|atom|json))?/?");
    private static final Pattern PAGED = Pattern.compile("(.*/)page/([1-9][0-9]{0,5})/?");
    private static final Pattern RESIZED = Pattern.compile("(.*)-[0-9]{1,5}x[0-9]{1,5}(\\.[A-Za-z0-9]{1,5})");
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");
    private static final String INDEX_PHP = "/index.php";
    /** Set on a request already looked up, so the 404 page does not ask the database again. */
    private static final String ASKED = "tidings.old-links-asked";
    private final Stores stores;
    private final Site site;
    private final MediaAddresses media;

    public OldLinks(Stores stores, Site site, MediaAddresses media) {
        this.stores = stores;
        this.site = site;
        this.media = media;
    }

    /** An old address and what to put after where it lives now: a feed's path, or a page number (0: none). */
    private record Candidate(String path, String feed, int page) {
    }

    /** {@code home}, unless the request carries WordPress's query parameters: then their one redirect, or 404. */
    public Handler orElse(Handler home) {
        return ctx -> {
            if (!namesOldAddress(ctx)) {
                home.handle(ctx);
                return;
            }
            Optional<String> target = target(ctx);
            if (target.isEmpty()) {
                throw new NotFoundResponse();
            }
            SafeRedirect.to(ctx, target.get(), HttpStatus.MOVED_PERMANENTLY);
        };
    }

    /** Where the request's address lives now; empty when it names nothing, or was asked already. */
    public Optional<String> target(Context ctx) {
        if (ctx.attribute(ASKED) != null) {
            return Optional.empty();
        }
        ctx.attribute(ASKED, true);
        return target(ctx.path(), ctx.queryString() == null ? Map.of() : ctx.queryParamMap());
    }

    /** Where the address {@code path} (raw, as requested) with {@code query} lives now; empty when it names nothing. */
    public Optional<String> target(String path, Map<String, List<String>> query) {
        if ((path.equals("/") || path.equals(INDEX_PHP) || path.equals(INDEX_PHP + "/")) && namesOldAddress(query)) {
            return fromQuery(query);
        }
        return fromPath(path).filter(target -> !target.equals(path));
    }

    private static boolean namesOldAddress(Context ctx) {
        return ctx.queryString() != null && namesOldAddress(ctx.queryParamMap());
    }

    private static boolean namesOldAddress(Map<String, List<String>> query) {
        return query.keySet().stream().anyMatch(WORDPRESS_QUERY::contains);
    }

    private Optional<String> fromPath(String path) {
        List<Candidate> candidates = candidates(path);
        List<String> paths = candidates.stream().map(Candidate::path).distinct().toList();
        List<OldAddress> found = stores.oldAddresses().at(paths);
        for (Candidate candidate : candidates) {
            for (boolean redirect : new boolean[] {true, false}) {
                Optional<String> target = found.stream()
                        .filter(a -> a.oldPath().equals(candidate.path()) && a.kind().equals("redirect") == redirect)
                        .map(a -> addressOf(a, candidate.feed(), candidate.page())).flatMap(Optional::stream)
                        .findFirst();
                if (target.isPresent()) {
                    return target;
                }
            }
        }
        return Optional.empty();
    }

    /** The spellings {@code path} may have been recorded under, the likeliest first. */
    private static List<Candidate> candidates(String path) {
        List<String> roots = new ArrayList<>(List.of(path));
        if (path.startsWith(INDEX_PHP + "/")) {
            roots.add(path.substring(INDEX_PHP.length()));
        }
        Set<Candidate> all = new LinkedHashSet<>();
        for (String root : roots) {
            withAndWithoutSlash(root, null, 0, all);
            Matcher feed = FEED.matcher(root);
            if (feed.matches()) {
                withAndWithoutSlash(feed.group(1), "atom".equals(feed.group(2)) ? "feed/atom/" : "feed/", 0, all);
            }
            Matcher paged = PAGED.matcher(root);
            if (paged.matches()) {
                withAndWithoutSlash(paged.group(1), null, Integer.parseInt(paged.group(2)), all);
            }
            Matcher resized = RESIZED.matcher(root);
            if (resized.matches()) {
                all.add(new Candidate(resized.group(1) + resized.group(2), null, 0));
            }
        }
        return List.copyOf(all);
    }

    private static void withAndWithoutSlash(String path, String feed, int page, Set<Candidate> into) {
        into.add(new Candidate(path, feed, page));
        if (path.length() > 1 && path.endsWith("/")) {
            into.add(new Candidate(path.substring(0, path.length() - 1), feed, page));
        } else if (!path.endsWith("/") && !path.substring(path.lastIndexOf('/')).contains(".")) {
            into.add(new Candidate(path + "/", feed, page));
        }
    }

    private Optional<String> fromQuery(Map<String, List<String>> query) {
        String feed = feedPath(first(query, "feed"));
        int page = pageNumber(first(query, "paged"));
        if (first(query, "s") != null) {
            return Optional.of("/search/?q=" + URLEncoder.encode(first(query, "s"), StandardCharsets.UTF_8));
        }
        for (String[] form : new String[][] {{"p", "post", "page", "attachment"}, {"page_id", "page", "post"},
                {"attachment_id", "attachment"}, {"cat", "category"}, {"author", "author"}}) {
            String id = first(query, form[0]);
            if (id != null) {
                return byOldId(List.of(form).subList(1, form.length), id, feed, page);
            }
        }
        for (String[] form : new String[][] {{"tag", "tag"}, {"category_name", "category"},
                {"author_name", "author"}}) {
            String slug = first(query, form[0]);
            if (slug != null) {
                return bySlug(form[1], slug, feed, page);
            }
        }
        if (first(query, "m") != null || first(query, "year") != null) {
            return dateArchive(first(query, "m") != null ? first(query, "m")
                    : first(query, "year") + Objects.toString(first(query, "monthnum"), ""));
        }
        if (feed != null) {
            return Optional.of("/" + feed);
        }
        return page > 0 ? Optional.of(Urls.page("/", page)) : Optional.empty();
    }

    /** What had the id {@code id} on the old site, trying {@code kinds} in order. */
    private Optional<String> byOldId(List<String> kinds, String id, String feed, int page) {
        if (!ID.matcher(id).matches()) {
            return Optional.empty();
        }
        List<OldAddress> found = stores.oldAddresses().bySourceId(kinds, id);
        return kinds.stream().flatMap(kind -> found.stream().filter(a -> a.kind().equals(kind)))
                .map(a -> addressOf(a, feed, page)).flatMap(Optional::stream).findFirst();
    }

    /** An archive named by its old slug: an old path of an import or a rename, else our archive of that slug. */
    private Optional<String> bySlug(String taxonomy, String slug, String feed, int page) {
        String path = "/" + taxonomy + "/" + Urls.segment(slug) + "/";
        Optional<String> moved = fromPath(path);
        if (moved.isPresent()) {
            return moved.map(target -> page > 0 ? Urls.page(target, page) : feed != null ? target + feed : target);
        }
        boolean exists = switch (taxonomy) {
            case "tag" -> stores.tags().bySlug(slug).isPresent();
            case "category" -> stores.categories().bySlug(slug).isPresent();
            default -> stores.authors().bySlug(slug).isPresent();
        };
        return exists ? Optional.of(after(path, feed, page)) : Optional.empty();
    }

    /** {@code ?m=YYYY}, {@code YYYYMM} or {@code YYYYMMDD}: the year's or the month's archive (there is none of days). */
    private static Optional<String> dateArchive(String digits) {
        if (!digits.matches("[0-9]{4}(0[1-9]|1[0-2])?([0-3][0-9])?")) {
            return Optional.empty();
        }
        return Optional.of("/" + digits.substring(0, 4) + "/"
                + (digits.length() >= 6 ? digits.substring(4, 6) + "/" : ""));
    }

    /** Where an old address or imported item leads now; empty when it is gone or not public. */
    public Optional<String> now(OldAddress address) {
        return addressOf(address, null, 0);
    }

    /** The addresses of the old site that name the imported {@code item}: its old path and the query form of its id. */
    public static List<String> addressesOf(OldAddress item) {
        List<String> addresses = new ArrayList<>();
        if (item.oldPath() != null) {
            addresses.add(item.oldPath());
        }
        String parameter = switch (item.kind()) {
            case "post" -> "p";
            case "page" -> "page_id";
            case "attachment" -> "attachment_id";
            case "category" -> "cat";
            case "author" -> "author";
            default -> null;
        };
        String byId = "/?" + parameter + "=" + item.sourceId();
        if (parameter != null && ID.matcher(item.sourceId()).matches() && !addresses.contains(byId)) {
            addresses.add(byId);
        }
        return addresses;
    }

    /** Where {@code address} leads now, with the feed or page asked for; empty when it is gone or not public. */
    private Optional<String> addressOf(OldAddress address, String feed, int page) {
        if (!address.visible()) {
            return Optional.empty();
        }
        return switch (address.kind()) {
            case "redirect" -> Optional.of(after(address.newPath(), feed, page));
            case "post" -> Optional.of(Urls.post(address.slug(), address.addressDate(site.zone())));
            case "page" -> Optional.of(Urls.simplePage(address.slug()));
            case "category" -> Optional.of(after(Urls.category(address.slug()), feed, page));
            case "tag" -> Optional.of(after(Urls.tag(address.slug()), feed, page));
            case "author" -> Optional.of(after(Urls.author(address.slug()), feed, page));
            case "attachment", "file" -> media.path(address.targetId());
            default -> Optional.empty();
        };
    }

    /** A listing's address with its feed or a later page after it. */
    private static String after(String base, String feed, int page) {
        if (!base.endsWith("/") || base.contains("?")) {
            return base;
        }
        return page > 0 ? Urls.page(base, page) : feed != null ? base + feed : base;
    }

    /** WordPress's {@code ?feed=} values as our feed paths: Atom stays Atom, every RSS (and comment feed) is RSS. */
    private static String feedPath(String value) {
        if (value == null) {
            return null;
        }
        return value.contains("atom") ? "feed/atom/" : "feed/";
    }

    private static int pageNumber(String value) {
        return value != null && value.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(value) : 0;
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
