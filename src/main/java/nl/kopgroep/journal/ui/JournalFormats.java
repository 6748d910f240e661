package nl.kopgroep.journal.ui;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Times as the journal shows them, in the programme's time zone and the UI's language. */
final class JournalFormats {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private JournalFormats() {
    }

    static String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(UI.getCurrent().getLocale()).withZone(ZONE).format(instant);
    }

    static String time(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE).format(instant);
    }
}
