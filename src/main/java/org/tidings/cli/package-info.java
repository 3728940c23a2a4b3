/** One class per command of the {@code tidings} command line. */
package org.tidings.cli;
