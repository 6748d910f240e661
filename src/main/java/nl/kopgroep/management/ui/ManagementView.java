package nl.kopgroep.management.ui;

import nl.kopgroep.goals.GoalsNavigation;
import nl.kopgroep.management.ManagementNavigation;
import nl.kopgroep.base.ui.DateTimeFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.ReportingPeriod;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.goals.MonthCount;
import nl.kopgroep.goals.WorkGoalProgress;
import nl.kopgroep.journal.CohortActivity;
import nl.kopgroep.management.CommitmentProgress;
import nl.kopgroep.management.Dashboard;
import nl.kopgroep.management.ManagementService;
import nl.kopgroep.management.ThemeProgress;
import nl.kopgroep.organisation.CohortSummary;
import nl.kopgroep.programme.CohortProgress;
import nl.kopgroep.security.Role;
import org.jspecify.annotations.Nullable;
import nl.kopgroep.base.ui.PhoneColumns;

/**
 * The management dashboard: which commitments of the coalition agreement the kopgroep moves and
 * which it leaves untouched, programme progress and engagement, with filters by cohort, theme and
 * period, and the reports for the planning-and-control cycle. Every chart has a table beside it.
 */
@Route("management")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
@Menu(order = 22, icon = "vaadin:chart-3d", title = "nav.management")
class ManagementView extends Main implements HasDynamicTitle, ManagementNavigation.DashboardRoute {

    static final String ON_TRACK = "#1b7a3a";
    static final String ATTENTION = "#a65c00";
    static final String OFF_TRACK = "#b3261e";
    static final String NOT_UPDATED = "#5b6472";
    private static final String MONTH = "MMM yy";

    private final ManagementService management;
    private final Select<Optional<CohortSummary>> cohort = new Select<>();
    private final Select<String> theme = new Select<>();
    private final Select<YearMonth> from = new Select<>();
    private final Select<YearMonth> to = new Select<>();
    private final FormError filterError = new FormError();
    private final Div content = new Div();
    private final DateTimeFormats formats;
    private List<ThemeProgress> allThemes = List.of();

    ManagementView(ManagementService management, DateTimeFormats formats) {
        this.management = management;
        this.formats = formats;
        addClassNames("page", "management-page");
        Section filters = filters();
        ReportSection reports = new ReportSection(management, formats, () -> cohort.getValue().map(CohortSummary::id).orElse(null));
        Paragraph balance = new Paragraph(new Anchor(nl.kopgroep.balance.BalanceNavigation.cohorts(),
                getTranslation("balance.cohortLink")));
        balance.addClassName("balance-link");
        Paragraph scans = new Paragraph(new Anchor(nl.kopgroep.scan.ScanNavigation.statistics(), getTranslation("scan.stats.link")));
        scans.addClassName("balance-link");
        Paragraph sessions = new Paragraph(new Anchor(nl.kopgroep.sessions.SessionsNavigation.MANAGEMENT_PATH,
                getTranslation("sessions.stats.link")));
        sessions.addClassName("balance-link");
        add(new H1(getTranslation("management.title")), new Paragraph(getTranslation("management.intro")), scans, sessions, balance,
                filters, content, reports);
        // The report follows the cohort filter: a cohort under five gets its reason there too.
        cohort.addValueChangeListener(e -> reports.check());
        ReportingPeriod period = management.defaultPeriod();
        from.setValue(YearMonth.from(period.from()));
        to.setValue(YearMonth.from(period.to()));
        show();
    }

