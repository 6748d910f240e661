package nl.kopgroep.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Syncing is idempotent and keyed by the stable ids: edits, reordering, moving and removing lessons
 * never lose a participant's progress. Runs in a rolled-back transaction, so the real programme
 * is back afterwards.
 */
@KopgroepTest
@Transactional
class ContentSyncTest {

    private static final String BEGIN = "modules/eerste/01-begin.md";
    private static final String VERVOLG = "modules/eerste/02-vervolg.md";

    @Autowired ContentSync sync;
    @Autowired LessonRepository lessons;
    @Autowired LessonProgressRepository progress;
    @Autowired ProgrammeModuleRepository modules;
    @Autowired JdbcClient jdbc;

    @TempDir
    Path folder;

    @Test
    void progressSurvivesEditReorderMoveAndRemoval() {
        ContentFixture content = ContentFixture.copyInto(folder);
        SyncReport first = sync.sync(content.programme(), "test");
        assertThat(first.lessonsAdded()).containsExactlyInAnyOrder("Het begin", "Het vervolg", "De afsluiting");
        assertThat(first.lessonsRetired()).as("the real programme's lessons are retired, not deleted").isNotEmpty();

        assertThat(sync.sync(content.programme(), "test").unchanged()).as("a second sync changes nothing").isTrue();

        Long participant = userId(DemoUsers.PARTICIPANT);
        Lesson begin = lessons.findByKey("eerste-begin").orElseThrow();
        Lesson vervolg = lessons.findByKey("eerste-vervolg").orElseThrow();
        progress.save(new LessonProgress(participant, begin.id(), java.time.Instant.now()));
        progress.save(new LessonProgress(participant, vervolg.id(), java.time.Instant.now()));

        content.replace(BEGIN, "Een tekst over beginnen", "Een herschreven tekst over beginnen");
        assertThat(sync.sync(content.programme(), "test").lessonsChanged()).containsExactly("Het begin");

        content.replace(BEGIN, "order: 1", "order: 3");
        assertThat(sync.sync(content.programme(), "test").lessonsChanged()).containsExactly("Het begin");

        content.move(VERVOLG, "modules/tweede/02-vervolg.md");
        SyncReport moved = sync.sync(content.programme(), "test");
        assertThat(moved.lessonsMoved()).containsExactly("Het vervolg");
        assertThat(lessons.findByKey("eerste-vervolg").orElseThrow().moduleId())
                .isEqualTo(modules.findByKeyAndRetiredFalse("tweede").orElseThrow().id());

        content.replace(BEGIN, "[het vervolg](lesson:eerste-vervolg)", "het vervolg").delete(BEGIN);
        SyncReport removed = sync.sync(content.programme(), "test");
        assertThat(removed.lessonsRetired()).containsExactly("Het begin");
        assertThat(lessons.findByKey("eerste-begin").orElseThrow().retired()).isTrue();

        assertThat(progress.findByUserIdAndLessonId(participant, begin.id())).as("progress on a retired lesson").isPresent();
        assertThat(progress.findByUserIdAndLessonId(participant, vervolg.id())).as("progress on a moved lesson").isPresent();
        assertThat(lessons.findById(begin.id()).orElseThrow().id()).isEqualTo(begin.id());

        content.write(BEGIN, ContentFixture.copyInto(folder.resolve("original")).read(BEGIN)
                .replace("[het vervolg](lesson:eerste-vervolg)", "het vervolg"));
        SyncReport revived = sync.sync(content.programme(), "test");
        assertThat(revived.lessonsRevived()).containsExactly("Het begin");
        assertThat(lessons.findByKey("eerste-begin").orElseThrow().id()).as("same row, same progress").isEqualTo(begin.id());
    }

    @Test
    void practiceLevelIsStoredAndAChangedLevelIsAChangedLesson() {
        ContentFixture content = ContentFixture.copyInto(folder);
        sync.sync(content.programme(), "test");
        assertThat(lessons.findByKey("eerste-begin").orElseThrow().practiceLevel()).isEqualTo(PracticeLevel.KERN);
        assertThat(lessons.findByKey("eerste-vervolg").orElseThrow().practiceLevel()).isEqualTo(PracticeLevel.VERDIEPING);

        content.replace(VERVOLG, "practiceLevel: verdieping", "practiceLevel: kern");
        assertThat(sync.sync(content.programme(), "test").lessonsChanged()).containsExactly("Het vervolg");
        lessons.flush();
        assertThat(jdbc.sql("SELECT practice_level FROM lesson WHERE lesson_key = 'eerste-vervolg'")
                .query(String.class).single()).isEqualTo("KERN");
    }

    @Test
    void removedModuleIsRetiredWithItsLessonsKept() {
        ContentFixture content = ContentFixture.copyInto(folder);
        sync.sync(content.programme(), "test");
        content.replace("programma.yaml", """
                  - id: tweede
                    title: "Tweede module"
                    summary: "De tweede."
                    window: { from: 4, to: 24 }
                """, "").delete("modules/tweede/01-afsluiting.md");
        deleteFolder(folder.resolve("modules/tweede"));
        SyncReport report = sync.sync(content.programme(), "test");
        assertThat(report.modulesRetired()).containsExactly("Tweede module");
        assertThat(report.lessonsRetired()).containsExactly("De afsluiting");
        assertThat(lessons.findByKey("tweede-afsluiting")).isPresent();
    }

    @Test
    void everySyncIsRecordedForTheAdministrators() {
        int before = jdbc.sql("SELECT COUNT(*) FROM content_sync").query(Integer.class).single();
        sync.sync(ContentFixture.copyInto(folder).programme(), "beheer@voorbeeldstad.nl");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM content_sync").query(Integer.class).single()).isEqualTo(before + 1);
    }

    private Long userId(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(email).query(Long.class).single();
    }

    private static void deleteFolder(Path path) {
        try {
            java.nio.file.Files.delete(path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
