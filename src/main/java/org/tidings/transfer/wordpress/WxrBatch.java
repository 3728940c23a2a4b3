package org.tidings.transfer.wordpress;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.tidings.content.AddressDate;
import org.tidings.content.ContentService;
import org.tidings.content.ImportedComment;
import org.tidings.content.ImportedPost;
import org.tidings.content.InvalidInputException;
import org.tidings.content.PageInput;
import org.tidings.content.PostStatus;
import org.tidings.content.SafeHtml;
import org.tidings.media.MediaItem;
import org.tidings.media.MediaRefused;
import org.tidings.site.Urls;
import org.tidings.store.ImportStore.SavedPost;
import org.tidings.store.ImportedItem;
import org.tidings.transfer.wordpress.WxrImporter.Resolved;
import org.tidings.transfer.wordpress.WxrReport.Kind;
import org.tidings.transfer.wordpress.WxrReport.Outcome;

/** Writes one batch of an import, inside the caller's write: authors, terms and items in file order. */
final class WxrBatch {
    private static final Pattern POST_ID = Pattern.compile("\\d{1,19}");
    private static final int NAME_LENGTH = 200;
    private final ContentService content;
    private final OldSite site;
    private final ZoneId zone;
    private final WxrImporter.MediaImport media;
    private final Resolved resolved;
    private final WxrReport report;
    private final Instant started;
    private final List<ImportedItem> records = new ArrayList<>();
    private Map<String, Map<String, ImportedItem>> known = Map.of();
    private final Map<WxrItem, ConvertedContent> bodies = new IdentityHashMap<>();
    private final Map<WxrComment, SafeHtml> commentBodies = new IdentityHashMap<>();

    WxrBatch(ContentService content, OldSite site, ZoneId zone, WxrImporter.MediaImport media, Resolved resolved,
            WxrReport report, Instant started) {
        this.content = content;
        this.site = site;
        this.zone = zone;
        this.media = media;
        this.resolved = resolved;
        this.report = report;
        this.started = started;
    }

    void write(List<Object> units) {
        known = lookUp(units);
        convertAhead(units);
        for (Object unit : units) {
            switch (unit) {
                case WxrAuthor author -> author(author);
                case WxrTerm term -> term(term);
                case WxrItem item -> item(item);
                default -> throw new IllegalArgumentException("not a WXR unit: " + unit);
            }
        }
        content.imports().record(records);
    }

    /**
     * Converts the batch's new and changed bodies and comments on every core before writing: converting
     * is most of an import's work and needs no database. Bodies that name uploads are left to the
     * writing loop, as finding their media items reads the database.
     */
    private void convertAhead(List<Object> units) {
        List<WxrItem> changed = units.stream().filter(WxrItem.class::isInstance).map(WxrItem.class::cast)
                .filter(this::writtenAsPostOrPage).toList();
        List<WxrComment> comments = changed.stream().flatMap(item -> item.comments().stream()).toList();
        List<SafeHtml> commentHtml = comments.parallelStream()
                .map(c -> WordPressContent.convert(c.content(), MediaLinks.NONE).html()).toList();
        for (int i = 0; i < comments.size(); i++) {
            commentBodies.put(comments.get(i), commentHtml.get(i));
        }
        if (media == null) {
            List<ConvertedContent> converted = changed.parallelStream()
                    .map(item -> WordPressContent.convert(item.content(), MediaLinks.NONE)).toList();
            for (int i = 0; i < changed.size(); i++) {
                bodies.put(changed.get(i), converted.get(i));
            }
        }
    }

    private boolean writtenAsPostOrPage(WxrItem item) {
        String kind = switch (item.postType()) {
            case "post", "" -> "post";
            case "page" -> "page";
            default -> null;
        };
        return kind != null && POST_ID.matcher(item.postId()).matches()
                && !unchanged(known(kind, item.postId()), Fingerprint.of(item));
    }

    /** What earlier runs recorded of this batch's units, by kind and source id: one query per kind. */
    private Map<String, Map<String, ImportedItem>> lookUp(List<Object> units) {
        Map<String, List<String>> ids = new HashMap<>();
        for (Object unit : units) {
            switch (unit) {
                case WxrAuthor a -> ids.computeIfAbsent("author", k -> new ArrayList<>()).add(authorId(a));
                case WxrTerm t -> ids.computeIfAbsent(termKind(t), k -> new ArrayList<>()).add(termId(t));
                case WxrItem i -> ids.computeIfAbsent(kind(i), k -> new ArrayList<>()).add(i.postId());
                default -> {
                }
            }
        }
        Map<String, Map<String, ImportedItem>> found = new HashMap<>();
        ids.forEach((kind, sourceIds) -> found.put(kind,
                new HashMap<>(content.imports().imported(site.address(), kind, sourceIds))));
        return found;
    }

