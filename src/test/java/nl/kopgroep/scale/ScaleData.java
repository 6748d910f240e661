package nl.kopgroep.scale;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills a database with a large, realistic installation for the benchmark and the statement-count
 * tests: municipalities with cohorts of participants, coaches, a manager and an admin, a coalition
 * agreement, two years of journal entries (with coach reviews and feedback), goals with key results
 * and monthly check-ins, lesson progress, and a verbindingskaart of 30 actors and 45 ties each. Rows are written in JDBC batches with ids taken after
 * the highest existing one, so it can run on a database that already holds the demo data.
 * Deterministic for a given seed and day.
 */
public final class ScaleData {

    /** How much to generate. */
    public record Size(int municipalities, int participants, int largestMunicipality, int entriesPerParticipant,
                       int months) {

        /** The installation issue 6 asks to measure: 50 municipalities, 1,500 participants, two years. */
        public static final Size NATIONAL = new Size(50, 1500, 300, 100, 24);
    }

    /** What was generated, to report in the benchmark. */
    public record Counts(int municipalities, int participants, long entries, long goals, long checkIns,
                         long lessonProgress, long practices) {
    }

    /** Kennisbank practices per participant: 1,500 participants write 10,000 practices (issue 15). */
    static final double PRACTICES_PER_PARTICIPANT = 10_000 / 1_500.0;

    private static final String[] SENTENCES = {
            "Vandaag merkte ik in het overleg met de wijkteams dat ik te snel naar een oplossing sprong.",
            "De wethouder vroeg om een notitie, maar eigenlijk wilde ze een gesprek met de bewoners.",
            "Ik heb geoefend met eerst luisteren en pas daarna mijn eigen voorstel doen.",
            "Het programma over regie en verbinden hielp me te zien dat ik hier vooral moet verbinden.",
            "Twee afdelingen werkten langs elkaar heen; ik heb ze samen aan tafel gezet.",
            "Mijn coach vroeg wat ik zelf had kunnen doen. Dat was een ongemakkelijke maar goede vraag.",
            "De sprintreview met de partners leverde meer op dan een half jaar rapporteren.",
            "Ik twijfel of dit project nog waarde oplevert voor de inwoners; dat ga ik bespreken.",
            "In de raadscommissie merkte ik hoe belangrijk het is om politiek sensitief te formuleren.",
            "Kennis delen met een andere gemeente bespaarde ons maanden werk.",
    };
    private static final String[] STATUSES = {"ON_TRACK", "ATTENTION", "OFF_TRACK"};
    private static final String[] VISIBILITIES = {"PRIVATE", "COACH", "COACH", "GROUP"};
    private static final String[] COMPETENCIES = {"regie", "verbinden", "wendbaarheid", "zelfreflectie",
            "politieke-sensitiviteit", "samenwerken", "kennisdelen", "waardecreatie"};
    private static final int COHORT_SIZE = 30;
    private static final int BATCH = 2000;
    static final int SESSIONS_PER_MUNICIPALITY = 40;

    private final JdbcTemplate jdbc;
    private final Random random;
    private final LocalDate today;
    private final List<Long> lessons;
    private long organisationId;
    private long userId;
    private long cohortId;
    private long agreementId;
    private long goalId;
    private long keyResultId;
    private long checkInId;
    private long reflectionId;
    private long scanId;
    private long mapId;
    private long actorId;
    private long tieId;
    private long sessionId;
    private long practiceId;
    private long practices;
    private final Batches batches;
    private long entries;
    private long goals;
    private long checkIns;
    private long progress;

    private ScaleData(JdbcTemplate jdbc, LocalDate today, long seed) {
        this.jdbc = jdbc;
        this.today = today;
        this.random = new Random(seed);
        this.lessons = jdbc.queryForList("SELECT id FROM lesson WHERE retired = false ORDER BY id", Long.class);
        this.organisationId = max("organisation");
        this.userId = max("app_user");
        this.cohortId = max("cohort");
        this.agreementId = max("agreement");
        this.goalId = max("goal");
        this.keyResultId = max("key_result");
        this.checkInId = max("check_in");
        this.reflectionId = max("reflection");
        this.scanId = max("competency_scan");
        this.mapId = max("connection_map");
        this.actorId = max("map_actor");
        this.tieId = max("map_tie");
        this.sessionId = max("planned_session");
        this.practiceId = max("practice");
        this.batches = new Batches(jdbc);
    }

