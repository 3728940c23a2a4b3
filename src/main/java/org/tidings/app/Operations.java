package org.tidings.app;

/** The server's side for operators: its metrics, its readiness, and what the operator lets it reveal. */
record Operations(Metrics metrics, Readiness readiness, Observability observability) {
}