    /** The kind an item is recorded as: its post type, {@code post} when it has none. */
    private static String kind(WxrItem item) {
        return item.postType().isEmpty() ? "post" : item.postType();
    }

    /** Notes an item to record with the batch; a later copy of it in the same batch sees it as known. */
    private void record(ImportedItem item) {
        records.add(item);
        known.computeIfAbsent(item.kind(), k -> new HashMap<>()).put(item.sourceId(), item);
    }

    private ImportedItem known(String kind, String sourceId) {
        return known.getOrDefault(kind, Map.of()).get(sourceId);
    }

    private static boolean unchanged(ImportedItem before, String fingerprint) {
        return before != null && before.targetId() != null && fingerprint.equals(before.fingerprint());
    }

    private static Outcome outcome(ImportedItem before) {
        return before == null ? Outcome.CREATED : Outcome.UPDATED;
    }

    private void author(WxrAuthor author) {
        String sourceId = authorId(author);
        if (sourceId.isEmpty()) {
            report.skipped("author without id or login", author.byline());
            return;
        }
        String fingerprint = Fingerprint.of(author.login(), author.byline());
        ImportedItem before = known("author", sourceId);
        long id;
        if (unchanged(before, fingerprint)) {
            id = before.targetId();
            report.add(Kind.AUTHORS, Outcome.UNCHANGED);
        } else {
            id = content.imports().author(before == null ? null : before.targetId(), slug(author.login()),
                    name(author.byline()));
            report.add(Kind.AUTHORS, outcome(before));
            record(new ImportedItem(site.address(), "author", sourceId, id, "/author/" + author.login() + "/",
                    fingerprint));
        }
        resolved.authors.put(author.login(), id);
    }

    private static String authorId(WxrAuthor author) {
        return author.id().isEmpty() ? author.login() : author.id();
    }

    private static String termKind(WxrTerm term) {
        return switch (term.taxonomy()) {
            case "category" -> "category";
            case "post_tag" -> "tag";
            default -> "term";
        };
    }

    private static String termId(WxrTerm term) {
        return term.id().isEmpty() ? term.slug() : term.id();
    }

    private void term(WxrTerm term) {
        String kind = termKind(term);
        if (kind.equals("term")) {
            report.skipped("terms of taxonomy " + term.taxonomy() + " (not used here)", term.name());
            return;
        }
        if (term.slug().isEmpty() && term.name().isBlank()) {
            report.skipped(kind + " without slug or name", term.id());
            return;
        }
        boolean category = kind.equals("category");
        if (category && !term.parent().isEmpty()) {
            resolved.categoryParents.put(term.slug(), term.parent());
        }
        String fingerprint = Fingerprint.of(term.slug(), term.name(), term.parent(), term.description());
        ImportedItem before = known(kind, termId(term));
        Kind counted = category ? Kind.CATEGORIES : Kind.TAGS;
        long id;
        if (unchanged(before, fingerprint)) {
            id = before.targetId();
            report.add(counted, Outcome.UNCHANGED);
        } else {
            Long earlier = before == null ? null : before.targetId();
            String name = name(term.name().isBlank() ? term.slug() : term.name());
            id = category ? content.imports().category(earlier, slug(term.slug()), name, term.description())
                    : content.imports().tag(earlier, slug(term.slug()), name);
            report.add(counted, outcome(before));
            record(new ImportedItem(site.address(), kind, termId(term), id,
                    category ? "/category/" + categoryPath(term) + "/" : "/tag/" + term.slug() + "/", fingerprint));
        }
        (category ? resolved.categories : resolved.tags).put(term.slug(), id);
    }

    /** A category's WordPress path: its ancestors' slugs and its own, as far as they are known yet. */
    private String categoryPath(WxrTerm term) {
        StringBuilder path = new StringBuilder(term.slug());
        String parent = term.parent();
        for (int depth = 0; !parent.isEmpty() && depth < 20; depth++) {
            path.insert(0, parent + "/");
            parent = resolved.categoryParents.getOrDefault(parent, "");
        }
        return path.toString();
    }