    /** Generates a whole installation of this size; the first municipality is the largest. */
    public static Counts generate(JdbcTemplate jdbc, Size size, LocalDate today, long seed) {
        ScaleData data = new ScaleData(jdbc, today, seed);
        int rest = size.participants() - size.largestMunicipality();
        int others = size.municipalities() - 1;
        int participants = 0;
        for (int m = 0; m < size.municipalities(); m++) {
            int count = m == 0 ? size.largestMunicipality() : rest / others + (m - 1 < rest % others ? 1 : 0);
            data.municipality("schaal-" + (m + 1), "Schaalgemeente " + (m + 1), count, size.entriesPerParticipant(),
                    size.months());
            participants += count;
        }
        data.batches.flush();
        return new Counts(size.municipalities(), participants, data.entries, data.goals, data.checkIns, data.progress,
                data.practices);
    }

    /** One municipality with this many participants, in cohorts of 30 with one coach each. */
    public static Counts municipality(JdbcTemplate jdbc, String code, int participants, int entriesPerParticipant,
                                      int months, LocalDate today, long seed) {
        ScaleData data = new ScaleData(jdbc, today, seed);
        data.municipality(code, "Gemeente " + code, participants, entriesPerParticipant, months);
        data.batches.flush();
        return new Counts(1, participants, data.entries, data.goals, data.checkIns, data.progress, data.practices);
    }

    /** The e-mail address of the manager, or of the coach of the first cohort, of a generated municipality. */
    public static String manager(String code) {
        return "manager@" + code + ".schaal.test";
    }

    public static String coach(String code) {
        return "coach1@" + code + ".schaal.test";
    }

    private void municipality(String code, String name, int participants, int entriesPerParticipant, int months) {
        long organisation = ++organisationId;
        LocalDateTime created = today.minusMonths(months).atStartOfDay();
        jdbc.update("INSERT INTO organisation (id, code, name, host, active, created_at, version) VALUES (?, ?, ?, false, true, ?, 0)",
                organisation, code, name, Timestamp.valueOf(created));
        long manager = user(organisation, "manager@" + code + ".schaal.test", "Manager " + name, created, "MANAGER");
        user(organisation, "beheer@" + code + ".schaal.test", "Beheer " + name, created, "ADMIN");
        List<String> commitments = agreement(organisation, name, created);
        LocalDate start = today.minusMonths(months - 1).withDayOfMonth(1);
        int cohorts = (participants + COHORT_SIZE - 1) / COHORT_SIZE;
        int made = 0;
        List<Long> cohortIds = new ArrayList<>();
        List<List<Long>> cohortParticipants = new ArrayList<>();
        List<long[]> writers = new ArrayList<>();
        for (int c = 1; c <= cohorts; c++) {
            long cohort = ++cohortId;
            cohortIds.add(cohort);
            cohortParticipants.add(new ArrayList<>());
            batches.add("INSERT INTO cohort (id, organisation_id, name, start_date, created_at, version) VALUES (?, ?, ?, ?, ?, 0)",
                    cohort, organisation, "Kopgroep " + name + " " + c, Date.valueOf(start), Timestamp.valueOf(created));
            long coach = user(organisation, "coach" + c + "@" + code + ".schaal.test", "Coach " + c + " " + name, created,
                    "COACH");
            member(cohort, coach, "COACH");
            int size = Math.min(COHORT_SIZE, participants - made);
            for (int p = 0; p < size; p++) {
                made++;
                long participant = user(organisation, "d" + made + "@" + code + ".schaal.test",
                        "Deelnemer " + made + " " + name, created, "PARTICIPANT");
                member(cohort, participant, "PARTICIPANT");
                cohortParticipants.getLast().add(participant);
                writers.add(new long[] {participant, cohort});
                batches.add("INSERT INTO coach_assignment (cohort_id, coach_id, participant_id) VALUES (?, ?, ?)",
                        cohort, coach, participant);
                participantData(organisation, cohort, participant, coach, start, commitments, entriesPerParticipant);
            }
        }
        if (manager == 0) {
            throw new IllegalStateException("no manager");
        }
        sessions(organisation, cohortIds, cohortParticipants, created, months);
        practices(organisation, writers, (int) Math.round(participants * PRACTICES_PER_PARTICIPANT), created);
    }

