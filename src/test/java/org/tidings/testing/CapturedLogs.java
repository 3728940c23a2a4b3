package org.tidings.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.LoggerFactory;

/**
 * Everything the process logs while open: every logback event with its stack trace, and whatever
 * else reaches standard output or error (libraries that print or use java.util.logging). What is
 * captured still goes where it went before.
 */
public final class CapturedLogs implements AutoCloseable {
    private final StringBuffer events = new StringBuffer();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            events.append(event.getLevel()).append(' ').append(event.getLoggerName()).append(" [")
                    .append(event.getThreadName()).append("] ").append(event.getFormattedMessage())
                    .append(' ').append(event.getMDCPropertyMap()).append('\n');
            if (event.getThrowableProxy() != null) {
                events.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
            }
        }
    };

    private CapturedLogs() {
        appender.setName("captured");
        appender.setContext((ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory());
        appender.start();
        root().addAppender(appender);
        System.setOut(new PrintStream(new Tee(out, printed), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(err, printed), true, StandardCharsets.UTF_8));
    }

    public static CapturedLogs start() {
        return new CapturedLogs();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    }

    /** All captured so far: logged events first, then what was printed. */
    public String text() {
        synchronized (printed) {
            return events + "\n" + printed.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        System.setOut(out);
        System.setErr(err);
        root().detachAppender(appender);
        appender.stop();
    }

    private static final class Tee extends OutputStream {
        private final OutputStream original;
        private final ByteArrayOutputStream copy;

        Tee(OutputStream original, ByteArrayOutputStream copy) {
            this.original = original;
            this.copy = copy;
        }

        @Override
        public void write(int b) {
            synchronized (copy) {
                copy.write(b);
            }
            ((PrintStream) original).write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            synchronized (copy) {
                copy.write(bytes, offset, length);
            }
            ((PrintStream) original).write(bytes, offset, length);
        }
    }
}