    private void item(WxrItem item) {
        if (!POST_ID.matcher(item.postId()).matches()) {
            report.skipped("items without a numeric wp:post_id", item.title());
            return;
        }
        switch (item.postType()) {
            case "post", "" -> post(item);
            case "page" -> page(item);
            case "attachment" -> attachment(item);
            case "nav_menu_item" -> report.skipped("menu items (nav_menu_item): menus are made in the admin",
                    item.title());
            default -> report.skipped("items of post type " + item.postType() + " (not imported)", item.title());
        }
    }

    private void post(WxrItem item) {
        Optional<PostStatus> status = status(item, "post");
        if (status.isEmpty()) {
            return;
        }
        String fingerprint = Fingerprint.of(item);
        ImportedItem before = known("post", item.postId());
        if (unchanged(before, fingerprint)) {
            report.add(Kind.POSTS, Outcome.UNCHANGED);
            report.add(Kind.COMMENTS, Outcome.UNCHANGED, item.comments().size());
            return;
        }
        Dated dated = dated(item, status.get());
        ImportedPost post = new ImportedPost(site.key("post", item.postId()), item.title(), slug(item.postName()),
                body(item), excerpt(item.excerpt()), dated.status(), dated.at(), dated.unknown(), null,
                authorOf(item), termIds(item, "category"), termIds(item, "post_tag"), item.sticky());
        SavedPost saved = content.imports().savePost(before == null ? null : before.targetId(), post);
        comments(item, saved.id(), false, before);
        if (dated.status() == PostStatus.PUBLISHED) {
            oldSlugs(item, Urls.post(saved.slug(), AddressDate.of(dated.at(), dated.unknown(), zone)));
        }
        featuredImage(item, saved.id());
        report.add(Kind.POSTS, outcome(before));
        record(new ImportedItem(site.address(), "post", item.postId(), saved.id(), site.path(item.link()),
                fingerprint));
    }

    private void page(WxrItem item) {
        Optional<PostStatus> status = status(item, "page");
        if (status.isEmpty()) {
            return;
        }
        String parent = item.postParent();
        if (!parent.isEmpty() && !parent.equals("0")) {
            resolved.pageParents.put(item.postId(), parent);
        }
        String fingerprint = Fingerprint.of(item);
        ImportedItem before = known("page", item.postId());
        if (unchanged(before, fingerprint)) {
            resolved.pages.put(item.postId(), before.targetId());
            report.add(Kind.PAGES, Outcome.UNCHANGED);
            report.add(Kind.COMMENTS, Outcome.UNCHANGED, item.comments().size());
            return;
        }
        PageInput page = new PageInput(item.title(), slug(item.postName()), body(item), null,
                status.get() == PostStatus.PUBLISHED, resolved.pages.get(parent), number(item.menuOrder()), true,
                site.key("page", item.postId()));
        long id = content.pages().createOrUpdate(page);
        resolved.pages.put(item.postId(), id);
        comments(item, id, true, before);
        report.add(Kind.PAGES, outcome(before));
        record(new ImportedItem(site.address(), "page", item.postId(), id, site.path(item.link()), fingerprint));
    }

    /**
     * Brings an attachment's file into the media library, recorded as kind {@code attachment} (its
     * page's old path) and kind {@code file} (the file's old path). Without a source of files, or when
     * the file is missing or refused, only its old page address is recorded (no target), and a re-run
     * tries again.
     */
    private void attachment(WxrItem item) {
        String fingerprint = Fingerprint.of(item);
        ImportedItem before = known("attachment", item.postId());
        if (unchanged(before, fingerprint)) {
            report.add(Kind.ATTACHMENTS, Outcome.UNCHANGED);
            return;
        }
        Long mediaId = media == null
                ? skipAttachment("attachments not imported: give --media-from DIR|ZIP or --download-media", item)
                : media.uploads().read(item.attachmentUrl()).map(bytes -> addToLibrary(item, bytes))
                        .orElseGet(() -> skipAttachment("attachments whose file was not found", item));
        record(new ImportedItem(site.address(), "attachment", item.postId(), mediaId, site.path(item.link()),
                fingerprint));
        if (mediaId != null) {
            record(new ImportedItem(site.address(), "file", item.postId(), mediaId, site.path(item.attachmentUrl()),
                    fingerprint));
            report.add(Kind.ATTACHMENTS, outcome(before));
        }
    }

