package org.tidings.admin;

import java.util.List;
import org.tidings.content.Problems;

/**
 * The post editor: the form's values, the choices it offers, what is wrong with it at which
 * field. {@code postId} is null for a new post; {@code readOnly} when the user may look but not
 * change (a contributor's post once scheduled or published). {@code actions} are the buttons at the
 * top of the side panel, each saving with a status; {@code keptStatus} is the status a save by the
 * Enter key keeps (never publishing nor unpublishing by accident); {@code statusKey} names the stored status.
 * {@code publicUrl} is set for a published post, {@code previewUrl} for a saved one; {@code
 * autosaveUrl} only while the post is a draft (published posts are never changed by autosave).
 * {@code images} are the library's newest images, to insert or feature; the featured one selected.
 * {@code languages} are the post's possible languages, the first one "detect from the text".
 */
public record PostFormView(
        AdminPage page,
        Long postId,
        String action,
        PostForm form,
        List<Action> actions,
        String keptStatus,
        String statusKey,
        List<Choice> categories,
        List<String> outlets,
        List<String> bylines,
        Problems problems,
        String publicUrl,
        String previewUrl,
        String autosaveUrl,
        boolean readOnly,
        List<Choice> images,
        DateField date,
        List<Choice> languages) {

    /**
     * What the date field says beside the date: the site's zone it is in, whether the post's date
     * is unknown (an import lost it), and whether it has an address to keep or move.
     */
    public record DateField(String zone, boolean unknown, boolean addressFixed) {
    }

    /** One option of a select or checkbox list. */
    public record Choice(String value, String label, boolean selected) {
    }

    /** A save button: the status it saves with, the message key of its label, and whether it is the main one. */
    public record Action(String status, String labelKey, boolean primary) {
        /** The button's class attribute: null (left out) unless it is the main one. */
        public String className() {
            return primary ? "primary" : null;
        }
    }
}
