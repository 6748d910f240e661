package nl.kopgroep.organisation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.kopgroep.base.database.DemoDataPolicy;
import nl.kopgroep.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two fictional municipalities for development and demonstrations. Loaded once (skipped when
 * Voorbeeldstad exists), and only when {@link DemoDataPolicy} allows it. Every demo account has the
 * password {@value #DEMO_PASSWORD}. Later features add their own demo data after this runner.
 */
@Component
@Order(DemoOrganisations.ORDER)
class DemoOrganisations implements ApplicationRunner {

    static final int ORDER = 100;
    static final String DEMO_PASSWORD = "kopgroep";
    private static final Logger log = LoggerFactory.getLogger(DemoOrganisations.class);

    private static final List<String> VOORBEELDSTAD_PARTICIPANTS = List.of(
            "Sanne de Vries", "Daan Jansen", "Fatima Bouzid", "Joost van Dijk", "Lotte Bakker", "Ruben Visser",
            "Eva Smit", "Mehmet Yilmaz", "Anouk Meijer", "Thijs de Boer", "Noor Mulder", "Bram Hendriks");
    private static final List<String> LINDENDAL_PARTICIPANTS = List.of(
            "Iris Kok", "Sem Vermeulen", "Yara Dekker", "Lucas Brouwer");

    private final DemoDataPolicy policy;
    private final OrganisationRepository organisations;
    private final UserAccountRepository accounts;
    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final CoachAssignmentRepository assignments;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoOrganisations(DemoDataPolicy policy, OrganisationRepository organisations, UserAccountRepository accounts,
                      CohortRepository cohorts, CohortMemberRepository members, CoachAssignmentRepository assignments,
                      PasswordEncoder passwordEncoder, TransactionTemplate transaction, Clock clock) {
        this.policy = policy;
        this.organisations = organisations;
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.members = members;
        this.assignments = assignments;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!policy.enabled() || organisations.existsByCode("voorbeeldstad")) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("Demo data loaded: Gemeente Voorbeeldstad and Gemeente Lindendal (password '{}')", DEMO_PASSWORD);
    }

    private void load() {
        Instant now = clock.instant();
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        LocalDate today = LocalDate.now(clock);

        Organisation voorbeeldstad = organisations.save(new Organisation("voorbeeldstad", "Gemeente Voorbeeldstad", true, now));
        List<UserAccount> vParticipants = participants(voorbeeldstad, VOORBEELDSTAD_PARTICIPANTS, "voorbeeldstad.nl", hash, now);
        UserAccount coach1 = account(voorbeeldstad, "coach@voorbeeldstad.nl", "Marieke Jansen", EnumSet.of(Role.COACH), hash, now);
        UserAccount coach2 = account(voorbeeldstad, "a.elamrani@voorbeeldstad.nl", "Ahmed El Amrani", EnumSet.of(Role.COACH), hash, now);
        account(voorbeeldstad, "manager@voorbeeldstad.nl", "Pieter de Graaf", EnumSet.of(Role.MANAGER), hash, now);
        account(voorbeeldstad, "beheer@voorbeeldstad.nl", "Ingrid Smit", EnumSet.of(Role.ADMIN), hash, now);
        Cohort vCohort = cohorts.save(new Cohort(voorbeeldstad.id(), "Kopgroep Voorbeeldstad 1",
                today.minusMonths(8).withDayOfMonth(1), now));
        enrol(vCohort, vParticipants, List.of(coach1, coach2), now);

        Organisation lindendal = organisations.save(new Organisation("lindendal", "Gemeente Lindendal", false, now));
        List<UserAccount> lParticipants = participants(lindendal, LINDENDAL_PARTICIPANTS, "lindendal.nl", hash, now);
        UserAccount lCoach = account(lindendal, "coach@lindendal.nl", "Hanneke Willems", EnumSet.of(Role.COACH), hash, now);
        // Lindendal's cohort of four is no unit of reporting: its manager sees the five-person rule at work (DD009).
        account(lindendal, "manager@lindendal.nl", "Ruud Hermans", EnumSet.of(Role.MANAGER), hash, now);
        // Lindendal is the regiegemeente of the demo's joint programme: its administrator plans the joint sessions.
        account(lindendal, "beheer@lindendal.nl", "Karin Vos", EnumSet.of(Role.ADMIN), hash, now);
        Cohort lCohort = cohorts.save(new Cohort(lindendal.id(), "Kopgroep Lindendal 1",
                today.minusMonths(3).withDayOfMonth(1), now));
        enrol(lCohort, lParticipants, List.of(lCoach), now);
    }

    /** The first participant gets the easy address deelnemer@…, the others firstname.lastname@…. */
    private List<UserAccount> participants(Organisation organisation, List<String> names, String domain, String hash,
                                           Instant now) {
        List<UserAccount> result = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String email = i == 0 ? "deelnemer@" + domain : address(names.get(i), domain);
            result.add(account(organisation, email, names.get(i), EnumSet.of(Role.PARTICIPANT), hash, now));
        }
        return result;
    }

    private UserAccount account(Organisation organisation, String email, String name, Set<Role> roles, String hash,
                                Instant now) {
        UserAccount account = new UserAccount(organisation.id(), email, name, roles, now);
        account.setPasswordHash(hash);
        return accounts.save(account);
    }

    /** Coaches share the participants in turn. */
    private void enrol(Cohort cohort, List<UserAccount> participants, List<UserAccount> coaches, Instant now) {
        coaches.forEach(coach -> members.save(new CohortMember(cohort.id(), coach.id(), MemberRole.COACH)));
        for (int i = 0; i < participants.size(); i++) {
            UserAccount participant = participants.get(i);
            members.save(new CohortMember(cohort.id(), participant.id(), MemberRole.PARTICIPANT));
            UserAccount coach = coaches.get(i * coaches.size() / participants.size());
            assignments.save(new CoachAssignment(cohort.id(), coach.id(), participant.id(), now));
        }
    }

    private static String address(String name, String domain) {
        String[] parts = name.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return parts[0] + "." + String.join("", java.util.Arrays.copyOfRange(parts, 1, parts.length)) + "@" + domain;
    }
}
