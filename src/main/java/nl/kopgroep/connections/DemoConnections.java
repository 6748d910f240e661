package nl.kopgroep.connections;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.kopgroep.agreement.AgreementDirectory;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.base.database.DemoDataPolicy;
import nl.kopgroep.goals.GoalDirectory;
import nl.kopgroep.organisation.OrganisationDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Living maps for Sanne and the other Voorbeeldstad participants (up to eight): 15–40 actors named by
 * function or initials, ties typed and tagged with roles, linked to their demo goals and commitments, most
 * shared with the coach (one with the group, one private), a snapshot of seven months ago (a few actors
 * fewer, one since removed), and a coach's comment with Sanne's answer. Demo only, after the goals.
 */
@Component
@Order(550)
class DemoConnections implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoConnections.class);

    private record Pool(String name, ActorKind kind, @Nullable String department, @Nullable String organisation) {
    }

    private static final List<Pool> POOL = List.of(
            new Pool("Wethouder Wonen", ActorKind.POLITICAL, null, null),
            new Pool("Wethouder Sociaal Domein", ActorKind.POLITICAL, null, null),
            new Pool("Gemeentesecretaris", ActorKind.POLITICAL, null, null),
            new Pool("Raadslid J.B.", ActorKind.POLITICAL, null, null),
            new Pool("Beleidsadviseur Wonen (R.K.)", ActorKind.INTERNAL, "Wonen", null),
            new Pool("Gebiedsregisseur Noord", ActorKind.INTERNAL, "Wijkzaken", null),
            new Pool("Controller (P.S.)", ActorKind.INTERNAL, "Financiën", null),
            new Pool("Teamleider Vergunningen", ActorKind.INTERNAL, "Vergunningen", null),
            new Pool("Jurist omgevingsrecht", ActorKind.INTERNAL, "Juridische Zaken", null),
            new Pool("Communicatieadviseur", ActorKind.INTERNAL, "Communicatie", null),
            new Pool("Collega Jeugd (A.B.)", ActorKind.INTERNAL, "Jeugd", null),
            new Pool("Coördinator wijkteam", ActorKind.INTERNAL, "Sociaal Domein", null),
            new Pool("Data-analist", ActorKind.INTERNAL, "Informatievoorziening", null),
            new Pool("Accountmanager bedrijven", ActorKind.INTERNAL, "Economie", null),
            new Pool("Projectleider energie", ActorKind.INTERNAL, "Duurzaamheid", null),
            new Pool("Woningcorporatie", ActorKind.EXTERNAL_PARTNER, null, "Woonstichting Thuis"),
            new Pool("GGD regio", ActorKind.EXTERNAL_PARTNER, null, "GGD"),
            new Pool("Zorgverzekeraar", ActorKind.EXTERNAL_PARTNER, null, null),
            new Pool("Welzijnsorganisatie", ActorKind.EXTERNAL_PARTNER, null, "De Brug"),
            new Pool("Huisartsen (H.V.)", ActorKind.EXTERNAL_PARTNER, null, "Huisartsencoöperatie"),
            new Pool("Projectontwikkelaar", ActorKind.EXTERNAL_PARTNER, null, null),
            new Pool("Werkgeversservicepunt", ActorKind.EXTERNAL_PARTNER, null, "UWV"),
            new Pool("Netbeheerder", ActorKind.EXTERNAL_PARTNER, null, null),
            new Pool("Schooldirecteur (L.M.)", ActorKind.EXTERNAL_PARTNER, null, "Basisschool De Linde"),
            new Pool("Bewonersinitiatief Buurtkamer", ActorKind.CITIZEN_INITIATIVE, null, null),
            new Pool("Energiecoöperatie Zuid", ActorKind.CITIZEN_INITIATIVE, null, null),
            new Pool("Ouderraad", ActorKind.CITIZEN_INITIATIVE, null, null),
            new Pool("Huurdersvereniging", ActorKind.CITIZEN_INITIATIVE, null, null),
            new Pool("Ondernemersvereniging", ActorKind.CITIZEN_INITIATIVE, null, null),
            new Pool("Hydroloog waterschap", ActorKind.EXPERT, null, "Waterschap"),
            new Pool("Onderzoeker hogeschool", ActorKind.EXPERT, null, null),
            new Pool("Adviseur VNG", ActorKind.EXPERT, null, "VNG"),
            new Pool("Ervaringsdeskundige (M.)", ActorKind.EXPERT, null, null),
            new Pool("Beleidsadviseur buurgemeente", ActorKind.OTHER_MUNICIPALITY, null, "Gemeente Oosterveld"),
            new Pool("Regiocoördinator jeugd", ActorKind.OTHER_MUNICIPALITY, null, "Jeugdregio"),
            new Pool("Collega Lindendal", ActorKind.OTHER_MUNICIPALITY, null, "Gemeente Lindendal"),
            new Pool("Wijkagent", ActorKind.EXTERNAL_PARTNER, null, "Politie"),
            new Pool("Kerk en moskee (overleg)", ActorKind.CITIZEN_INITIATIVE, null, null),
            new Pool("Teamleider Openbare Ruimte", ActorKind.INTERNAL, "Openbare Ruimte", null),
            new Pool("Strategisch adviseur", ActorKind.INTERNAL, "Bestuursondersteuning", null),
            new Pool("Omgevingsmanager provincie", ActorKind.OTHER_MUNICIPALITY, null, "Provincie"));
    private static final List<String> DEPARTMENTS = List.of("Wonen", "Sociaal Domein", "Jeugd", "Economie", "Wijkzaken",
            "Duurzaamheid");

    private final DemoDataPolicy policy;
    private final JdbcClient jdbc;
    private final MapStore store;
    private final Clock clock;
    private final OrganisationDirectory directory;
    private final GoalDirectory goals;
    private final AgreementDirectory agreements;

    DemoConnections(DemoDataPolicy policy, JdbcClient jdbc, MapStore store, Clock clock, OrganisationDirectory directory,
                    GoalDirectory goals, AgreementDirectory agreements) {
        this.policy = policy;
        this.jdbc = jdbc;
        this.store = store;
        this.clock = clock;
        this.directory = directory;
        this.goals = goals;
        this.agreements = agreements;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!policy.enabled() || jdbc.sql("SELECT COUNT(*) FROM connection_map").query(Long.class).single() > 0) {
            return;
        }
        OrganisationId voorbeeldstad = directory.organisationByCode("voorbeeldstad").orElse(null);
        UserId sanne = directory.accountByEmail("deelnemer@voorbeeldstad.nl").orElse(null);
        if (voorbeeldstad == null || sanne == null) {
            return;
        }
        UserId daan = directory.accountByEmail("daan.jansen@voorbeeldstad.nl").orElse(null);
        List<UserId> active = directory.activeParticipants(voorbeeldstad).values().stream().flatMap(List::stream).distinct()
                .sorted(java.util.Comparator.comparing(UserId::value)).toList();
        List<UserId> participants = new ArrayList<>();
        participants.add(sanne);
        if (daan != null && active.contains(daan)) {
            participants.add(daan);
        }
        active.stream().filter(p -> !participants.contains(p)).limit(8L - participants.size()).forEach(participants::add);
        Map<UserId, List<Long>> goalIds = goals.goalIdsOf(participants);
        List<String> codes = agreements.commitmentCodesInForce(voorbeeldstad);
        int actors = 0;
        for (int p = 0; p < participants.size(); p++) {
            UserId participant = participants.get(p);
            MapVisibility visibility = participant.equals(daan) ? MapVisibility.GROUP
                    : p == participants.size() - 1 && p > 0 ? MapVisibility.PRIVATE : MapVisibility.COACH;
            actors += map(participant, voorbeeldstad, p, visibility, goalIds.getOrDefault(participant, List.of()), codes);
        }
        directory.accountByEmail("coach@voorbeeldstad.nl").ifPresent(coach -> store.mapOf(sanne).ifPresent(map -> {
            Instant now = clock.instant();
            store.addComment(map.id(), coach, "Mooi hoe je de woningcorporatie en de huurdersvereniging nu allebei "
                    + "kent. Ze kennen elkaar nog niet: wat zou er gebeuren als je ze samen aan tafel zet?",
                    now.minus(Duration.ofDays(12)));
            store.addComment(map.id(), sanne, "Goede vraag. Ik plan een eerste gesprek na de zomer, met de gebiedsregisseur erbij.",
                    now.minus(Duration.ofDays(10)));
            store.recordRead(map.id(), coach, now.minus(Duration.ofDays(12)));
        }));
        log.info("Demo connection maps loaded: {} participants, {} actors", participants.size(), actors);
    }

    private int map(UserId participant, OrganisationId organisation, int p, MapVisibility visibility, List<Long> goalIds,
                    List<String> codes) {
        Random random = new Random(1400L + p);
        Instant now = clock.instant();
        Instant started = now.minus(Duration.ofDays(240));
        long map = store.createMap(participant, organisation, started);
        store.setVisibility(map, visibility);
        store.setOwnDepartment(map, DEPARTMENTS.get(p % DEPARTMENTS.size()));
        int count = 15 + (p * 7) % 26;
        List<Pool> chosen = new ArrayList<>(POOL);
        java.util.Collections.shuffle(chosen, random);
        chosen = chosen.subList(0, Math.min(count, chosen.size()));
        int early = chosen.size() * 7 / 10;
        List<MapActor> actors = new ArrayList<>();
        List<MapActor> earlyActors = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Pool pool = chosen.get(i);
            Instant at = i < early ? started : now.minus(Duration.ofDays(30 + random.nextInt(120)));
            long id = store.addActor(map, new MapStore.ActorFields(pool.name(), pool.kind(), pool.department(),
                    pool.organisation(), null), at);
            MapActor actor = new MapActor(id, pool.name(), pool.kind(), pool.department(), pool.organisation(), null);
            actors.add(actor);
            if (i < early) {
                earlyActors.add(actor);
            }
        }
        List<MapTie> ties = new ArrayList<>();
        List<MapTie> earlyTies = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < actors.size(); i++) {
            MapActor to = actors.get(i);
            if (random.nextInt(10) < 8 || i == 0) {
                ties.add(tie(map, null, to, random, goalIds, codes, today, i < early, earlyTies, now));
            }
        }
        int between = actors.size() / 2;
        for (int n = 0; n < between; n++) {
            MapActor a = actors.get(random.nextInt(actors.size()));
            MapActor b = actors.get(random.nextInt(actors.size()));
            String key = Math.min(a.id(), b.id()) + "-" + Math.max(a.id(), b.id());
            if (a.id() == b.id() || !pairs.add(key)) {
                continue;
            }
            boolean bothEarly = earlyActors.contains(a) && earlyActors.contains(b);
            ties.add(tie(map, a, b, random, goalIds, codes, today, bothEarly, earlyTies, now));
        }
        List<MapActor> then = new ArrayList<>(earlyActors);
        then.add(new MapActor(actors.stream().mapToLong(MapActor::id).max().orElse(0) + 100_000, "Oud-collega Planning",
                ActorKind.INTERNAL, "Ruimtelijke Ordening", null, null));
        Instant snapshotAt = now.minus(Duration.ofDays(210));
        MapAnalysis.Result indicators = MapAnalysis.analyse(then, earlyTies, DEPARTMENTS.get(p % DEPARTMENTS.size()), goalIds);
        store.addSnapshot(map, snapshotAt, ConnectionMapService.halfYear(LocalDate.ofInstant(snapshotAt, clock.getZone())),
                true, new SnapshotContent(then, earlyTies, indicators).toJson());
        store.touch(map, now.minus(Duration.ofDays(3 + p)));
        return actors.size();
    }

    private MapTie tie(long map, @Nullable MapActor from, MapActor to, Random random, List<Long> goalIds, List<String> codes,
                       LocalDate today, boolean early, List<MapTie> earlyTies, Instant now) {
        boolean fromOutside = from != null && from.kind().outsideMunicipality();
        TieType type = fromOutside == to.kind().outsideMunicipality() && to.kind() != ActorKind.POLITICAL
                && (from == null || from.kind() != ActorKind.POLITICAL) ? TieType.REGIE : TieType.VERBINDEN;
        TieStrength strength = random.nextInt(3) == 0 ? TieStrength.STRONG : TieStrength.WEAK;
        Set<MunicipalRole> roles = EnumSet.noneOf(MunicipalRole.class);
        roles.add(type == TieType.VERBINDEN ? MunicipalRole.NETWERKEND : MunicipalRole.PRESTEREND);
        if (to.kind() == ActorKind.CITIZEN_INITIATIVE) {
            roles.add(MunicipalRole.PARTICIPEREND);
        }
        if (to.kind() == ActorKind.POLITICAL || "Juridische Zaken".equals(to.department())) {
            roles.add(MunicipalRole.RECHTMATIG);
        }
        Set<Long> goals = new HashSet<>();
        if (!goalIds.isEmpty() && random.nextInt(10) < 4) {
            goals.add(goalIds.get(0));
        }
        if (goalIds.size() > 1 && random.nextInt(10) < 2) {
            goals.add(goalIds.get(1));
        }
        Set<String> commitments = new HashSet<>();
        if (!codes.isEmpty() && goals.contains(goalIds.get(0)) && random.nextBoolean()) {
            commitments.add(codes.get(random.nextInt(codes.size())));
        }
        LocalDate since = today.minusDays(early ? 240 + random.nextInt(600) : 20 + random.nextInt(150));
        MapStore.TieFields fields = new MapStore.TieFields(from == null ? null : from.id(), to.id(), type, strength, since,
                roles, goals, commitments);
        long id = store.addTie(map, fields, now);
        MapTie tie = new MapTie(id, fields.from(), fields.to(), type, strength, since, roles, goals, commitments);
        if (early) {
            earlyTies.add(tie);
        }
        return tie;
    }
}
