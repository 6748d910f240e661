package nl.kopgroep.balance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kopgroep.balance.BalanceNavigation;
import nl.kopgroep.balance.CoachBalanceService;
import nl.kopgroep.balance.CoacheeBalance;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.UserId;
import nl.kopgroep.goals.GoalsNavigation;
import nl.kopgroep.security.Role;

/** A coach reads one coachee's balance; journal entries count only as far as they are shared with the coach. */
@Route("coach/rollenbalans/:participantId([0-9]+)")
@RolesAllowed(Role.Names.COACH)
class CoacheeBalanceView extends Main implements BeforeEnterObserver, HasDynamicTitle, BalanceNavigation.CoacheeBalanceRoute {

    private final CoachBalanceService balances;
    private String name = "";

    CoacheeBalanceView(CoachBalanceService balances) {
        this.balances = balances;
        addClassNames("page", "balance-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UserId participant = BalanceNavigation.coacheeId(event.getRouteParameters()).orElse(null);
        CoacheeBalance balance;
        try {
            if (participant == null) {
                throw new NotFoundException();
            }
            balance = balances.balanceOf(participant);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        name = balance.name();
        removeAll();
        add(new Anchor("", getTranslation("goals.backHome")), new H1(getTranslation("balance.ofCoachee", name)),
                new Paragraph(getTranslation("balance.coachIntro", name)),
                new Paragraph(new Anchor(GoalsNavigation.coachee(participant), getTranslation("home.coach.viewGoals", name))));
        add(MyBalanceView.chart(this, balance.balance(), getTranslation("balance.chartTitleOf", name), "balance-chart",
                "balance.emptyCoachee"));
        add(ReadingGuide.forPerson());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("balance.ofCoachee", name);
    }
}
