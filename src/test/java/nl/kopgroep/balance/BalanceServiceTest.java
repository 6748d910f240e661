package nl.kopgroep.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.agreement.AgreementService;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.Quarter;
import nl.kopgroep.base.RoleTally;
import nl.kopgroep.goals.CheckInForm;
import nl.kopgroep.goals.GoalForm;
import nl.kopgroep.goals.GoalKind;
import nl.kopgroep.goals.GoalService;
import nl.kopgroep.goals.GoalStatus;
import nl.kopgroep.journal.EntryForm;
import nl.kopgroep.journal.JournalService;
import nl.kopgroep.journal.Visibility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** The balance's arithmetic (shares, untagged, quarters) and the participant's own balance from all three sources. */
@KopgroepTest
@Transactional
class BalanceServiceTest {

    private static final Quarter Q1 = new Quarter(2026, 1);

    @Autowired ParticipantBalanceService balances;
    @Autowired GoalService goals;
    @Autowired JournalService journal;
    @Autowired AgreementService agreements;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void anItemWithTwoRolesCountsOnceUnderEachAndUntaggedItemsShareTheWhole() {
        RoleCounts counts = RoleCounts.of(List.of(new RoleTally(Q1, MunicipalRole.NETWERKEND, 2),
                new RoleTally(Q1, MunicipalRole.PARTICIPEREND, 1), new RoleTally(Q1, null, 1)));
        assertThat(counts.total()).isEqualTo(4);
        assertThat(counts.share(MunicipalRole.NETWERKEND)).isEqualTo(0.5);
        assertThat(counts.untaggedShare()).isEqualTo(0.25);
        assertThat(counts.share(MunicipalRole.RECHTMATIG)).isZero();
        double sum = counts.untaggedShare();
        for (MunicipalRole role : MunicipalRole.values()) {
            sum += counts.share(role);
        }
        assertThat(sum).as("shares add up to the whole").isCloseTo(1, within(1e-9));
        assertThat(RoleCounts.NONE.share(MunicipalRole.PRESTEREND)).as("nothing is no division by zero").isZero();
    }

    @Test
    void quartersRunFromTheFirstWithItemsToTheLastWithEmptyOnesInBetween() {
        RoleBalance balance = RoleBalance.of(new Quarter(2025, 3), new Quarter(2026, 2), Map.of(
                BalanceSource.GOALS, List.of(new RoleTally(new Quarter(2025, 4), MunicipalRole.PRESTEREND, 1)),
                BalanceSource.ENTRIES, List.of(new RoleTally(new Quarter(2026, 2), null, 3))));
        assertThat(balance.quarters()).extracting(QuarterBalance::quarter)
                .containsExactly(new Quarter(2025, 4), Q1, new Quarter(2026, 2));
        assertThat(balance.quarters().get(1).all().total()).isZero();
        assertThat(balance.quarters().get(2).of(BalanceSource.ENTRIES).untagged()).isEqualTo(3);
        assertThat(balance.sources()).containsExactly(BalanceSource.GOALS, BalanceSource.ENTRIES);
        assertThat(new Quarter(2025, 4).plus(1)).isEqualTo(Q1);
        assertThat(Q1.plus(-5)).isEqualTo(new Quarter(2024, 4));
        assertThat(Quarter.of(LocalDate.of(2026, 9, 30))).isEqualTo(new Quarter(2026, 3));
    }

    @Test
    void myBalanceCountsMyGoalsCheckInsAndEveryEntryOfMineInThisQuarter() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        QuarterBalance before = thisQuarter(balances.myBalance());
        String code = agreements.current().orElseThrow().commitmentCodes().stream().sorted().findFirst().orElseThrow();
        long goal = goals.create(new GoalForm(GoalKind.WORK, "Samen met de wijkraad", null, Set.of(code), Set.of(),
                Set.of(MunicipalRole.NETWERKEND, MunicipalRole.PARTICIPEREND)));
        goals.checkIn(new CheckInForm(goal, GoalStatus.ON_TRACK, 7, null, null, Map.of(), Map.of()));
        journal.save(new EntryForm(null, "Privé", "Alleen voor mij.", Visibility.PRIVATE, null, null,
                MunicipalRole.RECHTMATIG, null));

        QuarterBalance after = thisQuarter(balances.myBalance());
        assertThat(after.of(BalanceSource.GOALS).count(MunicipalRole.NETWERKEND)
                - before.of(BalanceSource.GOALS).count(MunicipalRole.NETWERKEND)).isEqualTo(1);
        assertThat(after.of(BalanceSource.GOALS).count(MunicipalRole.PARTICIPEREND)
                - before.of(BalanceSource.GOALS).count(MunicipalRole.PARTICIPEREND)).isEqualTo(1);
        assertThat(after.of(BalanceSource.CHECK_INS).untagged() - before.of(BalanceSource.CHECK_INS).untagged())
                .as("an untagged check-in counts as 'zonder rol'").isEqualTo(1);
        assertThat(after.of(BalanceSource.ENTRIES).count(MunicipalRole.RECHTMATIG)
                - before.of(BalanceSource.ENTRIES).count(MunicipalRole.RECHTMATIG)).as("my own private entry counts for me")
                .isEqualTo(1);
        assertThat(after.all().total() - before.all().total()).isEqualTo(4);
    }

    static QuarterBalance thisQuarter(RoleBalance balance) {
        Quarter now = Quarter.of(LocalDate.now(ZoneOffset.UTC));
        return balance.quarters().stream().filter(q -> q.quarter().equals(now)).findFirst()
                .orElse(new QuarterBalance(now, false, Map.of()));
    }
}
