package org.tidings.admin;

import java.util.List;
import org.tidings.content.Problems;

/**
 * The new or edit form of a simple page: where it is sent ({@code action}), its values, why it
 * was refused (empty: it was not), the pages it may go under, the languages it may be in, and for a
 * stored page its id and public address (null when a draft or new).
 */
public record PageFormView(AdminPage page, String action, Long pageId, PageForm form, Problems problems,
        List<PostFormView.Choice> parents, List<PostFormView.Choice> languages, String publicUrl) {
}
