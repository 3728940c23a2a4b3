/** Moving content in and out: plain-text archive captures, demo content, later WXR and static exports. */
package org.tidings.transfer;
