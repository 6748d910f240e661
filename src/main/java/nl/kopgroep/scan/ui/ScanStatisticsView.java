package nl.kopgroep.scan.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;
import nl.kopgroep.scan.ScanAggregate;
import nl.kopgroep.scan.ScanNavigation;
import nl.kopgroep.scan.ScanStatisticsService;
import nl.kopgroep.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * Management's view of the scan: per cohort and round, per competency how many scored each level (self and coach)
 * and the median, over the closed scans only; a round with fewer than five completed scans shows only that.
 */
@Route("management/competenties")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
class ScanStatisticsView extends Main implements HasDynamicTitle, ScanNavigation.StatisticsRoute {

    ScanStatisticsView(ScanStatisticsService statistics) {
        addClassNames("page", "scan-statistics-page");
        // management sits above the scan in the chain, so its route is written as text
        add(new Anchor("management", getTranslation("scan.stats.back")),
                new H1(getTranslation("scan.stats.title")), new Paragraph(getTranslation("scan.stats.intro")));
        List<ScanAggregate> aggregates = statistics.cohortAggregates();
        if (aggregates.isEmpty()) {
            add(new Paragraph(getTranslation("scan.stats.none")));
        }
        for (ScanAggregate aggregate : aggregates) {
            Section section = new Section(new H2(getTranslation("scan.stats.cohortRound", aggregate.cohortName(),
                    aggregate.round(), aggregate.month())));
            section.addClassNames("home-section", "scan-aggregate");
            if (!aggregate.shown()) {
                section.add(new Paragraph(getTranslation("scan.stats.tooFew")));
            } else {
                Grid<ScanAggregate.Figures> grid = new Grid<>();
                grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
                grid.setAllRowsVisible(true);
                grid.setAriaLabel(getTranslation("scan.stats.cohortRound", aggregate.cohortName(), aggregate.round(),
                        aggregate.month()));
                grid.addColumn(ScanAggregate.Figures::name).setHeader(getTranslation("scan.competency")).setAutoWidth(true);
                grid.addColumn(f -> distribution(f.self())).setHeader(getTranslation("scan.stats.selfDistribution"))
                        .setAutoWidth(true);
                grid.addColumn(f -> median(f.selfMedian())).setHeader(getTranslation("scan.stats.selfMedian"));
                grid.addColumn(f -> distribution(f.coach())).setHeader(getTranslation("scan.stats.coachDistribution"))
                        .setAutoWidth(true);
                grid.addColumn(f -> median(f.coachMedian())).setHeader(getTranslation("scan.stats.coachMedian"));
                grid.setItems(aggregate.competencies());
                section.add(new Paragraph(getTranslation("scan.stats.reading")), grid);
            }
            add(section);
        }
    }

    private static String distribution(int[] counts) {
        return counts[0] + " / " + counts[1] + " / " + counts[2] + " / " + counts[3];
    }

    private String median(@Nullable Double median) {
        if (median == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(median);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scan.stats.title");
    }
}
