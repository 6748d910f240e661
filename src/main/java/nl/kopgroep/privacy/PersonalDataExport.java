package nl.kopgroep.privacy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link PersonalDataPart} adds to a person's download: kinds of data, each a stream of rows.
 * The rows are read when the zip is written (once for the JSON file, once for the readable page), so
 * a long journal is never held in memory as a whole.
 */
public interface PersonalDataExport {

    /** A kind of data, e.g. {@code journal.entries}; its Dutch and English title is {@code privacy.kind.<kind>}. */
    void add(String kind, Rows rows);

    /** Produces the rows of one kind, in order; called more than once, each time from the start. */
    @FunctionalInterface
    interface Rows {
        void forEach(Consumer<Map<String, @Nullable Object>> row);
    }

    /** A row from alternating names and values; a value is text, a number, a boolean, a moment, a date or null. */
    static Map<String, @Nullable Object> row(@Nullable Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return row;
    }
}