    /**
     * {@value #SESSIONS_PER_MUNICIPALITY} sessions (2,000 over 50 municipalities): spread from the start to three months
     * ahead, every third for one cohort, the others for the whole municipality; each filled to its capacity of 20 with
     * a waiting list of up to five, the past ones with attendance (four in five present).
     */
    private void sessions(long organisation, List<Long> cohorts, List<List<Long>> participants, LocalDateTime created,
                          int months) {
        List<Long> everyone = participants.stream().flatMap(List::stream).toList();
        LocalDateTime first = today.minusMonths(months - 1).atTime(13, 0);
        long spanDays = ChronoUnit.DAYS.between(first.toLocalDate(), today.plusMonths(3));
        String[] kinds = {"WORKSHOP", "INTERVISIE", "CASUSWORKSHOP", "TERUGKOMDAG", "ROLMODELGESPREK"};
        for (int n = 0; n < SESSIONS_PER_MUNICIPALITY; n++) {
            long session = ++sessionId;
            LocalDateTime start = first.plusDays(spanDays * n / SESSIONS_PER_MUNICIPALITY);
            boolean forCohort = n % 3 == 0 && !cohorts.isEmpty();
            int cohortIndex = forCohort ? n / 3 % cohorts.size() : -1;
            List<Long> audience = forCohort ? participants.get(cohortIndex) : everyone;
            batches.add("INSERT INTO planned_session (id, organisation_id, kind, title, description, starts_at, ends_at, place, "
                            + "capacity, cancel_deadline, audience_type, audience_id, invite_only, status, ical_sequence, "
                            + "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 20, ?, ?, ?, false, 'PLANNED', 0, ?, ?, 0)",
                    session, organisation, kinds[n % kinds.length], "Bijeenkomst " + (n + 1), body(),
                    Timestamp.valueOf(start), Timestamp.valueOf(start.plusHours(3)), "Stadhuis, zaal " + (n % 7 + 1),
                    Timestamp.valueOf(start.minusDays(1)), forCohort ? "COHORT" : "MUNICIPALITY",
                    forCohort ? cohorts.get(cohortIndex) : organisation, Timestamp.valueOf(created), Timestamp.valueOf(created));
            boolean past = start.toLocalDate().isBefore(today);
            int wanted = Math.min(audience.size(), 20 + random.nextInt(6));
            int offset = audience.isEmpty() ? 0 : random.nextInt(audience.size());
            for (int i = 0; i < wanted; i++) {
                long person = audience.get((offset + i) % audience.size());
                boolean seat = i < 20;
                batches.add("INSERT INTO session_signup (session_id, user_id, status, position, attended, signed_up_at, "
                                + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", session, person, seat ? "CONFIRMED" : "WAITING",
                        seat ? null : i - 19, seat && past && random.nextInt(5) > 0,
                        Timestamp.valueOf(start.minusDays(14)), Timestamp.valueOf(start.minusDays(14)));
            }
        }
    }

    // --- the kennisbank (issue 15): varied Dutch After Action Reviews from word lists ------------------

