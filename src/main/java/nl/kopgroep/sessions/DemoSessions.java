package nl.kopgroep.sessions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.base.database.DemoDataPolicy;
import nl.kopgroep.joint.JointProgrammeDirectory;
import nl.kopgroep.joint.JointProgrammeRef;
import nl.kopgroep.organisation.OrganisationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's sessions: in Voorbeeldstad an open workshop, a full intervisie with a waiting list, a casusworkshop with
 * cases and a past workshop with attendance and harvest; in Lindendal a workshop of its own; and the joint
 * terugkomdag Lindendal plans as regiegemeente of "Kopgroep Lindendal–Voorbeeldstad", open to both cohorts.
 * The demo participant (deelnemer@voorbeeldstad.nl) attended the past workshop and is signed up for nothing ahead,
 * so every sign-up can be tried.
 */
@Component
@Order(580)
class DemoSessions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSessions.class);

    private final DemoDataPolicy policy;
    private final JdbcClient jdbc;
    private final SessionStore store;
    private final OrganisationDirectory directory;
    private final JointProgrammeDirectory joint;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ZoneId zone;

    DemoSessions(DemoDataPolicy policy, JdbcClient jdbc, SessionStore store, OrganisationDirectory directory,
                 JointProgrammeDirectory joint, TransactionTemplate transaction, Clock clock,
                 @Value("${kopgroep.time-zone:Europe/Amsterdam}") String zone) {
        this.policy = policy;
        this.jdbc = jdbc;
        this.store = store;
        this.directory = directory;
        this.joint = joint;
        this.transaction = transaction;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!policy.enabled() || jdbc.sql("SELECT COUNT(*) FROM planned_session").query(Long.class).single() > 0) {
            return;
        }
        Optional<OrganisationId> voorbeeldstad = directory.organisationByCode("voorbeeldstad");
        Optional<OrganisationId> lindendal = directory.organisationByCode("lindendal");
        if (voorbeeldstad.isEmpty() || lindendal.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load(voorbeeldstad.get(), lindendal.get()));
        log.info("Demo data loaded: sessions in Voorbeeldstad and Lindendal and a joint terugkomdag");
    }

    private void load(OrganisationId voorbeeldstad, OrganisationId lindendal) {
        Instant now = clock.instant();
        Map<CohortId, List<UserId>> vCohorts = directory.activeParticipants(voorbeeldstad);
        Map<CohortId, List<UserId>> lCohorts = directory.activeParticipants(lindendal);
        if (vCohorts.isEmpty() || lCohorts.isEmpty()) {
            return;
        }
        CohortId vCohort = vCohorts.keySet().iterator().next();
        List<UserId> v = vCohorts.get(vCohort);
        List<UserId> l = lCohorts.values().iterator().next();
        UserId sanne = directory.accountByEmail("deelnemer@voorbeeldstad.nl").orElse(v.getFirst());
        List<UserId> others = v.stream().filter(p -> !p.equals(sanne)).toList();
        Optional<UserId> vCoach = directory.accountByEmail("coach@voorbeeldstad.nl");
        Optional<UserId> lCoach = directory.accountByEmail("coach@lindendal.nl");
        Optional<UserId> vAdmin = directory.accountByEmail("beheer@voorbeeldstad.nl");
        Optional<UserId> lAdmin = directory.accountByEmail("beheer@lindendal.nl");

        SessionForm workshop = form(SessionKind.WORKSHOP, "Regie voeren op de wijkaanpak", 12, 13, 30, 16, 30,
                "Stadskantoor, zaal 3.12", AudienceType.MUNICIPALITY, voorbeeldstad.value(), 12);
        workshop.setDescription("Hoe houd je regie als tien partijen in de wijk elk een stuk van de opgave dragen? "
                + "We werken met de vier rollen van de gemeente en oefenen met een gesprek met een woningcorporatie.");
        workshop.setModuleCode("vier-rollen");
        SessionId w = insert(workshop, voorbeeldstad, vAdmin, vCoach, now);
        signUp(w, others.subList(0, Math.min(4, others.size())), now);

        SessionForm intervisie = form(SessionKind.INTERVISIE, "Intervisie: lastige gesprekken met partners", 9, 9, 30, 11, 30,
                "Stadskantoor, zaal 2.04", AudienceType.COHORT, vCohort.value(), 3);
        intervisie.setDescription("Intervisie in een kleine groep volgens de incidentmethode. Vol? Zet je op de wachtlijst.");
        SessionId i = insert(intervisie, voorbeeldstad, vAdmin, vCoach, now);
        signUp(i, others.subList(0, Math.min(5, others.size())), now);

        SessionForm casus = form(SessionKind.CASUSWORKSHOP, "Casusworkshop: samenwerken over de grens van je afdeling",
                20, 14, 0, 17, 0, null, AudienceType.MUNICIPALITY, voorbeeldstad.value(), 10);
        casus.setOnlineLink("https://video.voorbeeldstad.nl/kopgroep-casus");
        casus.setDescription("Breng je eigen casus mee: de situatie, je vraag, en welke rol van de gemeente erbij speelt.");
        SessionId c = insert(casus, voorbeeldstad, vAdmin, vCoach, now);
        signUp(c, others.subList(0, Math.min(2, others.size())), now);
        if (others.size() >= 2) {
            store.saveCase(c, others.get(0), "Bij de herinrichting van het stationsgebied praten drie afdelingen elk "
                    + "apart met dezelfde ondernemers.", "Hoe krijg ik de afdelingen aan één tafel zonder de regie te claimen?",
                    MunicipalRole.NETWERKEND, now);
            store.saveCase(c, others.get(1), "Een bewonersinitiatief vraagt om geld en om ruimte in het park.",
                    "Wanneer faciliteer ik en wanneer stel ik kaders?", MunicipalRole.PARTICIPEREND, now);
        }

        SessionForm past = form(SessionKind.WORKSHOP, "Workshop: het coalitieakkoord als kompas", -21, 13, 30, 16, 30,
                "Stadskantoor, raadzaal", AudienceType.MUNICIPALITY, voorbeeldstad.value(), 20);
        past.setCancelDeadline(past.getStartsAt().minus(java.time.Duration.ofDays(1)));
        SessionId p = insert(past, voorbeeldstad, vAdmin, vCoach, now.minus(java.time.Duration.ofDays(40)));
        List<UserId> pastPeople = new java.util.ArrayList<>(List.of(sanne));
        pastPeople.addAll(others.subList(0, Math.min(5, others.size())));
        signUp(p, pastPeople, now.minus(java.time.Duration.ofDays(30)));
        store.setAttended(p, new java.util.HashSet<>(pastPeople.subList(0, Math.max(1, pastPeople.size() - 1))), now);
        store.setHarvestNotes(p, """
                Opbrengst van de middag:
                - Elke deelnemer koppelde één werkdoel aan een afspraak uit het akkoord.
                - Drie afspraken bleken zonder eigenaar in de organisatie; die nemen we mee naar het MT.
                - Volgende stap: in de intervisie bespreken we wie welke rol pakt.""", now);
        store.addLink(p, "Presentatie (intranet)", "https://intranet.voorbeeldstad.nl/kopgroep/akkoord-kompas",
                vCoach.orElse(sanne), now);

        SessionForm lWorkshop = form(SessionKind.WORKSHOP, "Werken in het netwerk van Lindendal", 15, 13, 0, 16, 0,
                "Gemeentehuis Lindendal, zaal De Linde", AudienceType.MUNICIPALITY, lindendal.value(), 10);
        SessionId lw = insert(lWorkshop, lindendal, lAdmin, lCoach, now);
        signUp(lw, l.subList(0, Math.min(2, l.size())), now);

        Optional<JointProgrammeRef> programme = joint.programmesWithRegie(lindendal).stream().findFirst();
        if (programme.isPresent()) {
            SessionForm terugkomdag = form(SessionKind.TERUGKOMDAG, "Gezamenlijke terugkomdag Lindendal–Voorbeeldstad",
                    30, 10, 0, 16, 0, "Gemeentehuis Lindendal, raadzaal", AudienceType.JOINT_PROGRAMME,
                    programme.get().id().value(), 40);
            terugkomdag.setDescription("Een dag met beide kopgroepen: de regionale energiestrategie en de woonopgave "
                    + "als gedeelde opgaven, met rolmodellen uit beide gemeenten.");
            SessionId t = insert(terugkomdag, lindendal, lAdmin, lCoach, now);
            signUp(t, l, now);
            signUp(t, others.subList(0, Math.min(3, others.size())), now);
        }
    }

    private SessionForm form(SessionKind kind, String title, int days, int startHour, int startMinute, int endHour,
                             int endMinute, @org.jspecify.annotations.Nullable String place, AudienceType type, long audience, int capacity) {
        LocalDate day = LocalDate.now(clock.withZone(zone)).plusDays(days);
        Instant start = day.atTime(LocalTime.of(startHour, startMinute)).atZone(zone).toInstant();
        Instant end = day.atTime(LocalTime.of(endHour, endMinute)).atZone(zone).toInstant();
        SessionForm form = SessionForm.of(kind, title, start, end, capacity);
        form.setPlace(place);
        form.setAudienceType(type);
        form.setAudienceId(audience);
        return form;
    }

    private SessionId insert(SessionForm form, OrganisationId organisation, Optional<UserId> by,
                             Optional<UserId> facilitator, Instant now) {
        Instant deadline = form.getCancelDeadline() != null ? form.getCancelDeadline()
                : form.getStartsAt().minus(SessionPlanningService.DEFAULT_DEADLINE);
        SessionId id = store.insert(form, organisation, false, by.orElse(null), deadline, now);
        store.setFacilitators(id, facilitator.map(List::of).orElse(List.of()));
        return id;
    }

    /** Seats in order, then the waiting list. */
    private void signUp(SessionId session, List<UserId> people, Instant now) {
        SessionRow row = store.find(session).orElseThrow();
        int confirmed = store.confirmed(session);
        for (UserId person : people) {
            if (confirmed < row.capacity()) {
                store.insertSignup(session, person, SignupStatus.CONFIRMED, null, null, now);
                confirmed++;
            } else {
                store.insertSignup(session, person, SignupStatus.WAITING, store.nextPosition(session), null, now);
            }
        }
    }
}
