package org.tidings.app;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;

/**
 * {@code /healthz} (the process is alive: no database access) and {@code /readyz} (it can serve
 * readers: see {@link Readiness}) for load balancers and orchestrators; plain text, never cached.
 */
final class Probes {
    private final Readiness readiness;

    Probes(Readiness readiness) {
        this.readiness = readiness;
    }

    void alive(Context ctx) {
        answer(ctx, HttpStatus.OK, "ok");
    }

    void ready(Context ctx) {
        Optional<String> problem = readiness.problem();
        answer(ctx, problem.isEmpty() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE, problem.orElse("ready"));
    }

    private static void answer(Context ctx, HttpStatus status, String text) {
        ctx.status(status).header("Cache-Control", "no-store").contentType("text/plain; charset=utf-8")
                .result(text + "\n");
    }
}
