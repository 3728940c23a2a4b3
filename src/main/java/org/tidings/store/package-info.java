/** The database: pool, migrations and one store per aggregate. All SQL lives here. */
package org.tidings.store;
