package nl.kopgroep.balance.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.kopgroep.balance.BalanceNavigation;
import nl.kopgroep.balance.CohortBalance;
import nl.kopgroep.balance.CohortBalanceService;
import nl.kopgroep.security.Role;

/**
 * Management's four-roles balance per cohort: WORK goals and check-ins on them per completed quarter;
 * a cohort under five participants and a quarter with fewer than five contributors show no figures.
 */
@Route("management/rollenbalans")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
class CohortBalanceView extends Main implements HasDynamicTitle, BalanceNavigation.CohortBalanceRoute {

    CohortBalanceView(CohortBalanceService balances) {
        addClassNames("page", "balance-page");
        add(new H1(getTranslation("balance.cohortTitle")),
                new Paragraph(getTranslation("balance.cohortIntro")));
        List<CohortBalance> cohorts = balances.cohortBalances();
        if (cohorts.isEmpty()) {
            add(new Paragraph(getTranslation("balance.noCohorts")));
        }
        for (CohortBalance cohort : cohorts) {
            if (cohort.shown()) {
                add(MyBalanceView.chart(this, cohort.balance(), getTranslation("balance.chartTitleOf", cohort.name()),
                        "balance-chart-" + cohort.cohort().value(), "balance.emptyCohort"));
            } else {
                Section section = new Section(new com.vaadin.flow.component.html.H2(cohort.name()),
                        new Paragraph(getTranslation("aggregate.activityTooSmall")));
                section.addClassNames("home-section", "balance-section", "balance-too-small");
                add(section);
            }
        }
        add(ReadingGuide.forManagement());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("balance.cohortTitle");
    }
}
