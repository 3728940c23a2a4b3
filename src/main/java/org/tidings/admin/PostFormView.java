package org.tidings.admin;

import java.util.List;
import org.tidings.content.PostEdit;

/**
 * The post editor: the form's values, the choices it offers, what is wrong with it, and a
 * preview. {@code postId} is null for a new post; {@code readOnly} when the user may look but
 * not change (a contributor's post once scheduled or published).
 */
public record PostFormView(
        AdminPage page,
        Long postId,
        String action,
        PostEdit edit,
        String publishAt,
        List<Choice> statuses,
        List<Choice> categories,
        List<String> outlets,
        List<String> bylines,
        List<String> problems,
        String previewHtml,
        String publicUrl,
        boolean readOnly,
        boolean markdown) {

    /** One option of a select or checkbox list. */
    public record Choice(String value, String label, boolean selected) {
    }
}
