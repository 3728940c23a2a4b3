/** Wiring: configuration, the HTTP server and its routes, security headers, redirects and error pages. */
package org.tidings.app;
