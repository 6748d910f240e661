package nl.kopgroep.programme;

import java.io.IOException;
import java.io.StringReader;
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
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

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
    private static final Set<String> LESSON_FIELDS = Set.of("id", "title", "order", "minutes", "learningGoals",
            "reflectionPrompts", "practiceAssignment", "competencies", "municipalRoles", "sources");
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

    private static final class ProgrammeHeader {
        String title = "";
        int months = PROGRAMME_MONTHS;
        final List<Competency> competencies = new ArrayList<>();
        final List<ModuleHeader> modules = new ArrayList<>();
        final Map<String, Integer> moduleLines = new LinkedHashMap<>();
    }

    private @Nullable ProgrammeHeader readProgrammeFile(Path file) {
        Node node = parseYaml(PROGRAMME_FILE, read(file, PROGRAMME_FILE), 0);
        if (node == null) {
            return null;
        }
        Fields top = fields(PROGRAMME_FILE, node, 0, Set.of("programme", "competencies", "modules"),
                Set.of("programme", "competencies", "modules"));
        if (top == null) {
            return null;
        }
        ProgrammeHeader header = new ProgrammeHeader();
        Fields programme = top.has("programme")
                ? fields(PROGRAMME_FILE, top.value("programme"), 0, Set.of("title", "months"), Set.of("title", "months"))
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
            Fields competency = fields(PROGRAMME_FILE, item, 0, Set.of("id", "name"), Set.of("id", "name"));
            if (competency == null) {
                continue;
            }
            String id = competency.id("id");
            if (id != null && competencyLines.putIfAbsent(id, competency.line("id")) != null) {
                problem(PROGRAMME_FILE, competency.line("id"), "content.duplicateCompetency", id);
            } else if (id != null) {
                header.competencies.add(new Competency(id, competency.text("name")));
            }
        }
        for (Node item : top.has("modules") ? top.items("modules") : List.<Node>of()) {
            Fields module = fields(PROGRAMME_FILE, item, 0, Set.of("id", "title", "summary", "window"),
                    Set.of("id", "title", "summary", "window"));
            if (module == null) {
                continue;
            }
            String id = module.id("id");
            int[] window = module.has("window") ? window(module.value("window")) : null;
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

    private int @Nullable [] window(Node node) {
        Fields window = fields(PROGRAMME_FILE, node, 0, Set.of("from", "to"), Set.of("from", "to"));
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
        Node node = parseYaml(file, frontMatter, 1);
        if (node == null) {
            return null;
        }
        Fields fields = fields(file, node, 1, LESSON_FIELDS, REQUIRED_LESSON_FIELDS);
        if (fields == null) {
            return null;
        }
        int problemsBefore = problems.size();
        String id = fields.id("id");
        if (id != null) {
            declaredLessonIds.add(id);
        }
        String title = fields.text("title");
        Integer order = fields.positive("order");
        Integer minutes = fields.positive("minutes");
        List<String> goals = fields.texts("learningGoals", 1);
        List<String> prompts = fields.texts("reflectionPrompts", 2);
        String assignment = fields.text("practiceAssignment");
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
        for (int i = closing + 1; i < lines.size(); i++) {
            Matcher matcher = LESSON_LINK.matcher(lines.get(i));
            while (matcher.find()) {
                links.add(new Link(file, i + 1, matcher.group(1)));
            }
        }
        if (problems.size() > problemsBefore || id == null || order == null || minutes == null) {
            return null;
        }
        return new LessonDefinition(id, moduleId, file, title, order, minutes, goals, prompts, assignment,
                competencies, roles, sources, body);
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

    // --- YAML with line numbers -------------------------------------------------------------------

    private @Nullable Node parseYaml(String file, @Nullable String text, int lineOffset) {
        if (text == null) {
            return null;
        }
        try {
            Node node = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
            if (node == null) {
                problem(file, lineOffset + 1, "content.emptyYaml");
            }
            return node;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 + lineOffset : lineOffset + 1;
            problem(file, line, "content.invalidYaml", e.getProblem() == null ? e.getMessage() : e.getProblem());
        } catch (YAMLException e) {
            problem(file, lineOffset + 1, "content.invalidYaml", e.getMessage());
        }
        return null;
    }

    /** The fields of one YAML mapping, with their lines; reports unknown and missing fields. */
    private @Nullable Fields fields(String file, Node node, int lineOffset, Set<String> allowed, Set<String> required) {
        int nodeLine = node.getStartMark().getLine() + 1 + lineOffset;
        if (!(node instanceof MappingNode mapping)) {
            problem(file, nodeLine, "content.expectedMapping");
            return null;
        }
        Fields fields = new Fields(file, lineOffset, nodeLine);
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            int line = key.getStartMark().getLine() + 1 + lineOffset;
            if (!allowed.contains(key.getValue())) {
                problem(file, line, "content.unknownField", key.getValue(), String.join(", ", allowed.stream().sorted().toList()));
            } else {
                fields.values.put(key.getValue(), tuple.getValueNode());
                fields.lines.put(key.getValue(), line);
            }
        }
        for (String field : required.stream().sorted().toList()) {
            if (!fields.values.containsKey(field)) {
                problem(file, nodeLine, "content.missingField", field);
            }
        }
        return fields;
    }

    private final class Fields {
        final String file;
        final int lineOffset;
        final int nodeLine;
        final Map<String, Node> values = new HashMap<>();
        final Map<String, Integer> lines = new HashMap<>();

        Fields(String file, int lineOffset, int nodeLine) {
            this.file = file;
            this.lineOffset = lineOffset;
            this.nodeLine = nodeLine;
        }

        boolean has(String field) {
            return values.containsKey(field);
        }

        Node value(String field) {
            return values.get(field);
        }

        int line(String field) {
            return lines.getOrDefault(field, nodeLine);
        }

        /** A non-empty text; reports an empty or non-text value. */
        String text(String field) {
            Node node = values.get(field);
            if (node == null) {
                return "";
            }
            if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                problem(file, line(field), "content.emptyField", field);
                return "";
            }
            return scalar.getValue().strip();
        }

        @Nullable String id(String field) {
            if (!values.containsKey(field)) {
                return null;
            }
            String id = text(field);
            if (id.isEmpty()) {
                return null;
            }
            if (!ID.matcher(id).matches()) {
                problem(file, line(field), "content.invalidId", id);
                return null;
            }
            return id;
        }

        @Nullable Integer number(String field) {
            Node node = values.get(field);
            if (node == null) {
                return null;
            }
            if (node instanceof ScalarNode scalar) {
                try {
                    return Integer.parseInt(scalar.getValue().strip());
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            problem(file, line(field), "content.notANumber", field);
            return null;
        }

        @Nullable Integer positive(String field) {
            Integer value = number(field);
            if (value != null && value < 1) {
                problem(file, line(field), "content.notPositive", field, value);
                return null;
            }
            return value;
        }

        /** A list of non-empty texts with at least {@code minimum} items. */
        List<String> texts(String field, int minimum) {
            Node node = values.get(field);
            if (node == null) {
                return List.of();
            }
            if (!(node instanceof SequenceNode sequence)) {
                problem(file, line(field), "content.expectedList", field);
                return List.of();
            }
            List<String> result = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                int itemLine = item.getStartMark().getLine() + 1 + lineOffset;
                if (!(item instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                    problem(file, itemLine, "content.emptyItem", field);
                } else {
                    result.add(scalar.getValue().strip());
                }
            }
            if (sequence.getValue().size() < minimum) {
                problem(file, line(field), "content.tooFewItems", field, minimum);
            }
            return List.copyOf(result);
        }

        List<Node> items(String field) {
            Node node = values.get(field);
            if (node instanceof SequenceNode sequence) {
                return sequence.getValue();
            }
            problem(file, line(field), "content.expectedList", field);
            return List.of();
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

    private void problem(String file, int line, String key, Object... arguments) {
        problems.add(new ContentProblem(file, line, key, arguments));
    }

    private List<ContentProblem> sortedProblems() {
        return problems.stream()
                .sorted(Comparator.comparing(ContentProblem::file).thenComparingInt(ContentProblem::line))
                .toList();
    }
}