    private static final String[] ACTIVITIES = {"bewonersavond", "werksessie", "keukentafelgesprek", "sprintreview",
            "wijkschouw", "retrospective", "ketenoverleg", "raadsinformatieavond", "inloopspreekuur", "startbijeenkomst",
            "peer assist", "ontwerpsessie", "stakeholderanalyse", "proeftuin", "dialoogtafel"};
    private static final String[] TOPICS = {"de wijkaanpak", "de warmtetransitie", "het minimabeleid", "de jeugdhulp",
            "de omgevingsvisie", "het dorpshuis", "de buurtbus", "het winkelplein", "de fietsroute", "de schuldhulp",
            "het werkgelegenheidsakkoord", "de woningbouwlocatie", "de energiecoöperatie", "het groenonderhoud",
            "de Wmo-meldingen", "de begroting", "de sporthal", "de bibliotheek", "het sociaal wijkteam", "de mantelzorg"};
    private static final String[] PARTNERS = {"de woningcorporatie", "de GGD", "het UWV", "de netbeheerder",
            "de huisartsen", "de scholen", "de ondernemersvereniging", "de dorpsraad", "de politie", "de bibliotheek",
            "de zorgverzekeraar", "het waterschap", "de provincie", "de buurgemeente", "de welzijnsorganisatie"};
    private static final String[] INTENTIONS = {"We wilden %s eerder betrekken bij %s.",
            "Het doel was om samen met %s een gedeeld beeld te krijgen van %s.",
            "Ik wilde met %s afspraken maken over %s voordat het plan af was.",
            "We hoopten dat %s zelf met voorstellen zou komen voor %s."};
    private static final String[] HAPPENINGS = {"Tijdens de %s ging het gesprek vooral over zorgen en nauwelijks over %s.",
            "De %s trok meer mensen dan verwacht, maar %s bleef op de achtergrond.",
            "Na de %s haakte %s af, omdat het te veel over regels ging.",
            "In de %s kwamen verrassende ideeën naar boven over %s."};
    private static final String[] DIFFERENCES = {"We hadden de vraag vanuit de gemeente gesteld, niet vanuit %s.",
            "De verwachtingen over de rol van de gemeente bij %s waren niet uitgesproken.",
            "We kozen voor regie terwijl %s om verbinding vroeg.",
            "De lijn droeg de horizontale samenwerking met %s niet."};
    private static final String[] LESSONS = {"Begin met luisteren en maak zichtbaar wat %s bezighoudt.",
            "Spreek vooraf af wie de regie heeft en wie verbindt bij %s.",
            "Werk in korte sprints met %s en evalueer elke twee weken.",
            "Vraag eerst wie het al eens deed; een peer assist over %s scheelt maanden.",
            "Maak de waarde voor inwoners expliciet voordat je over geld praat met %s.",
            "Geef het team ruimte en vang als leidinggevende de druk rond %s op."};
    private static final String[] SHARINGS = {"MUNICIPALITY", "MUNICIPALITY", "MUNICIPALITY", "ALL", "ALL", "COHORT"};
    private static final String[] ROLES = {"RECHTMATIG", "PRESTEREND", "NETWERKEND", "PARTICIPEREND"};

    private void practices(long organisation, List<long[]> writers, int count, LocalDateTime created) {
        if (writers.isEmpty()) {
            return;
        }
        for (int i = 0; i < count; i++) {
            long[] writer = writers.get(i % writers.size());
            String activity = ACTIVITIES[random.nextInt(ACTIVITIES.length)];
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            String partner = PARTNERS[random.nextInt(PARTNERS.length)];
            String title = Character.toUpperCase(activity.charAt(0)) + activity.substring(1) + " over " + topic
                    + " met " + partner;
            String intention = String.format(INTENTIONS[random.nextInt(INTENTIONS.length)], partner, topic);
            String happened = String.format(HAPPENINGS[random.nextInt(HAPPENINGS.length)], activity, topic) + " "
                    + SENTENCES[random.nextInt(SENTENCES.length)];
            String difference = String.format(DIFFERENCES[random.nextInt(DIFFERENCES.length)], partner);
            String lessons = String.format(LESSONS[random.nextInt(LESSONS.length)], partner) + " "
                    + String.format(LESSONS[random.nextInt(LESSONS.length)], topic);
            String sharing = SHARINGS[random.nextInt(SHARINGS.length)];
            String theme = "Thema " + (1 + random.nextInt(6));
            String role = ROLES[random.nextInt(ROLES.length)];
            String competency = COMPETENCIES[random.nextInt(COMPETENCIES.length)];
            String bare = partner.substring(partner.indexOf(' ') + 1);
            String partnerName = Character.toUpperCase(bare.charAt(0)) + bare.substring(1);
            nl.kopgroep.knowledge.PracticeForm form = new nl.kopgroep.knowledge.PracticeForm(title, intention, happened,
                    difference, lessons, nl.kopgroep.knowledge.Sharing.valueOf(sharing), List.of(theme),
                    java.util.Set.of(nl.kopgroep.base.MunicipalRole.valueOf(role)), List.of(competency), List.of(partnerName));
            long id = ++practiceId;
            practices++;
            Timestamp at = Timestamp.valueOf(created.plusDays(random.nextInt(700)).plusMinutes(random.nextInt(600)));
            int marks = random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(Math.min(5, writers.size()));
            List<Long> users = new ArrayList<>();
            for (int u = 1; u <= marks; u++) {
                long user = writers.get((i + u) % writers.size())[0];
                if (user != writer[0] && !users.contains(user)) {
                    users.add(user);
                }
            }
            int used = users.size();
            boolean withdrawn = random.nextInt(40) == 0;
            batches.add("INSERT INTO practice (id, author_id, organisation_id, cohort_id, title, intention, happened, difference, "
                            + "lessons, sharing, status, published_at, updated_at, used_count, search_text) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, writer[0], organisation, writer[1], title, intention, happened, difference, lessons, sharing,
                    withdrawn ? "WITHDRAWN" : "PUBLISHED", at, at, used,
                    nl.kopgroep.knowledge.PracticeSearchText.of(form));
            batches.add("INSERT INTO practice_tag (practice_id, kind, tag_value) VALUES (?, ?, ?)", id, "THEME", theme);
            batches.add("INSERT INTO practice_tag (practice_id, kind, tag_value) VALUES (?, ?, ?)", id, "ROLE", role);
            batches.add("INSERT INTO practice_tag (practice_id, kind, tag_value) VALUES (?, ?, ?)", id, "COMPETENCY", competency);
            batches.add("INSERT INTO practice_tag (practice_id, kind, tag_value) VALUES (?, ?, ?)", id, "PARTNER", partnerName);
            for (long user : users) {
                batches.add("INSERT INTO practice_use (practice_id, user_id, marked_at) VALUES (?, ?, ?)", id, user, at);
            }
        }
    }

