package org.tidings.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.tidings.app.SafeRedirect;
import org.tidings.app.Templates;
import org.tidings.content.Problems;
import org.tidings.content.Role;
import org.tidings.i18n.Messages;
import org.tidings.media.MediaFile;
import org.tidings.media.MediaItem;
import org.tidings.media.MediaLibrary;
import org.tidings.media.MediaRefused;
import org.tidings.media.MediaSnippets;

/**
 * The media library at {@code /admin/media/}: upload (alt text required for images), list with
 * thumbnails and the Markdown to insert each, edit alt text and delete (editors). A refused
 * upload stores nothing and says why at the form, keeping the alt text typed.
 */
public final class MediaScreen {
    public static final String PATH = "/admin/media/";
    private static final int PER_PAGE = 24;
    private static final int THUMBNAIL_WIDTH = 160;
    private final MediaLibrary library;
    private final Templates templates;

    public MediaScreen(MediaLibrary library, Templates templates) {
        this.library = library;
        this.templates = templates;
    }

    public AdminHandler list() {
        return (ctx, request) -> render(ctx, request, HttpStatus.OK, "", Problems.NONE);
    }

    public AdminHandler upload() {
        return (ctx, request) -> {
            UploadedFile file = ctx.uploadedFile("file");
            String alt = ctx.formParam("alt") == null ? "" : ctx.formParam("alt").strip();
            Problems problems = Problems.NONE;
            if (file == null || file.size() == 0) {
                problems = problems.and("file", Messages.t("words.media.chooseFile"));
            }
            if (alt.isEmpty()) {
                problems = problems.and("alt", Messages.t("words.media.alt"));
            }
            if (problems.isEmpty()) {
                try (InputStream in = file.content()) {
                    MediaItem item = library.add(in.readNBytes(MediaLibrary.MAX_BYTES + 1), file.filename(), alt, null);
                    SafeRedirect.to(ctx, PATH + "?added=" + item.id(), HttpStatus.SEE_OTHER);
                    return;
                } catch (MediaRefused refused) {
                    problems = Problems.of("file", refused.getMessage());
                } catch (IOException e) {
                    problems = Problems.of("file", Messages.t("words.media.brokeOff"));
                }
            }
            render(ctx, request, HttpStatus.UNPROCESSABLE_CONTENT, alt, problems);
        };
    }

    public AdminHandler updateAlt() {
        return (ctx, request) -> {
            library.updateAlt(item(ctx).id(), ctx.formParam("alt"));
            SafeRedirect.to(ctx, PATH, HttpStatus.SEE_OTHER);
        };
    }

    /** Without {@code confirm=yes}, only asks: a page saying what deleting the file would do. */
    public AdminHandler delete() {
        return (ctx, request) -> {
            MediaItem item = item(ctx);
            if (!DeleteQuestions.confirmed(ctx)) {
                ctx.html(templates.render("admin/delete-question.jte", new DeleteQuestionView(
                        request.page(Messages.t("words.media.deleteTitle", item.originalName())), Messages.t("words.kind.file"), item.originalName(),
                        List.of(Messages.t("words.media.deleteAddress", item.url()),
                                Messages.t("words.media.deletePosts"), Messages.t("words.delete.undone")),
                        PATH + item.id() + "/delete/", PATH)));
                return;
            }
            library.delete(item.id());
            SafeRedirect.to(ctx, PATH, HttpStatus.SEE_OTHER);
        };
    }

    private MediaItem item(Context ctx) {
        return library.byId(Long.parseLong(ctx.pathParam("id")));
    }

    private void render(Context ctx, AdminRequest request, HttpStatus status, String alt, Problems problems) {
        int page = Math.max(1, parsePage(ctx.queryParam("page")));
        List<MediaView.Row> rows = library.list(PER_PAGE, (page - 1) * PER_PAGE).stream().map(MediaScreen::row).toList();
        boolean more = library.count() > page * PER_PAGE;
        String added = ctx.queryParam("added");
        AdminPage adminPage = added == null ? request.page(Messages.t("admin.nav.media"))
                : new AdminPage(Messages.t("admin.nav.media"), request.user(), request.csrfToken(), Messages.t("words.media.added"));
        ctx.status(status).html(templates.render("admin/media.jte", new MediaView(adminPage, alt, problems, rows,
                request.user().may(Role.EDITOR), page > 1 ? PATH + "?page=" + (page - 1) : null,
                more ? PATH + "?page=" + (page + 1) : null, MediaLibrary.MAX_BYTES / (1024 * 1024))));
    }

    private static MediaView.Row row(MediaItem item) {
        MediaFile thumbnail = item.isImage() ? item.smallest() : null;
        int shownHeight = thumbnail == null ? 0 : Math.max(1, thumbnail.height() * THUMBNAIL_WIDTH / thumbnail.width());
        String description = item.isImage()
                ? Messages.t("words.media.imageSize", item.width(), item.height(), item.files().size())
                : "PDF, " + String.format(Locale.ROOT, "%.1f", item.largest().size() / 1024.0) + " KB";
        return new MediaView.Row(item.id(), thumbnail == null ? null : thumbnail.path(),
                thumbnail == null ? 0 : THUMBNAIL_WIDTH, shownHeight, item.url(),
                item.originalName(), item.alt(), description, MediaSnippets.markdown(item));
    }

    private static int parsePage(String value) {
        try {
            return value == null ? 1 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
