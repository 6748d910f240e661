package nl.kopgroep.programme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.kopgroep.programme.ProgrammeDefinition.Competency;
import nl.kopgroep.programme.ProgrammeDefinition.LessonDefinition;
import nl.kopgroep.programme.ProgrammeDefinition.ModuleDefinition;
import nl.kopgroep.base.yaml.YamlFile;
import nl.kopgroep.base.yaml.YamlFile.Fields;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and checks the whole content tree in one pass and reports every problem with its file
 * and line, so a programme manager can fix them all at once. Only a tree without problems yields
 * a {@link ProgrammeDefinition}.
 */
final class ContentReader {

    static final String PROGRAMME_FILE = "programma.yaml";
    static final String MODULES_FOLDER = "modules";
    static final int PROGRAMME_MONTHS = 24;
    static final Set<String> MUNICIPAL_ROLES = Set.of("rechtmatig", "presterend", "netwerkend", "participerend");

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DECLARED_ID = Pattern.compile("^id:\\s*([a-z0-9-]+)\\s*$");
    private static final Pattern LESSON_LINK = Pattern.compile("\\]\\(lesson:([^)\\s]*)\\)");
    private static final Pattern PAGE_LINK = Pattern.compile("\\]\\(" + AppPage.LINK_PREFIX + "([^)\\s]*)\\)");
    private static final Set<String> LESSON_FIELDS = Set.of("id", "title", "order", "minutes", "learningGoals",
            "reflectionPrompts", "practiceAssignment", "practiceLevel", "competencies", "municipalRoles", "sources");
    private static final Set<String> REQUIRED_LESSON_FIELDS = Set.of("id", "title", "order", "minutes",
            "learningGoals", "reflectionPrompts", "practiceAssignment", "competencies", "municipalRoles");

    /** The outcome: the programme when the tree is valid, and every problem found. */
    record Result(@Nullable ProgrammeDefinition programme, List<ContentProblem> problems) {

        boolean valid() {
            return problems.isEmpty() && programme != null;
        }
    }

    private final Path root;
    private final List<ContentProblem> problems = new ArrayList<>();
    /** Every lesson id that could be read, also of lessons with other problems (no cascade of link errors). */
    private final Set<String> declaredLessonIds = new java.util.HashSet<>();

    private ContentReader(Path root) {
        this.root = root;
    }

    static Result read(Path root) {
        return new ContentReader(root).readAll();
    }

    private Result readAll() {
        Path programmeFile = root.resolve(PROGRAMME_FILE);
        if (!Files.isRegularFile(programmeFile)) {
            problem(PROGRAMME_FILE, 1, "content.programmeMissing", root.toAbsolutePath().toString());
            return new Result(null, List.copyOf(problems));
        }
        ProgrammeHeader header = readProgrammeFile(programmeFile);
        Map<String, List<LessonDefinition>> lessonsByModule = new HashMap<>();
        Map<String, LessonDefinition> lessonsById = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        Set<String> competencyIds = header == null ? Set.of()
                : header.competencies.stream().map(Competency::id).collect(java.util.stream.Collectors.toSet());

        Path modulesFolder = root.resolve(MODULES_FOLDER);
        for (Path folder : folders(modulesFolder)) {
            String moduleId = folder.getFileName().toString();
            if (header != null && !header.moduleLines.containsKey(moduleId)) {
                problem(MODULES_FOLDER + "/" + moduleId, 1, "content.folderNotInProgramme", moduleId, PROGRAMME_FILE);
                continue;
            }
            for (Path file : lessonFiles(folder)) {
                LessonDefinition lesson = readLesson(file, moduleId, competencyIds, links);
                if (lesson == null) {
                    continue;
                }
                LessonDefinition earlier = lessonsById.putIfAbsent(lesson.id(), lesson);
                if (earlier != null) {
                    problem(lesson.file(), 2, "content.duplicateLessonId", lesson.id(), earlier.file());
                    continue;
                }
                lessonsByModule.computeIfAbsent(moduleId, k -> new ArrayList<>()).add(lesson);
            }
        }
        if (header != null) {
            header.moduleLines.forEach((moduleId, line) -> {
                if (!Files.isDirectory(modulesFolder.resolve(moduleId))) {
                    problem(PROGRAMME_FILE, line, "content.moduleFolderMissing", moduleId, MODULES_FOLDER + "/" + moduleId);
                }
            });
        }
        for (Link link : links) {
            if (!declaredLessonIds.contains(link.target)) {
                problem(link.file, link.line, "content.unknownLessonLink", link.target);
            }
        }
        lessonsByModule.values().forEach(this::checkOrders);

        if (header == null || !problems.isEmpty()) {
            return new Result(null, sortedProblems());
        }
        List<ModuleDefinition> modules = new ArrayList<>();
        for (ModuleHeader module : header.modules) {
            List<LessonDefinition> lessons = new ArrayList<>(lessonsByModule.getOrDefault(module.id, List.of()));
            lessons.sort(Comparator.comparingInt(LessonDefinition::order));
            modules.add(new ModuleDefinition(module.id, module.title, module.summary, modules.size() + 1,
                    module.from, module.to, List.copyOf(lessons)));
        }
        return new Result(new ProgrammeDefinition(header.title, header.months, header.competencies, modules), List.of());
    }

