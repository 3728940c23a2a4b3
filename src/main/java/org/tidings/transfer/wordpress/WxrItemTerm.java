package org.tidings.transfer.wordpress;

/** An item's {@code <category domain="..." nicename="...">name</category>}; old WXR gives no domain for categories. */
public record WxrItemTerm(String domain, String slug, String name) {
}
