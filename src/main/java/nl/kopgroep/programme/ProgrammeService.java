package nl.kopgroep.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.SmallGroups;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.CohortMembers;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.organisation.OrganisationCohortService;
import nl.kopgroep.organisation.CohortSummary;
import nl.kopgroep.organisation.Coachee;
import nl.kopgroep.organisation.MyCohort;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme as people use it: everyone signed in reads modules and lessons; a participant sees
 * them scheduled for their cohort with their own progress and marks lessons done; a coach sees the
 * progress of their own coachees; a manager sees cohort-level progress of their organisation only.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ProgrammeService {

    private final ProgrammeModuleRepository modules;
    private final LessonRepository lessons;
    private final LessonProgressRepository progress;
    private final CohortModuleWindowRepository windows;
    private final CohortService cohorts;
    private final OrganisationCohortService organisationCohorts;
    private final CurrentUser currentUser;
    private final MarkdownRenderer markdown;
    private final Clock clock;
    private final ProgrammeQueries queries;
    private final org.springframework.beans.factory.ObjectProvider<AttendedActivities> attended;

    ProgrammeService(ProgrammeModuleRepository modules, LessonRepository lessons, LessonProgressRepository progress,
                     CohortModuleWindowRepository windows, CohortService cohorts,
                     OrganisationCohortService organisationCohorts, CurrentUser currentUser,
                     MarkdownRenderer markdown, Clock clock, ProgrammeQueries queries,
                     org.springframework.beans.factory.ObjectProvider<AttendedActivities> attended,
                     CatalogueVersion catalogueVersion) {
        this.catalogueVersion = catalogueVersion;
        this.attended = attended;
        this.modules = modules;
        this.lessons = lessons;
        this.progress = progress;
        this.windows = windows;
        this.cohorts = cohorts;
        this.organisationCohorts = organisationCohorts;
        this.currentUser = currentUser;
        this.markdown = markdown;
        this.clock = clock;
        this.queries = queries;
    }

    /** The competencies of the programme in order (learning goals link to them), retired ones left out. */
    @PreAuthorize("isAuthenticated()")
    public List<Competency> competencies() {
        return queries.liveCompetencies();
    }

    /** Every competency ever synced, retired ones included, by code: to name the links of older goals. */
    /** The competency framework with its behavioural indicators per level, for everyone signed in. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CompetencyProfile> competencyFramework() {
        return queries.framework();
    }

    @PreAuthorize("isAuthenticated()")
    public Map<String, String> competencyNames() {
        return queries.competencyNames();
    }

    /** The modules of the programme in order, with their default windows. */
    @PreAuthorize("isAuthenticated()")
    public List<ModuleSummary> modules() {
        return catalogue().modules();
    }

    /** The signed-in participant's timeline, or empty when they are not in a cohort yet. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public Optional<MyProgramme> myProgramme() {
        Optional<MyCohort> myCohort = cohorts.myCohort();
        if (myCohort.isEmpty()) {
            return Optional.empty();
        }
        CohortSummary cohort = myCohort.get().cohort();
        Catalogue catalogue = catalogue();
        Set<Long> done = doneLessonIds(currentUser.id());
        List<ScheduledModule> timeline = timeline(catalogue, cohort, done);
        MyProgramme.NextLesson next = nextLesson(catalogue, timeline, done);
        int lessonCount = catalogue.lessonCount();
        int lessonsDone = (int) catalogue.lessonIds().stream().filter(done::contains).count();
        return Optional.of(new MyProgramme(cohort.name(), cohort.startDate(), cohort.programmeMonth(), timeline, next,
                lessonsDone, lessonCount));
    }

    @PreAuthorize("isAuthenticated()")
    public ModulePage module(String moduleKey) {
        Catalogue catalogue = catalogue();
        ModuleSummary module = catalogue.module(moduleKey).orElseThrow(NotFoundException::new);
        Set<Long> done = participant() ? doneLessonIds(currentUser.id()) : Set.of();
        ScheduledModule schedule = null;
        if (participant()) {
            schedule = cohorts.myCohort().map(mine -> timeline(catalogue, mine.cohort(), done)).orElse(List.of())
                    .stream().filter(s -> s.module().key().equals(moduleKey)).findFirst().orElse(null);
        }
        List<LessonSummary> list = catalogue.lessonsOf(moduleKey).stream()
                .map(l -> new LessonSummary(l.key(), l.title(), l.position(), l.minutes(), done.contains(l.id())))
                .toList();
        return new ModulePage(module, schedule, list);
    }

    @PreAuthorize("isAuthenticated()")
    public LessonPage lesson(String lessonKey) {
        Catalogue catalogue = catalogue();
        Lesson lesson = lessons.findByKeyAndRetiredFalse(lessonKey).orElseThrow(NotFoundException::new);
        ProgrammeModule module = catalogue.moduleEntity(lesson.moduleId());
        List<Lesson> sequence = catalogue.lessonsInOrder();
        // by id: the kept catalogue's lessons are other instances than the one just read
        int index = java.util.stream.IntStream.range(0, sequence.size())
                .filter(i -> sequence.get(i).id().equals(lesson.id())).findFirst().orElse(-1);
        boolean participant = participant();
        boolean done = participant && progress.findByUserIdAndLessonId(currentUser.id().value(), lesson.id()).isPresent();
        return new LessonPage(lesson.key(), lesson.title(), lesson.minutes(), module.key(), module.title(),
                lesson.learningGoals(), lesson.reflectionPrompts(), markdown.toSafeHtml(lesson.practiceAssignment()),
                lesson.practiceLevel(),
                lesson.competencies(), lesson.municipalRoles(), lesson.sources(), markdown.toSafeHtml(lesson.body()),
                participant, done, index > 0 ? sequence.get(index - 1).key() : null,
                index >= 0 && index < sequence.size() - 1 ? sequence.get(index + 1).key() : null);
    }

    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional
    public void markDone(String lessonKey) {
        Lesson lesson = lessons.findByKeyAndRetiredFalse(lessonKey).orElseThrow(NotFoundException::new);
        Long user = currentUser.id().value();
        if (progress.findByUserIdAndLessonId(user, lesson.id()).isEmpty()) {
            progress.save(new LessonProgress(user, lesson.id(), clock.instant()));
        }
    }

    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional
    public void markNotDone(String lessonKey) {
        Lesson lesson = lessons.findByKeyAndRetiredFalse(lessonKey).orElseThrow(NotFoundException::new);
        progress.findByUserIdAndLessonId(currentUser.id().value(), lesson.id()).ifPresent(progress::delete);
    }

    /** The activities I attended (sessions, from the features that implement {@link AttendedActivities}), oldest first. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<AttendedActivity> myAttendedActivities() {
        return attendedBy(currentUser.id());
    }

    /** What one of my coachees attended; nothing for someone who is not my coachee. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<AttendedActivity> coacheeAttendedActivities(nl.kopgroep.base.UserId coachee) {
        return cohorts.coachesParticipant(coachee) ? attendedBy(coachee) : List.of();
    }

    /** For each of my coachees, how many sessions they attended (the coach's view of their progress). */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public Map<nl.kopgroep.base.UserId, Integer> coacheesAttended() {
        List<nl.kopgroep.base.UserId> mine = cohorts.myCoachees().stream().map(c -> c.person().id()).toList();
        Map<nl.kopgroep.base.UserId, Integer> counts = new java.util.HashMap<>();
        if (mine.isEmpty()) {
            return counts;
        }
        attended.orderedStream().forEach(source -> source.attendedCounts(mine).forEach((k, v) -> counts.merge(k, v, Integer::sum)));
        return counts;
    }

    private List<AttendedActivity> attendedBy(nl.kopgroep.base.UserId participant) {
        return attended.orderedStream().flatMap(source -> source.attendedBy(participant).stream())
                .sorted(Comparator.comparing(AttendedActivity::at)).toList();
    }

    /** Progress of the signed-in coach's own coachees. */
    @PreAuthorize("hasRole('COACH')")
    public List<CoacheeProgress> coacheeProgress() {
        List<Coachee> coachees = cohorts.myCoachees();
        if (coachees.isEmpty()) {
            return List.of();
        }
        Catalogue catalogue = catalogue();
        Map<Long, Set<Long>> doneByUser = doneByUser(coachees.stream().map(c -> c.person().id()).toList());
        Map<Long, Map<Long, int[]>> shifted = windowsOf(coachees.stream().map(c -> c.cohort().id()).toList());
        return coachees.stream().map(coachee -> {
            Set<Long> done = doneByUser.getOrDefault(coachee.person().id().value(), Set.of());
            List<ScheduledModule> timeline = timeline(catalogue, coachee.cohort(), done,
                    shifted.getOrDefault(coachee.cohort().id().value(), Map.of()));
            int lessonsDone = (int) catalogue.lessonIds().stream().filter(done::contains).count();
            return new CoacheeProgress(coachee.person(), coachee.cohort().name(), lessonsDone, catalogue.lessonCount(),
                    count(timeline, ModuleStatus.OVERDUE), count(timeline, ModuleStatus.OPEN));
        }).toList();
    }

    /**
     * Programme progress of each cohort of the manager's organisation, as averages over the cohort; for
     * a cohort under five participants no figure about its people (DD009).
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public List<CohortProgress> cohortProgress() {
        List<CohortMembers> all = organisationCohorts.organisationCohortMembers();
        if (all.isEmpty()) {
            return List.of();
        }
        Catalogue catalogue = catalogue();
        List<ProgrammeModule> liveModules = catalogue.moduleEntities();
        int lessonCount = Math.max(1, catalogue.lessonCount());
        Map<Long, Long> doneByCohort = queries.lessonsDonePerCohort(all.stream().collect(java.util.stream.Collectors.toMap(
                m -> m.cohort().id().value(), m -> m.participants().stream().map(UserId::value).toList())), catalogue.lessonIds());
        LocalDate today = LocalDate.now(clock);
        Map<Long, Map<Long, int[]>> shifted = windowsOf(all.stream().map(m -> m.cohort().id()).toList());
        List<CohortProgress> result = new ArrayList<>();
        for (CohortMembers members : all) {
            int participants = members.participants().size();
            double average = participants == 0 ? 0
                    : 100.0 * doneByCohort.getOrDefault(members.cohort().id().value(), 0L) / ((double) participants * lessonCount);
            Map<Long, int[]> cohortWindows = shifted.getOrDefault(members.cohort().id().value(), Map.of());
            int opened = (int) liveModules.stream().filter(m -> {
                int[] window = cohortWindows.getOrDefault(m.id(), new int[] {m.windowFrom(), m.windowTo()});
                return !today.isBefore(Schedule.opens(members.cohort().startDate(), window[0]));
            }).count();
            boolean shown = SmallGroups.shown(participants);
            result.add(new CohortProgress(members.cohort(), shown ? participants : null,
                    shown ? (int) Math.round(average) : null, opened, liveModules.size()));
        }
        return result;
    }

    // --- helpers ----------------------------------------------------------------------------------

    private boolean participant() {
        return currentUser.hasRole(Role.PARTICIPANT);
    }

    private List<ScheduledModule> timeline(Catalogue catalogue, CohortSummary cohort, Set<Long> done) {
        return timeline(catalogue, cohort, done, windowsOf(List.of(cohort.id())).getOrDefault(cohort.id().value(), Map.of()));
    }

    private List<ScheduledModule> timeline(Catalogue catalogue, CohortSummary cohort, Set<Long> done,
                                           Map<Long, int[]> shifted) {
        LocalDate today = LocalDate.now(clock);
        List<ScheduledModule> timeline = new ArrayList<>();
        for (ProgrammeModule module : catalogue.moduleEntities()) {
            int[] window = shifted.getOrDefault(module.id(), new int[] {module.windowFrom(), module.windowTo()});
            LocalDate opens = Schedule.opens(cohort.startDate(), window[0]);
            LocalDate closes = Schedule.closes(cohort.startDate(), window[1]);
            List<Lesson> moduleLessons = catalogue.lessonsOf(module.key());
            int lessonsDone = (int) moduleLessons.stream().filter(l -> done.contains(l.id())).count();
            timeline.add(new ScheduledModule(catalogue.summary(module), window[0], window[1], opens, closes,
                    Schedule.status(today, opens, closes, lessonsDone, moduleLessons.size()), lessonsDone));
        }
        return timeline;
    }

    /** The shifted module windows of these cohorts, per cohort and module: one statement for all of them. */
    private Map<Long, Map<Long, int[]>> windowsOf(java.util.Collection<CohortId> cohorts) {
        if (cohorts.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<Long, int[]>> all = keptCatalogue().windows();
        Map<Long, Map<Long, int[]>> asked = new java.util.HashMap<>();
        cohorts.forEach(cohort -> {
            Map<Long, int[]> shifted = all.get(cohort.value());
            if (shifted != null) {
                asked.put(cohort.value(), shifted);
            }
        });
        return asked;
    }

    /** The first lesson not done in the earliest module that is open or overdue. */
    private static MyProgramme.@Nullable NextLesson nextLesson(Catalogue catalogue, List<ScheduledModule> timeline,
                                                               Set<Long> done) {
        return timeline.stream()
                .filter(s -> s.status() == ModuleStatus.OVERDUE || s.status() == ModuleStatus.OPEN)
                .flatMap(s -> catalogue.lessonsOf(s.module().key()).stream()
                        .filter(l -> !done.contains(l.id()))
                        .map(l -> new MyProgramme.NextLesson(l.key(), l.title(), s.module().title())))
                .findFirst().orElse(null);
    }

    private static int count(List<ScheduledModule> timeline, ModuleStatus status) {
        return (int) timeline.stream().filter(s -> s.status() == status).count();
    }

    private Set<Long> doneLessonIds(UserId user) {
        return progress.findByUserId(user.value()).stream().map(LessonProgress::lessonId).collect(Collectors.toSet());
    }

    /** The lessons each user has done: ids only (issue 16: loading them as entities was most of the coach home's CPU). */
    private Map<Long, Set<Long>> doneByUser(List<UserId> users) {
        if (users.isEmpty()) {
            return Map.of();
        }
        return queries.lessonsDone(users.stream().map(UserId::value).toList());
    }

    private final CatalogueVersion catalogueVersion;
    private volatile @Nullable KeptCatalogue kept;

    /** How long a node keeps the catalogue before it reads it again (another node's content sync shows then). */
    static final long CATALOGUE_KEPT_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(60);

    /** @param windows the shifted windows of every cohort: cohort id → module id → {from, to} */
    private record KeptCatalogue(Catalogue catalogue, Map<Long, Map<Long, int[]>> windows, long version, long readAt) {
    }

    /**
     * The live modules and lessons, kept in memory until content is synced (or a minute has passed): every page
     * with programme progress needs them, and only a content sync changes them (issue 16).
     */
    private Catalogue catalogue() {
        return keptCatalogue().catalogue();
    }

    private KeptCatalogue keptCatalogue() {
        KeptCatalogue known = kept;
        long version = catalogueVersion.current();
        long now = System.nanoTime();
        if (known != null && known.version() == version && now - known.readAt() < CATALOGUE_KEPT_NANOS) {
            return known;
        }
        Catalogue read = new Catalogue(modules.findByRetiredFalseOrderByPositionAsc(), lessons.findByRetiredFalse());
        Map<Long, Map<Long, int[]>> shifted = windows.findAll().stream()
                .collect(Collectors.groupingBy(CohortModuleWindow::cohortId, Collectors.toUnmodifiableMap(
                        CohortModuleWindow::moduleId, w -> new int[] {w.windowFrom(), w.windowTo()})));
        KeptCatalogue fresh = new KeptCatalogue(read, Map.copyOf(shifted), version, now);
        kept = fresh;
        return fresh;
    }

    /** The live (not retired) modules and lessons. */
    private static final class Catalogue {
        private final List<ProgrammeModule> modules;
        private final Map<Long, ProgrammeModule> modulesById;
        private final Map<Long, List<Lesson>> lessonsByModule;

        Catalogue(List<ProgrammeModule> modules, List<Lesson> lessons) {
            this.modules = modules;
            this.modulesById = modules.stream().collect(Collectors.toMap(ProgrammeModule::id, Function.identity()));
            this.lessonsByModule = lessons.stream().filter(l -> modulesById.containsKey(l.moduleId()))
                    .sorted(Comparator.comparingInt(Lesson::position))
                    .collect(Collectors.groupingBy(Lesson::moduleId));
        }

        List<ProgrammeModule> moduleEntities() {
            return modules;
        }

        ProgrammeModule moduleEntity(Long id) {
            ProgrammeModule module = modulesById.get(id);
            if (module == null) {
                throw new NotFoundException();
            }
            return module;
        }

        Optional<ModuleSummary> module(String key) {
            return modules.stream().filter(m -> m.key().equals(key)).findFirst().map(this::summary);
        }

        List<ModuleSummary> modules() {
            return modules.stream().map(this::summary).toList();
        }

        ModuleSummary summary(ProgrammeModule module) {
            List<Lesson> list = lessonsByModule.getOrDefault(module.id(), List.of());
            return new ModuleSummary(module.key(), module.title(), module.summary(), module.position(),
                    module.windowFrom(), module.windowTo(), list.size(), list.stream().mapToInt(Lesson::minutes).sum());
        }

        List<Lesson> lessonsOf(String moduleKey) {
            return modules.stream().filter(m -> m.key().equals(moduleKey)).findFirst()
                    .map(m -> lessonsByModule.getOrDefault(m.id(), List.of())).orElse(List.of());
        }

        List<Lesson> lessonsInOrder() {
            return modules.stream().flatMap(m -> lessonsByModule.getOrDefault(m.id(), List.of()).stream()).toList();
        }

        Set<Long> lessonIds() {
            return lessonsByModule.values().stream().flatMap(List::stream).map(Lesson::id).collect(Collectors.toSet());
        }

        int lessonCount() {
            return lessonsByModule.values().stream().mapToInt(List::size).sum();
        }
    }
}