    // --- programma.yaml ---------------------------------------------------------------------------

    private record ModuleHeader(String id, String title, String summary, int from, int to) {
    }

    static final int MAX_DESCRIPTION = 300;
    static final int MAX_LEVEL_NAME = 60;
    static final int MAX_INDICATOR = 200;

    private static final class ProgrammeHeader {
        String title = "";
        int months = PROGRAMME_MONTHS;
        final List<Competency> competencies = new ArrayList<>();
        final List<ModuleHeader> modules = new ArrayList<>();
        final Map<String, Integer> moduleLines = new LinkedHashMap<>();
    }

    private @Nullable ProgrammeHeader readProgrammeFile(Path file) {
        YamlFile yaml = yaml(PROGRAMME_FILE, 0);
        Node node = yaml.parse(read(file, PROGRAMME_FILE));
        if (node == null) {
            return null;
        }
        Fields top = yaml.fields(node, Set.of("programme", "competencies", "modules"),
                Set.of("programme", "competencies", "modules"));
        if (top == null) {
            return null;
        }
        ProgrammeHeader header = new ProgrammeHeader();
        Fields programme = top.has("programme")
                ? yaml.fields(top.value("programme"), Set.of("title", "months"), Set.of("title", "months"))
                : null;
        if (programme != null) {
            header.title = programme.text("title");
            Integer months = programme.number("months");
            if (months != null && months != PROGRAMME_MONTHS) {
                problem(PROGRAMME_FILE, programme.line("months"), "content.programmeMonths", months, PROGRAMME_MONTHS);
            }
        }
        Map<String, Integer> competencyLines = new HashMap<>();
        for (Node item : top.has("competencies") ? top.items("competencies") : List.<Node>of()) {
            Fields competency = yaml.fields(item, Set.of("id", "name", "description", "levels"), Set.of("id", "name", "levels"));
            if (competency == null) {
                continue;
            }
            String id = competency.id("id", ID);
            String name = competency.text("name");
            String description = competency.has("description") ? limited(competency, "description", MAX_DESCRIPTION) : "";
            List<ProgrammeDefinition.Level> levels = levels(yaml, competency, id == null ? "?" : id);
            if (id != null && competencyLines.putIfAbsent(id, competency.line("id")) != null) {
                problem(PROGRAMME_FILE, competency.line("id"), "content.duplicateCompetency", id);
            } else if (id != null) {
                header.competencies.add(new Competency(id, name, description, levels));
            }
        }
        for (Node item : top.has("modules") ? top.items("modules") : List.<Node>of()) {
            Fields module = yaml.fields(item, Set.of("id", "title", "summary", "window"),
                    Set.of("id", "title", "summary", "window"));
            if (module == null) {
                continue;
            }
            String id = module.id("id", ID);
            int[] window = module.has("window") ? window(yaml, module.value("window")) : null;
            if (id == null) {
                continue;
            }
            if (header.moduleLines.putIfAbsent(id, module.line("id")) != null) {
                problem(PROGRAMME_FILE, module.line("id"), "content.duplicateModuleId", id);
                continue;
            }
            if (window != null) {
                header.modules.add(new ModuleHeader(id, module.text("title"), module.text("summary"), window[0], window[1]));
            }
        }
        if (top.has("modules") && header.moduleLines.isEmpty()) {
            problem(PROGRAMME_FILE, top.line("modules"), "content.noModules");
        }
        return header;
    }

