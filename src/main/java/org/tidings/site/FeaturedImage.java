package org.tidings.site;

import org.tidings.media.MediaFile;
import org.tidings.media.MediaImages;
import org.tidings.media.MediaItem;

/** A post's featured image as its page shows it: above the fold, so loaded at once, in the width that fits. */
public record FeaturedImage(String src, String srcset, String sizes, int width, int height, String alt) {
    private static final int SHOWN_WIDTH = 960;

    public static FeaturedImage of(MediaItem item) {
        MediaFile shown = item.fitting(SHOWN_WIDTH);
        return new FeaturedImage(shown.path(), item.srcset(), MediaImages.SIZES, shown.width(), shown.height(),
                item.alt());
    }
}