    private long user(long organisation, String email, String name, LocalDateTime created, String role) {
        long id = ++userId;
        batches.add("INSERT INTO app_user (id, organisation_id, email, display_name, password_hash, active, created_at, version) "
                + "VALUES (?, ?, ?, ?, 'generated-no-login', true, ?, 0)", id, organisation, email, name, Timestamp.valueOf(created));
        batches.add("INSERT INTO user_role (user_id, role) VALUES (?, ?)", id, role);
        return id;
    }

    private void member(long cohort, long user, String role) {
        batches.add("INSERT INTO cohort_member (cohort_id, user_id, member_role) VALUES (?, ?, ?)", cohort, user, role);
    }

    /** Six themes of two ambitions of two commitments; every third commitment has an indicator. */
    private List<String> agreement(long organisation, String name, LocalDateTime created) {
        long agreement = ++agreementId;
        jdbc.update("INSERT INTO agreement (id, organisation_id, title, period_from, period_to, active, source_name, imported_by, "
                        + "imported_at) VALUES (?, ?, ?, ?, ?, true, 'schaal', 'generator', ?)", agreement, organisation,
                "Collegeakkoord " + name, Date.valueOf(created.toLocalDate()), Date.valueOf(created.toLocalDate().plusYears(4)),
                Timestamp.valueOf(created));
        List<String> commitments = new ArrayList<>();
        int position = 0;
        for (int t = 1; t <= 6; t++) {
            item(agreement, "THEME", "T" + t, null, "Thema " + t, position++);
            for (int a = 1; a <= 2; a++) {
                String ambition = "A" + t + "." + a;
                item(agreement, "AMBITION", ambition, "T" + t, "Ambitie " + ambition, position++);
                for (int c = 1; c <= 2; c++) {
                    String code = "C" + t + "." + a + "." + c;
                    item(agreement, "COMMITMENT", code, ambition, "Afspraak " + code + " voor de inwoners", position++);
                    commitments.add(code);
                    if (commitments.size() % 3 == 0) {
                        batches.add("INSERT INTO commitment_indicator (agreement_id, commitment_code, name, source, unit, "
                                        + "baseline, target, target_date, position) VALUES (?, ?, ?, 'waarstaatjegemeente.nl', "
                                        + "'%', ?, ?, ?, 0)", agreement, code, "Indicator bij " + code,
                                new BigDecimal("40"), new BigDecimal("60"), Date.valueOf(created.toLocalDate().plusYears(4)));
                    }
                }
            }
        }
        return commitments;
    }

    private void item(long agreement, String level, String code, String parent, String title, int position) {
        batches.add("INSERT INTO agreement_item (agreement_id, level, code, parent_code, title, position) VALUES (?, ?, ?, ?, ?, ?)",
                agreement, level, code, parent, title, position);
    }