    /**
     * The competency's levels: exactly {@link Competency#LEVELS}, in order from the first to the highest, each with a
     * name and {@link ProgrammeDefinition.Level#MIN_INDICATORS}–{@link ProgrammeDefinition.Level#MAX_INDICATORS}
     * observable behaviours.
     */
    private List<ProgrammeDefinition.Level> levels(YamlFile yaml, Fields competency, String id) {
        List<Node> items = competency.items("levels");
        if (competency.has("levels") && items.size() != Competency.LEVELS) {
            problem(PROGRAMME_FILE, competency.line("levels"), "content.competencyLevels", id, items.size(), Competency.LEVELS);
        }
        List<ProgrammeDefinition.Level> levels = new ArrayList<>();
        for (Node item : items) {
            Fields level = yaml.fields(item, Set.of("name", "indicators"), Set.of("name", "indicators"));
            if (level == null) {
                continue;
            }
            String name = limited(level, "name", MAX_LEVEL_NAME);
            List<String> indicators = level.texts("indicators", ProgrammeDefinition.Level.MIN_INDICATORS);
            if (indicators.size() > ProgrammeDefinition.Level.MAX_INDICATORS) {
                problem(PROGRAMME_FILE, level.line("indicators"), "content.tooManyIndicators", id, name,
                        ProgrammeDefinition.Level.MAX_INDICATORS);
            }
            for (String indicator : indicators) {
                if (indicator.length() > MAX_INDICATOR) {
                    problem(PROGRAMME_FILE, level.line("indicators"), "content.textTooLong", "indicators", MAX_INDICATOR);
                }
            }
            levels.add(new ProgrammeDefinition.Level(name, indicators));
        }
        return levels;
    }

    private String limited(Fields fields, String field, int max) {
        String text = fields.text(field);
        if (text.length() > max) {
            problem(PROGRAMME_FILE, fields.line(field), "content.textTooLong", field, max);
        }
        return text;
    }

    private int @Nullable [] window(YamlFile yaml, Node node) {
        Fields window = yaml.fields(node, Set.of("from", "to"), Set.of("from", "to"));
        if (window == null) {
            return null;
        }
        Integer from = window.number("from");
        Integer to = window.number("to");
        if (from == null || to == null) {
            return null;
        }
        if (from < 1 || to > PROGRAMME_MONTHS || from > to) {
            problem(PROGRAMME_FILE, window.line("from"), "content.windowOutOfRange", from, to, PROGRAMME_MONTHS);
            return null;
        }
        return new int[] {from, to};
    }

    // --- lessons ----------------------------------------------------------------------------------

    private record Link(String file, int line, String target) {
    }

