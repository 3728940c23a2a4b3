package org.tidings.site;

/** One option of a select box: the value sent, the label shown, and whether it is chosen. */
public record Choice(String value, String label, boolean selected) {
}