    private Long addToLibrary(WxrItem item, byte[] bytes) {
        String name = item.attachmentUrl().replaceFirst("[?#].*$", "").replaceFirst("^.*/", "");
        try {
            return media.library().add(bytes, name, item.meta("_wp_attachment_image_alt").orElse(""),
                    site.key("attachment", item.postId())).id();
        } catch (MediaRefused e) {
            return skipAttachment("attachments refused by the media library (" + e.getMessage() + ")", item);
        }
    }

    private Long skipAttachment(String reason, WxrItem item) {
        report.skipped(reason, item.attachmentUrl().isEmpty() ? item.title() : item.attachmentUrl());
        return null;
    }

    private void featuredImage(WxrItem item, long postId) {
        Optional<String> thumbnail = item.meta("_thumbnail_id");
        if (thumbnail.isEmpty()) {
            return;
        }
        Optional<MediaItem> image = media == null ? Optional.empty() : media.links().item(thumbnail.get().strip());
        if (image.isEmpty()) {
            report.changed("featured images left out: their attachment was not imported", item.title());
            return;
        }
        try {
            media.library().setFeatured(postId, image.get().id());
        } catch (MediaRefused e) {
            report.changed("featured images left out: " + e.getMessage(), item.title());
        }
    }

    /** The status here, or empty (and reported) for items WordPress itself would not import or show. */
    private Optional<PostStatus> status(WxrItem item, String type) {
        switch (item.status()) {
            case "publish":
                return Optional.of(PostStatus.PUBLISHED);
            case "future":
                return Optional.of(PostStatus.SCHEDULED);
            case "draft":
                return Optional.of(PostStatus.DRAFT);
            case "pending":
                return Optional.of(PostStatus.PENDING);
            case "private":
                report.changed("private " + type + "s imported as drafts (not public)", item.title());
                return Optional.of(PostStatus.DRAFT);
            case "trash", "auto-draft", "inherit":
                report.skipped(type + "s with status " + item.status(), item.title());
                return Optional.empty();
            default:
                report.changed(type + "s with unknown status \"" + item.status() + "\" imported as drafts",
                        item.title());
                return Optional.of(PostStatus.DRAFT);
        }
    }

    private record Dated(PostStatus status, Instant at, boolean unknown) {
    }

    /**
     * Its GMT date, else its local date read in the site's zone. A draft whose GMT date was never
     * set keeps none (WordPress dates it when it is published); a published post without any date is
     * dated now and shown without a date; a scheduled one without a date stays a draft.
     */
    private Dated dated(WxrItem item, PostStatus status) {
        Optional<Instant> gmt = WxrDates.gmt(item.postDateGmt());
        Optional<Instant> when = gmt.or(() -> WxrDates.local(item.postDate(), zone));
        if (when.isEmpty() && !WxrDates.isUnset(item.postDate())) {
            report.changed("unreadable dates (wp:post_date)", item.title() + ": " + item.postDate());
        }
        if (status == PostStatus.DRAFT || status == PostStatus.PENDING) {
            return new Dated(status, gmt.orElse(null), false);
        }
        if (when.isPresent()) {
            return new Dated(status, when.get(), false);
        }
        if (status == PostStatus.SCHEDULED) {
            report.changed("scheduled posts without a date imported as drafts", item.title());
            return new Dated(PostStatus.DRAFT, null, false);
        }
        report.changed("posts without a date: shown without a date, at an address without one", item.title());
        return new Dated(status, started, true);
    }

    private SafeHtml body(WxrItem item) {
        ConvertedContent converted = bodies.containsKey(item) ? bodies.get(item)
                : WordPressContent.convert(item.content(), media == null ? MediaLinks.NONE : media.links());
        converted.unknownShortcodes().forEach(code -> report.changed(
                "unknown shortcode [" + code + "] kept as text", item.title()));
        converted.notes().forEach(note -> report.changed(note, item.title()));
        return converted.html();
    }

    /** Excerpts are plain text here; WordPress's may hold markup. */
    private static String excerpt(String excerpt) {
        return excerpt.isBlank() ? "" : Jsoup.parse(excerpt).text();
    }

    private Long authorOf(WxrItem item) {
        String login = item.creator();
        if (login.isEmpty()) {
            return null;
        }
        return resolved.authors.computeIfAbsent(login,
                l -> content.imports().author(null, slug(l), name(l)));
    }

