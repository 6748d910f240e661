package nl.kopgroep.review.ui;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

final class CoachFormats {

    private CoachFormats() {
    }

    static String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(UI.getCurrent().getLocale()).withZone(ZoneId.of("Europe/Amsterdam")).format(instant);
    }
}
