package nl.kopgroep.home.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import nl.kopgroep.journal.CohortActivity;

/**
 * Journal activity per cohort for management: a bar per month with the count written on it (so
 * the chart has its own text alternative). Never names, titles or text; nothing under five.
 */
class JournalActivityHome extends Composite<Section> {

    JournalActivityHome(List<CohortActivity> activity) {
        Section section = getContent();
        section.addClassNames("home-section", "journal-activity");
        section.add(new H2(getTranslation("home.activity.title")), new Paragraph(getTranslation("home.activity.intro")));
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", UI.getCurrent().getLocale());
        for (CohortActivity cohort : activity) {
            section.add(new H3(cohort.cohortName()));
            if (!cohort.shown()) {
                section.add(new Paragraph(getTranslation("aggregate.activityTooSmall")));
                continue;
            }
            long max = Math.max(1, cohort.entriesPerMonth().values().stream().mapToLong(Long::longValue).max().orElse(1));
            boolean anySuppressed = cohort.months().values().stream().anyMatch(CohortActivity.Month::suppressed);
            Div bars = new Div();
            bars.addClassName("activity-bars");
            bars.getElement().setAttribute("role", "list");
            bars.getElement().setAttribute("aria-label", getTranslation("home.activity.chartLabel", cohort.cohortName()));
            for (Map.Entry<YearMonth, Long> entry : cohort.entriesPerMonth().entrySet()) {
                Div bar = new Div();
                bar.addClassName("activity-bar");
                bar.getStyle().set("--share", String.valueOf((double) entry.getValue() / max));
                Span count = new Span(String.valueOf(entry.getValue()));
                count.addClassName("activity-count");
                Span label = new Span(month.format(entry.getKey()));
                label.addClassName("activity-month");
                Div item = new Div(count, bar, label);
                item.addClassName("activity-item");
                item.getElement().setAttribute("role", "listitem");
                boolean suppressed = cohort.months().get(entry.getKey()).suppressed();
                if (suppressed) {
                    count.setText("–");
                }
                item.getElement().setAttribute("aria-label", suppressed
                        ? getTranslation("home.activity.itemSuppressed", month.format(entry.getKey()))
                        : getTranslation("home.activity.itemLabel", month.format(entry.getKey()), entry.getValue()));
                bars.add(item);
            }
            section.add(bars);
            if (anySuppressed) {
                section.add(new Paragraph(getTranslation("home.activity.suppressedNote")));
            }
        }
    }
}
