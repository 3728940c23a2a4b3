package org.tidings.admin;

import org.tidings.site.PostPageView;

/** A preview page: the post page as readers would get it, and the way back to its editor. */
public record PostPreviewView(PostPageView page, String editorUrl) {
}
