package nl.kopgroep.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.organisation.OrganisationDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** Management's monthly mail says "new check-ins" only where five or more people checked in (DD009). */
@KopgroepTest
@Transactional
class GoalDirectoryTest {

    @Autowired GoalDirectory directory;
    @Autowired GoalService goals;
    @Autowired OrganisationDirectory organisations;
    @Autowired UserDetailsService users;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void newCheckInsCountOnlyFromFivePeopleOn() {
        OrganisationId voorbeeldstad = organisations.organisationByCode("voorbeeldstad").orElseThrow();
        Instant now = clock.instant();
        // The demo's newest round of check-ins, ten days ago, is by more than five participants.
        assertThat(directory.withNewWorkCheckIns(now.minus(Duration.ofDays(12)), now.minus(Duration.ofDays(8))))
                .contains(voorbeeldstad);

        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        GoalView work = goals.myGoals().stream().filter(g -> g.kind() == GoalKind.WORK).findFirst().orElseThrow();
        goals.checkIn(new CheckInForm(work.id(), work.status(), 8, null, null, Map.of(), Map.of()));
        assertThat(directory.withNewWorkCheckIns(now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(1))))
                .as("one person's check-in is no news for management").isEmpty();
    }
}
