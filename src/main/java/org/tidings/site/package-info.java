/** Public pages: handlers that load content, build one view record per page, and render a template. */
package org.tidings.site;
