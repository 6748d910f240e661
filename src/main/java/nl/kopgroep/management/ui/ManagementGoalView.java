package nl.kopgroep.management.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import nl.kopgroep.agreement.AgreementService;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.goals.CheckInRecord;
import nl.kopgroep.goals.GoalView;
import nl.kopgroep.management.GoalDetail;
import nl.kopgroep.management.ManagementService;
import nl.kopgroep.security.Role;

/** Management's drill-down to one WORK goal and its check-ins; a learning goal or another municipality's looks absent. */
@Route("management/doel/:id([0-9]+)")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
class ManagementGoalView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ManagementService management;
    private final AgreementService agreements;
    private String title = "";

    ManagementGoalView(ManagementService management, AgreementService agreements) {
        this.management = management;
        this.agreements = agreements;
        addClassNames("page", "management-goal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(0L);
        GoalDetail detail;
        try {
            detail = management.goal(id);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        GoalView goal = detail.goal();
        title = goal.title();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Amsterdam"));
        Map<String, String> commitments = agreements.current().map(a -> a.commitmentTitles()).orElse(Map.of());
        removeAll();
        add(new RouterLink(getTranslation("management.back"), ManagementView.class), new H1(goal.title()),
                new Paragraph(getTranslation("management.goalOwner", goal.ownerName()) + " · "
                        + getTranslation("goalStatus." + goal.status().name())));
        if (goal.description() != null) {
            add(new Paragraph(goal.description()));
        }
        UnorderedList linked = new UnorderedList();
        goal.commitments().forEach(code -> linked.add(new ListItem(code + " "
                + commitments.getOrDefault(code, getTranslation("goals.commitmentGone")))));
        add(new H2(getTranslation("goals.commitments")), linked);
        UnorderedList results = new UnorderedList();
        for (GoalView.KeyResult result : goal.keyResults()) {
            String progress = result.target() == null
                    ? getTranslation(Boolean.TRUE.equals(result.done()) ? "goals.krDone" : "goals.krNotDone")
                    : getTranslation("goals.krProgress", number(result.baseline()), number(result.current()),
                    number(result.target()), result.unit() == null ? "" : result.unit());
            results.add(new ListItem(result.title() + ": " + progress));
        }
        add(new H2(getTranslation("goals.keyResults")), results);
        if (!goal.adjustments().isEmpty()) {
            UnorderedList adjustments = new UnorderedList();
            goal.adjustments().forEach(a -> adjustments.add(new ListItem(getTranslation("goals.adjusted",
                    dates.format(a.adjustedAt()), getTranslation("goals.field." + a.field()),
                    a.originalValue() == null ? "–" : a.originalValue(), a.newValue() == null ? "–" : a.newValue(),
                    a.rationale()))));
            add(new H2(getTranslation("goals.adjustments")), adjustments);
        }
        add(new H2(getTranslation("management.checkInsTitle")));
        if (detail.checkIns().isEmpty()) {
            add(new Paragraph(getTranslation("management.noCheckIns")));
        }
        UnorderedList checkIns = new UnorderedList();
        checkIns.addClassName("check-in-history");
        for (CheckInRecord record : detail.checkIns()) {
            ListItem item = new ListItem(new Paragraph(getTranslation("goals.historyLine", dates.format(record.at()),
                    getTranslation("goalStatus." + record.status().name()), record.confidence())));
            record.values().forEach(value -> item.add(new Paragraph(value.keyResult() + ": "
                    + (value.value() == null ? getTranslation(Boolean.TRUE.equals(value.done()) ? "goals.krDone" : "goals.krNotDone")
                    : number(value.value()) + (value.unit() == null ? "" : " " + value.unit())))));
            if (record.explanation() != null) {
                item.add(new Paragraph(getTranslation("goals.historyExplanation", record.explanation())));
            }
            if (record.evidence() != null && !record.evidence().isBlank()) {
                item.add(new Paragraph(getTranslation("goals.historyEvidence", record.evidence())));
            }
            checkIns.add(item);
        }
        add(checkIns);
        // Opened from far down the dashboard: start at the top, where the heading says which goal this is.
        getElement().executeJs("this.scrollIntoView({block: 'start'})");
    }

    private static String number(BigDecimal value) {
        return value == null ? "–" : value.toPlainString().replace('.', ',');
    }

    @Override
    public String getPageTitle() {
        return getTranslation("management.goalTitle") + ": " + title;
    }
}
