package org.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogSetupTest {
    @Test
    void ourInfoIsLoggedAndLibrariesOnlyWarn() {
        // Logback found LogSetup through META-INF/services when the first logger was asked for.
        assertThat(LoggerFactory.getILoggerFactory()).isInstanceOf(LoggerContext.class);
        assertThat(LoggerFactory.getLogger("org.tidings.content.PublishScheduler").isInfoEnabled()).isTrue();
        assertThat(LoggerFactory.getLogger("org.tidings.content.PublishScheduler").isDebugEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger("org.eclipse.jetty.server.Server").isInfoEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger("org.flywaydb.core.Flyway").isWarnEnabled()).isTrue();
        assertThat(((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("ROOT").getAppender("STDERR"))
                .isNotNull();
    }
}
