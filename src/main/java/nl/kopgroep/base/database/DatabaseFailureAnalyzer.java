package nl.kopgroep.base.database;

import java.net.ConnectException;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns "database unreachable" and "database not configured" into one clear line that names the
 * URL and what to check, instead of a page of stack trace.
 */
class DatabaseFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    DatabaseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        if (findCause(failure, DatabaseNotConfiguredException.class) != null) {
            return new FailureAnalysis(
                    "Kopgroep cannot start: no database configured (KOPGROEP_DB_URL is empty).",
                    "Set KOPGROEP_DB_URL (e.g. jdbc:mariadb://db-host:3306/kopgroep), KOPGROEP_DB_USER and "
                            + "KOPGROEP_DB_PASSWORD; see README.md, section Production.",
                    failure);
        }
        SQLException sqlException = findCause(failure, SQLException.class);
        if (sqlException == null || !isConnectionProblem(failure, sqlException)) {
            return null;
        }
        String url = environment.getProperty("spring.datasource.url", "(embedded database)");
        String user = environment.getProperty("spring.datasource.username", "");
        return new FailureAnalysis(
                "Kopgroep cannot reach its database at " + url + " as user '" + user + "': "
                        + firstLine(sqlException.getMessage()),
                "Check that the MariaDB server is running and reachable from this host, that the database "
                        + "exists, and that KOPGROEP_DB_URL, KOPGROEP_DB_USER and KOPGROEP_DB_PASSWORD are right.",
                failure);
    }

    private static boolean isConnectionProblem(Throwable failure, SQLException sqlException) {
        String state = sqlException.getSQLState();
        boolean connectionState = state != null && (state.startsWith("08") || state.startsWith("28"));
        return connectionState || findCause(failure, ConnectException.class) != null
                || sqlException.getClass().getSimpleName().contains("Connection");
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "no details";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static <T extends Throwable> @Nullable T findCause(Throwable failure, Class<T> type) {
        Throwable candidate = failure;
        while (candidate != null) {
            if (type.isInstance(candidate)) {
                return type.cast(candidate);
            }
            candidate = candidate.getCause();
        }
        return null;
    }
}
