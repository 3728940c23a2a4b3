/**
 * Fetching outlets' feeds and pages safely: only public addresses (checked on every hop and on the
 * socket itself), conditional GET, timeouts, size and redirect limits, and typed results, never
 * exceptions that stop a caller's loop.
 */
package org.tidings.curation.fetch;