    private void participantData(long organisation, long cohort, long participant, long coach, LocalDate start,
                                 List<String> commitments, int entryCount) {
        long firstGoal = goalId + 1;
        for (int g = 0; g < 4; g++) {
            boolean work = g < 2;
            goal(organisation, participant, work, start.plusDays(20 + random.nextInt(60)), commitments);
        }
        connectionMap(organisation, participant, firstGoal, start);
        long days = ChronoUnit.DAYS.between(start, today);
        for (int e = 0; e < entryCount; e++) {
            LocalDateTime at = start.atStartOfDay().plusMinutes((long) (random.nextDouble() * days * 24 * 60));
            String visibility = VISIBILITIES[random.nextInt(VISIBILITIES.length)];
            long id = ++reflectionId;
            entries++;
            batches.add("INSERT INTO reflection (id, author_id, cohort_id, title, body, visibility, created_at, updated_at, version) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)", id, participant, cohort, "Reflectie " + e, body(),
                    visibility, Timestamp.valueOf(at), Timestamp.valueOf(at));
            boolean shared = !visibility.equals("PRIVATE");
            if (shared && at.isBefore(today.minusDays(14).atStartOfDay()) && random.nextInt(10) < 9) {
                batches.add("INSERT INTO reflection_review (reflection_id, coach_id, depth, reviewed_at) VALUES (?, ?, ?, ?)",
                        id, coach, random.nextBoolean() ? "DESCRIBING" : "ANALYSING", Timestamp.valueOf(at.plusDays(3)));
                if (random.nextInt(10) < 3) {
                    batches.add("INSERT INTO reflection_feedback (reflection_id, author_id, body, created_at) VALUES (?, ?, ?, ?)",
                            id, coach, "Mooi beschreven. Wat zou je de volgende keer anders doen?", Timestamp.valueOf(at.plusDays(3)));
                }
            }
        }
        scans(organisation, cohort, participant, coach, start);
        for (int l = 0; l < lessons.size(); l++) {
            LocalDate opens = start.plusMonths(l * 24L / Math.max(1, lessons.size()));
            if (opens.isBefore(today) && random.nextInt(10) < 8) {
                progress++;
                batches.add("INSERT INTO lesson_progress (user_id, lesson_id, completed_at) VALUES (?, ?, ?)", participant,
                        lessons.get(l), Timestamp.valueOf(opens.atStartOfDay().plusDays(random.nextInt(20))));
            }
        }
    }

    /** The competency scan: every round that opened more than three weeks ago, closed, self and coach. */
    private void scans(long organisation, long cohort, long participant, long coach, LocalDate start) {
        for (int round = 0; round < 5; round++) {
            LocalDate submitted = start.plusMonths(6L * round).plusDays(21);
            if (!submitted.isBefore(today)) {
                return;
            }
            long scan = ++scanId;
            Timestamp at = Timestamp.valueOf(submitted.atTime(12, 0));
            batches.add("INSERT INTO competency_scan (id, participant_id, organisation_id, cohort_id, round, due_on, created_at, "
                            + "participant_submitted_at, coach_submitted_at, coach_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    scan, participant, organisation, cohort, round, Date.valueOf(start.plusMonths(6L * round).plusDays(28)),
                    at, at, at, coach);
            for (String competency : COMPETENCIES) {
                int self = Math.min(4, 1 + random.nextInt(2) + round / 2);
                batches.add("INSERT INTO competency_score (scan_id, competency_code, scorer, scorer_id, level, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", scan, competency, "SELF", participant, self, at);
                batches.add("INSERT INTO competency_score (scan_id, competency_code, scorer, scorer_id, level, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", scan, competency, "COACH", coach,
                        Math.max(1, Math.min(4, self + random.nextInt(3) - 1)), at);
            }
        }
    }

    private static final String[] ACTOR_KINDS = {"POLITICAL", "INTERNAL", "INTERNAL", "INTERNAL", "EXTERNAL_PARTNER",
            "EXTERNAL_PARTNER", "CITIZEN_INITIATIVE", "EXPERT", "OTHER_MUNICIPALITY"};
    private static final String[] DEPARTMENTS = {"Wonen", "Jeugd", "Economie", "Wijkzaken", "Financiën"};

