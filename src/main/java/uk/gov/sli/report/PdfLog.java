package uk.gov.sli.report;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

/**
 * openhtmltopdf's messages through the service's own logging, so that its levels and format apply to them
 * ({@code quarkus.log.category."com.openhtmltopdf".level}). Left to itself, openhtmltopdf adds a console handler of
 * its own and sets its loggers' levels, so every board PDF wrote about five INFO lines and a warning to standard
 * error, outside the log's format, whatever the configuration said.
 */
final class PdfLog implements XRLogger {

    private PdfLog() {
    }

    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    /** Installs this logger, once, before the first PDF (not at start: openhtmltopdf is loaded only when needed). */
    static void install() {
        if (INSTALLED.compareAndSet(false, true)) {
            XRLog.setLoggerImpl(new PdfLog());
        }
    }

    /** The library asks before each message whether it is wanted, so its few loggers are looked up once. */
    private final Map<String, Logger> loggers = new ConcurrentHashMap<>();

    private Logger logger(String where) {
        return loggers.computeIfAbsent(where, Logger::getLogger);
    }

    @Override
    public void log(String where, Level level, String message) {
        logger(where).log(level, message);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        logger(where).log(level, message, error);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are the service's configuration to set, not the library's.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return logger(diagnostic.getLogMessageId().getWhere()).isLoggable(diagnostic.getLevel());
    }
}