    private Section filters() {
        List<Optional<CohortSummary>> cohorts = new ArrayList<>();
        cohorts.add(Optional.empty());
        management.cohorts().forEach(c -> cohorts.add(Optional.of(c)));
        cohort.setLabel(getTranslation("management.cohort"));
        cohort.setItems(cohorts);
        cohort.setItemLabelGenerator(c -> c.map(CohortSummary::name).orElse(getTranslation("management.allCohorts")));
        cohort.setValue(Optional.empty());
        theme.setLabel(getTranslation("management.theme"));
        theme.setEmptySelectionAllowed(true);
        theme.setEmptySelectionCaption(getTranslation("management.allThemes"));
        // Whole calendar months only, from a bounded list (DD009): counts of people never differ by a day.
        List<YearMonth> months = management.selectableMonths();
        for (Select<YearMonth> month : List.of(from, to)) {
            month.setItems(months);
            month.setItemLabelGenerator(m -> formats.month(m, "MMMM yyyy"));
        }
        from.setLabel(getTranslation("aggregate.fromMonth"));
        to.setLabel(getTranslation("aggregate.toMonth"));
        to.setHelperText(getTranslation("aggregate.periodHelp", ManagementService.MAX_MONTHS));
        Button apply = new Button(getTranslation("management.apply"), click -> show());
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout fields = new HorizontalLayout(cohort, theme, from, to, apply);
        fields.setWrap(true);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        Section section = new Section(new H2(getTranslation("management.filters")), filterError, fields);
        section.addClassNames("home-section", "management-filters");
        return section;
    }

    /** Reads the filters and redraws; a bad period gets a message and the fields keep their values. */
    void show() {
        Dashboard[] shown = new Dashboard[1];
        if (!filterError.attempt(() -> shown[0] = load())) {
            return;
        }
        Dashboard dashboard = shown[0];
        if (theme.getValue() == null) {
            allThemes = dashboard.themes();
            theme.setItems(allThemes.stream().map(ThemeProgress::code).toList());
            theme.setItemLabelGenerator(code -> code == null ? getTranslation("management.allThemes") : allThemes.stream().filter(t -> t.code().equals(code))
                    .map(t -> t.code() + " " + t.title()).findFirst().orElse(code));
        }
        content.removeAll();
        if (dashboard.agreementTitle() == null) {
            content.add(new Paragraph(getTranslation("management.noAgreement")));
        } else {
            content.add(agreement(dashboard), gaps(dashboard));
        }
        content.add(programme(dashboard.programme()), engagement(dashboard.checkInsPerMonth()),
                journal(dashboard.journalActivity()));
    }

    /** The dashboard for the filters; a theme that a revision of the agreement removed falls back to all themes. */
    private Dashboard load() {
        if (from.getValue() == null) {
            throw new DomainException("validation.required", "aggregate.fromMonth");
        }
        if (to.getValue() == null) {
            throw new DomainException("validation.required", "aggregate.toMonth");
        }
        var chosen = cohort.getValue().map(CohortSummary::id).orElse(null);
        try {
            return management.dashboard(chosen, from.getValue(), to.getValue(), theme.getValue());
        } catch (NotFoundException e) {
            if (theme.getValue() == null) {
                throw e;
            }
            theme.clear();
            return management.dashboard(chosen, from.getValue(), to.getValue(), null);
        }
    }

    private Section agreement(Dashboard dashboard) {
        Section section = section(dashboard.agreementTitle());
        section.add(new Paragraph(getTranslation("management.summary", dashboard.commitmentsWithGoals(),
                dashboard.commitments(), dashboard.workGoals(), dashboard.participantsWithGoals())));
        section.add(statusLine(dashboard.status()));
        List<SvgChart.Series> series = List.of(new SvgChart.Series(getTranslation("management.colOnTrack"), ON_TRACK),
                new SvgChart.Series(getTranslation("management.colAttention"), ATTENTION),
                new SvgChart.Series(getTranslation("management.colOffTrack"), OFF_TRACK),
                new SvgChart.Series(getTranslation("management.colNotUpdated"), NOT_UPDATED));
        section.add(new H3(getTranslation("management.chartThemes")));
        section.add(SvgChart.stackedBars("themes-chart", getTranslation("management.chartThemes"),
                getTranslation("management.chartThemesDesc"), series, dashboard.themes().stream()
                        .map(t -> new SvgChart.Bar(t.code() + " " + t.title(), new int[] {t.status().onTrack(),
                                t.status().attention(), t.status().offTrack(), t.status().notUpdated()})).toList()));
        Grid<ThemeProgress> table = grid(getTranslation("management.chartThemes"));
        table.addColumn(t -> t.code() + " " + t.title()).setHeader(getTranslation("management.colTheme")).setAutoWidth(true);
        table.addColumn(t -> t.status().onTrack()).setHeader(getTranslation("management.colOnTrack"));
        table.addColumn(t -> t.status().attention()).setHeader(getTranslation("management.colAttention"));
        table.addColumn(t -> t.status().offTrack()).setHeader(getTranslation("management.colOffTrack"));
        table.addColumn(t -> t.status().notUpdated()).setHeader(getTranslation("management.colNotUpdated"));
        table.addColumn(ThemeProgress::gaps).setHeader(getTranslation("management.colGaps"));
        table.setItems(dashboard.themes());
        section.add(table, new H3(getTranslation("management.themesTitle")));
        for (ThemeProgress theme : dashboard.themes()) {
            // Built when first opened: a large municipality has hundreds of goals behind these.
            Div commitments = new Div();
            Details details = new Details(theme.code() + " · " + theme.title(), commitments);
            details.addClassName("management-theme");
            details.addOpenedChangeListener(event -> {
                if (event.isOpened() && commitments.getChildren().findAny().isEmpty()) {
                    theme.commitments().forEach(c -> commitments.add(commitment(c)));
                }
            });
            details.setOpened(dashboard.themes().size() == 1);
            section.add(details);
        }
        return section;
    }

