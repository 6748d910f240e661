package nl.kopgroep.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.security.AuditLog;
import nl.kopgroep.security.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** Re-syncing while the app runs: broken content changes nothing and says what is wrong; good content goes live. */
@KopgroepTest
@Transactional
class ContentResyncTest {

    @Autowired CatalogueVersion catalogueVersion;
    @Autowired ContentSync sync;
    @Autowired CurrentUser currentUser;
    @Autowired nl.kopgroep.organisation.CohortAdministrationService cohorts;
    @Autowired ProgrammeModuleRepository modules;
    @Autowired CohortModuleWindowRepository windows;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog auditLog;
    @Autowired UserDetailsService users;
    @Autowired LessonRepository lessons;

    @TempDir
    Path folder;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void brokenContentIsReportedAndChangesNothing() {
        ContentFixture broken = ContentFixture.copyInto(folder)
                .replace("modules/eerste/02-vervolg.md", "title: Het vervolg", "titel: Het vervolg");
        long liveLessons = lessons.findByRetiredFalse().size();
        DemoUsers.signIn(users, DemoUsers.ADMIN);

        SyncOutcome outcome = serviceOn(broken.root()).resync();

        assertThat(outcome.successful()).isFalse();
        assertThat(outcome.problems()).extracting(ContentProblem::file, ContentProblem::line).contains(
                org.assertj.core.groups.Tuple.tuple("modules/eerste/02-vervolg.md", 3));
        assertThat(lessons.findByRetiredFalse()).hasSize((int) liveLessons);
        assertThat(serviceOn(broken.root()).recentSyncs().getFirst().successful()).isFalse();
    }

    @Test
    void editedLessonGoesLiveOnResync() {
        ContentFixture content = ContentFixture.copyInto(folder);
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        serviceOn(content.root()).resync();
        content.replace("modules/eerste/01-begin.md", "title: Het begin", "title: Het nieuwe begin");

        SyncOutcome outcome = serviceOn(content.root()).resync();

        assertThat(outcome.report().lessonsChanged()).containsExactly("Het nieuwe begin");
        assertThat(lessons.findByKeyAndRetiredFalse("eerste-begin").orElseThrow().title()).isEqualTo("Het nieuwe begin");
    }

    private ContentService serviceOn(Path root) {
        return new ContentService(sync, root.toString(), currentUser, cohorts, modules, windows, jdbc, auditLog, catalogueVersion);
    }
}