    private @Nullable LessonDefinition readLesson(Path path, String moduleId, Set<String> competencyIds,
                                                  List<Link> links) {
        String file = root.relativize(path).toString().replace('\\', '/');
        String text = read(path, file);
        if (text == null) {
            return null;
        }
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.getFirst().strip().equals("---")) {
            problem(file, 1, "content.frontMatterMissing");
            return null;
        }
        int closing = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                closing = i;
                break;
            }
        }
        if (closing < 0) {
            problem(file, 1, "content.frontMatterUnclosed");
            return null;
        }
        String frontMatter = String.join("\n", lines.subList(1, closing));
        // Known even when the YAML below is broken, so links to this lesson are not reported as well.
        lines.subList(1, closing).stream().map(DECLARED_ID::matcher).filter(Matcher::matches)
                .forEach(m -> declaredLessonIds.add(m.group(1)));
        YamlFile yaml = yaml(file, 1);
        Node node = yaml.parse(frontMatter);
        if (node == null) {
            return null;
        }
        Fields fields = yaml.fields(node, LESSON_FIELDS, REQUIRED_LESSON_FIELDS);
        if (fields == null) {
            return null;
        }
        int problemsBefore = problems.size();
        String id = fields.id("id", ID);
        if (id != null) {
            declaredLessonIds.add(id);
        }
        String title = fields.text("title");
        Integer order = fields.positive("order");
        Integer minutes = fields.positive("minutes");
        List<String> goals = fields.texts("learningGoals", 1);
        List<String> prompts = fields.texts("reflectionPrompts", 2);
        String assignment = fields.text("practiceAssignment");
        PracticeLevel level = practiceLevel(file, fields);
        List<String> competencies = fields.texts("competencies", 1);
        List<String> roles = fields.texts("municipalRoles", 1);
        List<String> sources = fields.has("sources") ? fields.texts("sources", 0) : List.of();
        for (String competency : competencies) {
            if (!competencyIds.contains(competency)) {
                problem(file, fields.line("competencies"), "content.unknownCompetency", competency, PROGRAMME_FILE);
            }
        }
        for (String role : roles) {
            if (!MUNICIPAL_ROLES.contains(role)) {
                problem(file, fields.line("municipalRoles"), "content.unknownRole", role);
            }
        }
        String body = String.join("\n", lines.subList(closing + 1, lines.size())).strip();
        if (body.isEmpty()) {
            problem(file, closing + 1, "content.emptyBody");
        }
        // The front matter's assignment is Markdown too, so links are checked on every line.
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = LESSON_LINK.matcher(lines.get(i));
            while (matcher.find()) {
                links.add(new Link(file, i + 1, matcher.group(1)));
            }
            Matcher page = PAGE_LINK.matcher(lines.get(i));
            while (page.find()) {
                if (AppPage.fromCode(page.group(1)).isEmpty()) {
                    problem(file, i + 1, "content.unknownPageLink", page.group(1), AppPage.knownCodes());
                }
            }
        }
        if (problems.size() > problemsBefore || id == null || order == null || minutes == null || level == null) {
            return null;
        }
        return new LessonDefinition(id, moduleId, file, title, order, minutes, goals, prompts, assignment, level,
                competencies, roles, sources, body);
    }

    /**
     * Required, but checked here rather than as a plain missing field so the message says which
     * values exist and points at the assignment it belongs to.
     */
    private @Nullable PracticeLevel practiceLevel(String file, Fields fields) {
        if (!fields.has("practiceLevel")) {
            problem(file, fields.line("practiceAssignment"), "content.practiceLevelMissing");
            return null;
        }
        String code = fields.text("practiceLevel");
        if (code.isEmpty()) {
            return null;
        }
        PracticeLevel level = PracticeLevel.fromCode(code).orElse(null);
        if (level == null) {
            problem(file, fields.line("practiceLevel"), "content.unknownPracticeLevel", code);
        }
        return level;
    }

    private void checkOrders(List<LessonDefinition> lessons) {
        Map<Integer, LessonDefinition> byOrder = new HashMap<>();
        for (LessonDefinition lesson : lessons) {
            LessonDefinition other = byOrder.putIfAbsent(lesson.order(), lesson);
            if (other != null) {
                problem(lesson.file(), 2, "content.duplicateOrder", lesson.order(), other.file());
            }
        }
    }

    // --- files ------------------------------------------------------------------------------------

    private @Nullable String read(Path path, String file) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problem(file, 1, "content.unreadable", e.getMessage());
            return null;
        }
    }

    private List<Path> folders(Path modulesFolder) {
        if (!Files.isDirectory(modulesFolder)) {
            problem(MODULES_FOLDER, 1, "content.modulesFolderMissing");
            return List.of();
        }
        try (Stream<Path> children = Files.list(modulesFolder)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            problem(MODULES_FOLDER, 1, "content.unreadable", e.getMessage());
            return List.of();
        }
    }

    private List<Path> lessonFiles(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            problem(root.relativize(folder).toString(), 1, "content.unreadable", e.getMessage());
            return List.of();
        }
    }

    private YamlFile yaml(String file, int lineOffset) {
        return new YamlFile(lineOffset, (line, key, arguments) -> problem(file, line, key, arguments));
    }

    private void problem(String file, int line, String key, Object... arguments) {
        problems.add(new ContentProblem(file, line, key, arguments));
    }

    private List<ContentProblem> sortedProblems() {
        return problems.stream()
                .sorted(Comparator.comparing(ContentProblem::file).thenComparingInt(ContentProblem::line))
                .toList();
    }
}
