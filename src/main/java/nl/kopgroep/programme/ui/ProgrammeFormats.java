package nl.kopgroep.programme.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.kopgroep.programme.ModuleStatus;

/** Dates and statuses of the programme as people read them. */
final class ProgrammeFormats {

    private ProgrammeFormats() {
    }

    static String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(UI.getCurrent().getLocale()).format(date);
    }

    static String period(LocalDate opens, LocalDate closes) {
        return UI.getCurrent().getTranslation("programme.period", date(opens), date(closes));
    }

    /** A status badge whose meaning is in its text, not only its colour. */
    static Span status(ModuleStatus status) {
        Span badge = new Span(UI.getCurrent().getTranslation(status.labelKey()));
        badge.addClassNames("status-badge", "status-" + status.name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }
}
