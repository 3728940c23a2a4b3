package org.tidings.store;

import java.time.Instant;
import java.time.ZoneId;
import org.tidings.content.AddressDate;

/**
 * What an old address names: a stored redirect ({@code kind} "redirect", {@code newPath} set) or
 * an imported item ({@code kind} post, page, category, tag, author, attachment..., {@code sourceId}
 * its id on the old site) with what its
 * public address is made of now: {@code slug} and for posts {@code dated} (published, else created);
 * {@code visible} is false for a post or page that is not published (nor the item found).
 */
public record OldAddress(String kind, String sourceId, String oldPath, String newPath, Long targetId, String slug, Instant dated,
        boolean dateUnknown, String pathDate, boolean visible) {

    /** A post's address date: the fixed one, or the one it would get (see {@link AddressDate}). */
    public AddressDate addressDate(ZoneId zone) {
        return AddressDate.of(pathDate, dated, dateUnknown, zone);
    }
}
