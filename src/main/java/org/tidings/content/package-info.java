/** Domain values (posts, authors, categories, tags, outlets) and the rules that shape them. */
package org.tidings.content;
