package nl.kopgroep.home.ui;

import com.vaadin.flow.component.UI;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.organisation.CohortSummary;

/** Where a cohort is in its two years, as people say it: "maand 7", or when it starts or finished. */
final class ProgrammeMonth {

    private ProgrammeMonth() {
    }

    static String of(CohortSummary cohort, DateTimeFormats formats) {
        UI ui = UI.getCurrent();
        if (!cohort.started()) {
            return ui.getTranslation("cohort.startsOn", formats.longDate(cohort.startDate()));
        }
        if (cohort.finished()) {
            return ui.getTranslation("cohort.finishedOn", formats.longDate(cohort.endDate()));
        }
        return ui.getTranslation("cohort.month", cohort.programmeMonth());
    }
}
