package nl.kopgroep.base;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Moments as the database keeps them: {@code DATETIME(6)} columns hold UTC wall-clock time, so
 * every store converts the same way, whatever the server's or the JVM's time zone.
 */
public final class DbTime {

    private DbTime() {
    }

    /** The column value for a moment. */
    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The moment a {@code DATETIME} column holds; the column must not be null. */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    /** The moment a nullable {@code DATETIME} column holds, or null. */
    public static @Nullable Instant instantOrNull(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