    private List<Long> termIds(WxrItem item, String domain) {
        boolean category = domain.equals("category");
        Map<String, Long> ids = category ? resolved.categories : resolved.tags;
        List<Long> found = new ArrayList<>();
        for (WxrItemTerm term : item.terms()) {
            if (term.domain().equals(domain)) {
                String name = name(term.name().isBlank() ? term.slug() : term.name());
                found.add(ids.computeIfAbsent(term.slug(), s -> category
                        ? content.imports().category(null, slug(s), name, null)
                        : content.imports().tag(null, slug(s), name)));
            } else if (category && !term.domain().equals("post_tag")) {
                report.changed("terms of taxonomy " + term.domain() + " left out (not used here)", item.title());
            }
        }
        return found;
    }

    private void comments(WxrItem item, long ownerId, boolean onPage, ImportedItem before) {
        List<WxrComment> comments = item.comments();
        if (comments.isEmpty() && before == null) {
            return;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < comments.size(); i++) {
            index.putIfAbsent(comments.get(i).id(), i);
        }
        List<ImportedComment> kept = new ArrayList<>(comments.size());
        for (int i = 0; i < comments.size(); i++) {
            WxrComment c = comments.get(i);
            String id = c.id().isEmpty() ? item.postId() + "-" + i : c.id();
            Instant at = WxrDates.gmt(c.dateGmt()).or(() -> WxrDates.local(c.date(), zone)).orElse(null);
            kept.add(new ImportedComment(site.key("comment", id), name(c.author()), limit(c.authorEmail()),
                    c.authorUrl(), commentBodies.containsKey(c) ? commentBodies.get(c)
                            : WordPressContent.convert(c.content(), MediaLinks.NONE).html(),
                    commentStatus(c.approved()), c.type().isEmpty() ? "comment" : limit(c.type()), at,
                    index.getOrDefault(c.parent(), -1)));
        }
        content.imports().replaceComments(ownerId, onPage, kept, before != null);
        report.add(Kind.COMMENTS, outcome(before), kept.size());
    }

    private static String commentStatus(String approved) {
        return switch (approved) {
            case "1" -> "approved";
            case "spam" -> "spam";
            case "trash" -> "trash";
            default -> "pending";
        };
    }

    /**
     * Redirects from the old link with each {@code _wp_old_slug} in place of the current slug, when the
     * link has the slug as a path segment (not for {@code ?p=ID} links, which the id finds anyway).
     */
    private void oldSlugs(WxrItem item, String here) {
        String path = site.path(item.link());
        String current = "/" + item.postName() + "/";
        if (path == null || item.postName().isEmpty() || !path.contains(current)) {
            return;
        }
        int at = path.lastIndexOf(current);
        for (String old : item.metaValues("_wp_old_slug")) {
            if (!old.isBlank() && !old.equals(item.postName())) {
                content.imports().redirect(path.substring(0, at) + "/" + old.strip() + "/"
                        + path.substring(at + current.length()), here);
            }
        }
    }

    /** After the last batch: parents that came after their children. Re-run every time, so a crash loses none. */
    void fixUp() {
        resolved.categoryParents.forEach((child, parent) -> {
            Long parentId = resolved.categories.get(parent);
            Long childId = resolved.categories.get(child);
            if (childId == null) {
                return;
            }
            if (parentId == null) {
                report.changed("categories whose parent is not in the file: made top-level", child);
            } else if (!content.imports().setCategoryParent(childId, parentId)) {
                report.changed("category parents that would make a loop: left out", child);
            }
        });
        resolved.pageParents.forEach((page, parent) -> {
            Long pageId = resolved.pages.get(page);
            Long parentId = resolved.pages.get(parent);
            if (pageId == null) {
                return;
            }
            if (parentId == null) {
                report.changed("pages whose parent is not an imported page: made top-level", page);
            } else if (!Objects.equals(content.pages().page(pageId).parentId(), parentId)) {
                try {
                    content.pages().setParent(pageId, parentId);
                } catch (InvalidInputException e) {
                    report.changed("page parents that would make a loop: left out", page);
                }
            }
        });
    }

    /** WordPress percent-encodes slugs outside ASCII; ours are letters of any script. */
    private static String slug(String wordpress) {
        if (!wordpress.contains("%")) {
            return wordpress;
        }
        try {
            return URLDecoder.decode(wordpress.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return wordpress;
        }
    }

    private static String name(String name) {
        String stripped = name.strip();
        return stripped.length() > NAME_LENGTH ? stripped.substring(0, NAME_LENGTH) : stripped;
    }

    private static String limit(String value) {
        return value.length() > NAME_LENGTH ? value.substring(0, NAME_LENGTH) : value;
    }

    private static int number(String text) {
        try {
            return text.isEmpty() ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
