package nl.kopgroep.base.ui;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every date and time the UI shows: in the programme's configured time zone ({@code kopgroep.time-zone})
 * and the UI's language. Views and components get it injected (or handed down) and never name a zone.
 */
@Component
public class DateTimeFormats {

    private final ZoneId zone;

    @Autowired
    DateTimeFormats(@Value("${kopgroep.time-zone:Europe/Amsterdam}") String zone) {
        this(ZoneId.of(zone));
    }

    public DateTimeFormats(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** "2 dec 2026": a day in a table or a line. */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    /** The day of a moment, in the programme's zone. */
    public String date(Instant instant) {
        return date(instant.atZone(zone).toLocalDate());
    }

    /** "2 december 2026": a day in running text. */
    public String longDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
    }

    /** "2 dec 2026, 14:05". */
    public String dateTime(Instant instant) {
        return format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT), instant);
    }

    /** "02-12-2026 14:05": where space is short (the notification list). */
    public String shortDateTime(Instant instant) {
        return format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT), instant);
    }

    /** "14:05". */
    public String time(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm").withZone(zone).format(instant);
    }

    /** "Opgeslagen om 14:05". */
    public String savedAt(Instant instant) {
        return translation("journal.savedAt", time(instant));
    }

    /** A month as a pattern shows it, e.g. "MMM yyyy" for "dec 2026". */
    public String month(TemporalAccessor month, String pattern) {
        return DateTimeFormatter.ofPattern(pattern, locale()).format(month);
    }

    private String format(DateTimeFormatter formatter, Instant instant) {
        return formatter.withLocale(locale()).withZone(zone).format(instant);
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? AppLocales.DUTCH : ui.getLocale();
    }

    private static String translation(String key, Object... arguments) {
        UI ui = UI.getCurrent();
        return ui == null ? nl.kopgroep.base.Messages.text(key, AppLocales.DUTCH, arguments)
                : ui.getTranslation(key, arguments);
    }
}
