package nl.kopgroep.home.ui;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.kopgroep.organisation.CohortSummary;

/** Dates and programme months as people read them, in the UI's language. */
final class Formats {

    private Formats() {
    }

    static String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(UI.getCurrent().getLocale()).format(date);
    }

    static String programmeMonth(CohortSummary cohort) {
        UI ui = UI.getCurrent();
        if (!cohort.started()) {
            return ui.getTranslation("cohort.startsOn", date(cohort.startDate()));
        }
        if (cohort.finished()) {
            return ui.getTranslation("cohort.finishedOn", date(cohort.endDate()));
        }
        return ui.getTranslation("cohort.month", cohort.programmeMonth());
    }
}
