package org.tidings.transfer.wordpress;

/** What the channel says of the old site before its items; {@code baseSiteUrl} falls back to the channel's link. */
public record WxrChannel(String version, String title, String link, String baseSiteUrl, String baseBlogUrl) {
}
