package nl.kopgroep.balance.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kopgroep.balance.BalanceNavigation;
import nl.kopgroep.balance.ParticipantBalanceService;
import nl.kopgroep.balance.RoleBalance;
import nl.kopgroep.security.Role;

/** My four-roles balance: goals, check-ins, journal entries and map ties per role per quarter, with the reading guide. */
@Route("rollenbalans")
@RolesAllowed(Role.Names.PARTICIPANT)
class MyBalanceView extends Main implements HasDynamicTitle, BalanceNavigation.MyBalanceRoute {

    MyBalanceView(ParticipantBalanceService balances) {
        addClassNames("page", "balance-page");
        RoleBalance balance = balances.myBalance();
        add(new H1(getTranslation("balance.title")), new Paragraph(getTranslation("balance.intro")));
        add(chart(this, balance, getTranslation("balance.chartTitle"), "balance-chart", "balance.empty"));
        add(ReadingGuide.forPerson());
    }

    /** The chart with its table in a section, or a line saying there is nothing to show yet. */
    static Section chart(com.vaadin.flow.component.Component owner, RoleBalance balance, String title, String id,
                         String emptyKey) {
        Section section = new Section();
        section.addClassNames("home-section", "balance-section");
        section.add(new com.vaadin.flow.component.html.H2(title));
        if (balance.isEmpty()) {
            section.add(new Paragraph(owner.getTranslation(emptyKey)));
        } else {
            section.add(BalanceChart.of(owner, id, title, balance));
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("balance.title");
    }
}
