/** Wiring: configuration, the HTTP server and its routes, security headers and error pages. */
package org.tidings.app;