    /** A verbindingskaart: {@link #MAP_ACTORS} actors, {@link #MAP_TIES} ties (25 from the participant, the rest between actors). */
    private void connectionMap(long organisation, long participant, long firstGoal, LocalDate start) {
        long map = ++mapId;
        Timestamp created = Timestamp.valueOf(start.plusDays(30).atStartOfDay());
        batches.add("INSERT INTO connection_map (id, participant_id, organisation_id, visibility, own_department, created_at, "
                        + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", map, participant, organisation,
                VISIBILITIES[random.nextInt(VISIBILITIES.length)], DEPARTMENTS[random.nextInt(DEPARTMENTS.length)], created,
                created);
        long first = actorId + 1;
        for (int a = 0; a < MAP_ACTORS; a++) {
            String kind = ACTOR_KINDS[random.nextInt(ACTOR_KINDS.length)];
            batches.add("INSERT INTO map_actor (id, map_id, name, kind, department, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    ++actorId, map, "Actor " + (a + 1), kind,
                    kind.equals("INTERNAL") ? DEPARTMENTS[random.nextInt(DEPARTMENTS.length)] : null, created);
        }
        java.util.Set<Long> pairs = new java.util.HashSet<>();
        int ties = 0;
        while (ties < MAP_TIES) {
            boolean fromMe = ties < 25;
            Long from = fromMe ? null : first + random.nextInt(MAP_ACTORS);
            long to = fromMe ? first + ties : first + random.nextInt(MAP_ACTORS);
            if (from != null && (from == to || !pairs.add(Math.min(from, to) * 100_000 + Math.max(from, to)))) {
                continue;
            }
            long tie = ++tieId;
            ties++;
            batches.add("INSERT INTO map_tie (id, map_id, source_id, target_id, tie_type, strength, since, municipal_roles, "
                            + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", tie, map, from, to,
                    random.nextBoolean() ? "REGIE" : "VERBINDEN", random.nextInt(3) == 0 ? "STRONG" : "WEAK",
                    Date.valueOf(start.plusDays(random.nextInt(200))), random.nextBoolean() ? "NETWERKEND" : "PRESTEREND",
                    created);
            if (random.nextInt(3) == 0) {
                batches.add("INSERT INTO map_tie_goal (tie_id, goal_id) VALUES (?, ?)", tie, firstGoal + random.nextInt(4));
            }
        }
    }

    static final int MAP_ACTORS = 30;
    static final int MAP_TIES = 45;

    /** The e-mail address of the first participant of a generated municipality. */
    public static String participant(String code) {
        return "d1@" + code + ".schaal.test";
    }

