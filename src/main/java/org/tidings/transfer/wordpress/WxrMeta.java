package org.tidings.transfer.wordpress;

/** One {@code postmeta}, {@code commentmeta} or {@code termmeta} entry, its value as written (PHP-serialized or not). */
public record WxrMeta(String key, String value) {
}