    private Div commitment(CommitmentProgress commitment) {
        Div card = new Div();
        card.addClassName("commitment-progress");
        Paragraph title = new Paragraph(commitment.code() + " " + commitment.title());
        title.addClassName("commitment-title");
        card.add(title);
        if (commitment.gap()) {
            card.addClassName("gap");
            card.add(new Paragraph(getTranslation("management.gap")));
            return card;
        }
        card.add(statusLine(commitment.status()));
        List<String> figures = new ArrayList<>();
        figures.add(getTranslation("management.colParticipants") + ": " + commitment.participants());
        figures.add(getTranslation("management.colCheckIns") + ": " + commitment.checkIns());
        if (commitment.keyResults() > 0) {
            figures.add(getTranslation("management.colKeyResults") + ": "
                    + getTranslation("management.keyResults", commitment.keyResultsReached(), commitment.keyResults()));
        }
        if (commitment.keyResultProgress() != null) {
            figures.add(getTranslation("management.colProgress") + ": " + Math.round(commitment.keyResultProgress() * 100) + "%");
        }
        card.add(new Paragraph(String.join(" · ", figures)));
        if (commitment.latestEvidence() != null) {
            card.add(new Paragraph(getTranslation("management.colEvidence") + ": " + getTranslation("management.evidence",
                    commitment.latestEvidence(), commitment.latestEvidenceGoal(),
                    formats.date(commitment.latestEvidenceAt()))));
        }
        UnorderedList goals = new UnorderedList();
        goals.getElement().setAttribute("aria-label", getTranslation("management.goalsOf", commitment.code()));
        for (WorkGoalProgress goal : commitment.goals()) {
            Anchor link = new Anchor(GoalsNavigation.workGoal(goal.goalId()), goal.title());
            String status = goal.status() == null ? getTranslation("management.colNotUpdated")
                    : getTranslation("goalStatus." + goal.status().name());
            goals.add(new ListItem(link, new com.vaadin.flow.component.html.Span(" – " + goal.ownerName() + " · " + status)));
        }
        card.add(goals);
        return card;
    }

    private Paragraph statusLine(CommitmentProgress.StatusCounts status) {
        Paragraph line = new Paragraph(getTranslation("management.colOnTrack") + ": " + status.onTrack() + " · "
                + getTranslation("management.colAttention") + ": " + status.attention() + " · "
                + getTranslation("management.colOffTrack") + ": " + status.offTrack() + " · "
                + getTranslation("management.colNotUpdated") + ": " + status.notUpdated());
        line.addClassName("status-line");
        return line;
    }

