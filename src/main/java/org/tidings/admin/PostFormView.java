package org.tidings.admin;

import java.util.List;
import org.tidings.content.Problems;
import org.tidings.content.SafeHtml;

/**
 * The post editor: the form's values, the choices it offers, what is wrong with it at which
 * field, and a preview (null: none). {@code postId} is null for a new post; {@code readOnly}
 * when the user may look but not change (a contributor's post once scheduled or published).
 * {@code images} are the library's newest images, to insert or feature; the featured one selected.
 * {@code languages} are the post's possible languages, the first one "detect from the text".
 */
public record PostFormView(
        AdminPage page,
        Long postId,
        String action,
        PostForm form,
        List<Choice> statuses,
        List<Choice> categories,
        List<String> outlets,
        List<String> bylines,
        Problems problems,
        SafeHtml preview,
        String publicUrl,
        boolean readOnly,
        List<Choice> images,
        List<Choice> languages) {

    /** One option of a select or checkbox list. */
    public record Choice(String value, String label, boolean selected) {
    }
}