    private void goal(long organisation, long participant, boolean work, LocalDate created, List<String> commitments) {
        long goal = ++goalId;
        goals++;
        batches.add("INSERT INTO goal (id, owner_id, organisation_id, kind, title, status, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, 'ON_TRACK', ?, ?)", goal, participant, organisation, work ? "WORK" : "LEARNING",
                (work ? "Werkdoel " : "Leerdoel ") + goal, Timestamp.valueOf(created.atStartOfDay()),
                Timestamp.valueOf(created.atStartOfDay()));
        if (work) {
            int first = random.nextInt(commitments.size() - 6);
            batches.add("INSERT INTO goal_link (goal_id, link_type, target) VALUES (?, 'COMMITMENT', ?)", goal,
                    commitments.get(first));
            if (random.nextBoolean()) {
                batches.add("INSERT INTO goal_link (goal_id, link_type, target) VALUES (?, 'COMMITMENT', ?)", goal,
                        commitments.get(first + 1));
            }
        } else {
            batches.add("INSERT INTO goal_link (goal_id, link_type, target) VALUES (?, 'COMPETENCY', ?)", goal,
                    COMPETENCIES[random.nextInt(COMPETENCIES.length)]);
        }
        long numeric = ++keyResultId;
        long binary = ++keyResultId;
        int target = 5 + random.nextInt(20);
        batches.add("INSERT INTO key_result (id, goal_id, title, unit, baseline, target, current_value, position) "
                + "VALUES (?, ?, 'Partners die meedoen', 'partners', 0, ?, 0, 0)", numeric, goal, BigDecimal.valueOf(target));
        batches.add("INSERT INTO key_result (id, goal_id, title, position, done) VALUES (?, ?, 'Besluit genomen', 1, false)",
                binary, goal);
        String status = "ON_TRACK";
        int value = 0;
        boolean done = false;
        for (LocalDate month = created.plusMonths(1); month.isBefore(today); month = month.plusMonths(1)) {
            if (random.nextInt(100) >= 55) {
                continue;
            }
            status = STATUSES[Math.min(2, Math.max(0, random.nextInt(7) - 4))];
            value = Math.min(target, value + random.nextInt(3));
            done = done || random.nextInt(8) == 0;
            long checkIn = ++checkInId;
            checkIns++;
            Timestamp at = Timestamp.valueOf(month.atTime(9 + random.nextInt(8), 0));
            batches.add("INSERT INTO check_in (id, goal_id, created_at, status, confidence, explanation, evidence) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)", checkIn, goal, at, status, 4 + random.nextInt(6),
                    status.equals("ON_TRACK") ? null : "Een partner schoof de planning op.",
                    random.nextInt(3) == 0 ? "Verslag overleg " + month : null);
            batches.add("INSERT INTO check_in_value (check_in_id, key_result_id, value, done, status) VALUES (?, ?, ?, NULL, ?)",
                    checkIn, numeric, BigDecimal.valueOf(value), status);
            batches.add("INSERT INTO check_in_value (check_in_id, key_result_id, value, done, status) VALUES (?, ?, NULL, ?, ?)",
                    checkIn, binary, done, status);
        }
        batches.add("UPDATE key_result SET current_value = ?, status = ? WHERE id = ?", BigDecimal.valueOf(value), status,
                numeric);
        batches.add("UPDATE key_result SET done = ?, status = ? WHERE id = ?", done, status, binary);
        batches.add("UPDATE goal SET status = ? WHERE id = ?", status, goal);
    }

    private String body() {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 5; s++) {
            text.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
        }
        return text.toString().strip();
    }

    private long max(String table) {
        Long max = jdbc.queryForObject("SELECT MAX(id) FROM " + table, Long.class);
        return max == null ? 0 : max;
    }

    /**
     * Statements grouped by SQL text and sent in batches. Groups are flushed in the order of
     * {@link #ORDER}, parents before children, so that a batch never refers to a row not yet written.
     */
    private static final class Batches {
        private static final List<String> ORDER = List.of("INSERT INTO app_user", "INSERT INTO user_role",
                "INSERT INTO agreement_item", "INSERT INTO commitment_indicator", "INSERT INTO cohort ",
                "INSERT INTO cohort_member", "INSERT INTO coach_assignment", "INSERT INTO competency_scan",
                "INSERT INTO competency_score", "INSERT INTO goal ", "INSERT INTO goal_link",
                "INSERT INTO key_result", "INSERT INTO check_in ", "INSERT INTO check_in_value", "UPDATE key_result",
                "UPDATE goal", "INSERT INTO reflection ", "INSERT INTO reflection_review", "INSERT INTO reflection_feedback",
                "INSERT INTO lesson_progress", "INSERT INTO connection_map", "INSERT INTO map_actor", "INSERT INTO map_tie ",
                "INSERT INTO map_tie_goal", "INSERT INTO planned_session", "INSERT INTO session_signup", "INSERT INTO practice ", "INSERT INTO practice_tag", "INSERT INTO practice_use");
        private final JdbcTemplate jdbc;
        private final java.util.TreeMap<String, List<Object[]>> pending = new java.util.TreeMap<>(
                java.util.Comparator.comparingInt(Batches::rank).thenComparing(java.util.Comparator.naturalOrder()));
        private int size;

        Batches(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        private static int rank(String sql) {
            for (int i = 0; i < ORDER.size(); i++) {
                if (sql.startsWith(ORDER.get(i))) {
                    return i;
                }
            }
            throw new IllegalArgumentException("No place in the order for " + sql);
        }

        void add(String sql, Object... arguments) {
            pending.computeIfAbsent(sql, k -> new ArrayList<>()).add(arguments);
            if (++size >= BATCH * 10) {
                flush();
            }
        }

        void flush() {
            pending.forEach((sql, rows) -> {
                for (int from = 0; from < rows.size(); from += BATCH) {
                    jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
                }
            });
            pending.clear();
            size = 0;
        }
    }
}