    private Section gaps(Dashboard dashboard) {
        Section section = section(getTranslation("management.gapsTitle"));
        List<CommitmentProgress> gaps = dashboard.themes().stream().flatMap(t -> t.commitments().stream())
                .filter(CommitmentProgress::gap).toList();
        if (gaps.isEmpty()) {
            section.add(new Paragraph(getTranslation("management.noGaps")));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("gaps");
        gaps.forEach(c -> list.add(new ListItem(c.code() + " " + c.title())));
        section.add(list);
        if (dashboard.goalsOutsideAgreement() > 0) {
            section.add(new Paragraph(getTranslation("management.outside", dashboard.goalsOutsideAgreement())));
        }
        return section;
    }

    private Section programme(List<CohortProgress> cohorts) {
        Section section = section(getTranslation("management.programmeTitle"));
        Grid<CohortProgress> grid = grid(getTranslation("management.programmeTitle"));
        var name = grid.addColumn(c -> c.cohort().name()).setHeader(getTranslation("cohort.name")).setAutoWidth(true);
        grid.addColumn(c -> c.shown() ? String.valueOf(c.participants()) : getTranslation("aggregate.fewerThanFive"))
                .setHeader(getTranslation("cohort.participants"));
        grid.addColumn(c -> getTranslation("home.manager.modulesOpened", c.modulesOpened(), c.moduleCount()))
                .setHeader(getTranslation("home.manager.modules")).setAutoWidth(true);
        var done = grid.addColumn(c -> c.shown() ? getTranslation("home.manager.averageDone", c.averagePercentDone())
                        : getTranslation("aggregate.noFigure")).setHeader(getTranslation("home.manager.lessonsDone")).setAutoWidth(true);
        grid.setItems(cohorts);
        PhoneColumns.essentialOnPhone(grid, name, done);
        section.add(grid);
        if (cohorts.stream().anyMatch(c -> !c.shown())) {
            section.add(new Paragraph(getTranslation("aggregate.smallCohortNote")));
        }
        return section;
    }

    private Section engagement(List<MonthCount> perMonth) {
        Section section = section(getTranslation("management.engagementTitle"));
        section.add(new H3(getTranslation("management.chartCheckIns")));
        section.add(SvgChart.columns("checkins-chart", getTranslation("management.chartCheckIns"),
                getTranslation("management.chartCheckInsDesc"), ON_TRACK,
                perMonth.stream().map(m -> formats.month(m.month(), MONTH)).toList(),
                perMonth.stream().map(MonthCount::checkIns).toList()));
        Grid<MonthCount> grid = grid(getTranslation("management.chartCheckIns"));
        grid.addColumn(m -> formats.month(m.month(), MONTH)).setHeader(getTranslation("management.colMonth"));
        grid.addColumn(MonthCount::checkIns).setHeader(getTranslation("management.colCheckInCount"));
        grid.addColumn(MonthCount::participants).setHeader(getTranslation("management.colCheckInPeople"));
        grid.setItems(perMonth);
        Details table = new Details(getTranslation("management.showTable"), grid);
        section.add(table);
        return section;
    }

    private Section journal(List<CohortActivity> activity) {
        Section section = section(getTranslation("management.journalTitle"));
        section.add(new Paragraph(getTranslation("management.journalIntro")));
        List<CohortActivity> shown = activity.stream().filter(CohortActivity::shown).toList();
        activity.stream().filter(a -> !a.shown()).forEach(a ->
                section.add(new Paragraph(a.cohortName() + ": " + getTranslation("aggregate.activityTooSmall"))));
        if (shown.isEmpty() || shown.getFirst().months().isEmpty()) {
            section.add(new Paragraph(getTranslation("aggregate.noCompletedMonth")));
            return section;
        }
        List<YearMonth> monthList = new ArrayList<>(shown.getFirst().months().keySet());
        Grid<YearMonth> grid = grid(getTranslation("management.journalTitle"));
        grid.addColumn(m -> formats.month(m, MONTH)).setHeader(getTranslation("management.colMonth"));
        for (CohortActivity cohortActivity : shown) {
            grid.addColumn(month -> {
                CohortActivity.Month count = cohortActivity.months().get(month);
                return count == null || count.suppressed() ? getTranslation("management.suppressed")
                        : String.valueOf(count.entries());
            }).setHeader(cohortActivity.cohortName()).setAutoWidth(true);
        }
        grid.setItems(monthList);
        section.add(grid);
        return section;
    }

    private static <T> Grid<T> grid(String label) {
        Grid<T> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(label);
        return grid;
    }

    private static Section section(@Nullable String title) {
        Section section = new Section(new H2(title == null ? "" : title));
        section.addClassName("home-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("management.title");
    }
}
