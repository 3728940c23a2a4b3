/**
 * WordPress content into Tidings: {@link org.tidings.transfer.wordpress.WordPressContent#convert} turns a post body
 * or excerpt into safe HTML as WordPress would show it (autop, shortcodes, blocks), with nothing from other sites.
 */
package org.tidings.transfer.wordpress;
