package nl.kopgroep.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

@Entity
@Table(name = "lesson")
class Lesson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lesson_key", nullable = false, unique = true)
    private String key;

    @Column(name = "module_id", nullable = false)
    private Long moduleId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false)
    private String body;

    @Convert(converter = StringListConverter.class)
    @Column(name = "learning_goals", nullable = false)
    private List<String> learningGoals;

    @Convert(converter = StringListConverter.class)
    @Column(name = "reflection_prompts", nullable = false)
    private List<String> reflectionPrompts;

    @Column(name = "practice_assignment", nullable = false)
    private String practiceAssignment;

    @Enumerated(EnumType.STRING)
    @Column(name = "practice_level", nullable = false)
    private PracticeLevel practiceLevel;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    private List<String> competencies;

    @Convert(converter = StringListConverter.class)
    @Column(name = "municipal_roles", nullable = false)
    private List<String> municipalRoles;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    private List<String> sources;

    @Column(name = "source_file", nullable = false)
    private String sourceFile;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Lesson() {
    }

    Lesson(String key) {
        this.key = key;
    }

    void apply(ProgrammeDefinition.LessonDefinition definition, Long module, String hash, Instant now) {
        moduleId = module;
        title = definition.title();
        position = definition.order();
        minutes = definition.minutes();
        body = definition.body();
        learningGoals = definition.learningGoals();
        reflectionPrompts = definition.reflectionPrompts();
        practiceAssignment = definition.practiceAssignment();
        practiceLevel = definition.practiceLevel();
        competencies = definition.competencies();
        municipalRoles = definition.municipalRoles();
        sources = definition.sources();
        sourceFile = definition.file();
        contentHash = hash;
        retired = false;
        updatedAt = now;
    }

    boolean retire(Instant now) {
        if (retired) {
            return false;
        }
        retired = true;
        updatedAt = now;
        return true;
    }

    Long id() {
        return id;
    }

    String key() {
        return key;
    }

    Long moduleId() {
        return moduleId;
    }

    String title() {
        return title;
    }

    int position() {
        return position;
    }

    int minutes() {
        return minutes;
    }

    String body() {
        return body;
    }

    List<String> learningGoals() {
        return learningGoals;
    }

    List<String> reflectionPrompts() {
        return reflectionPrompts;
    }

    String practiceAssignment() {
        return practiceAssignment;
    }

    PracticeLevel practiceLevel() {
        return practiceLevel;
    }

    List<String> competencies() {
        return competencies;
    }

    List<String> municipalRoles() {
        return municipalRoles;
    }

    List<String> sources() {
        return sources;
    }

    String contentHash() {
        return contentHash;
    }

    boolean retired() {
        return retired;
    }
}
