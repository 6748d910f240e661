package nl.kopgroep.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import nl.kopgroep.Application;
import nl.kopgroep.SecondApplicationStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The application refuses to start on broken content and names every problem with its file and line. */
@ExtendWith({OutputCaptureExtension.class, SecondApplicationStart.class})
class ContentStartupTest {

    @TempDir
    Path folder;

    @Test
    void brokenContentStopsTheStartWithEveryProblem(CapturedOutput output) {
        ContentFixture broken = ContentFixture.copyInto(folder)
                .replace("modules/eerste/01-begin.md", "minutes: 30", "minutes: 30\nduur: 30")
                .replace("programma.yaml", "window: { from: 4, to: 24 }", "window: { from: 4, to: 30 }");
        SpringApplicationBuilder app = new SpringApplicationBuilder(Application.class);
        assertThatThrownBy(() -> app.run(
                "--kopgroep.content.dir=" + broken.root(),
                "--kopgroep.embedded-db.base-dir=target/embedded-mariadb/bin",
                "--kopgroep.embedded-db.data-dir=target/embedded-mariadb/data-content-startup-" + System.nanoTime(),
                "--server.port=0",
                "--spring.main.banner-mode=off").close()).isInstanceOf(Exception.class);
        assertThat(output.getOut() + output.getErr())
                .contains("the programme content has 2 problem(s)")
                .contains("modules/eerste/01-begin.md:6: Onbekend veld duur")
                .contains("programma.yaml:17: Venster van maand 4 tot en met 30");
    }

    @Test
    void analysisListsOneLinePerProblem() {
        FailureAnalysis analysis = new ContentFailureAnalyzer().analyze(new ContentInvalidException(List.of(
                new ContentProblem("a.md", 3, "content.emptyBody", new Object[0]),
                new ContentProblem("b.md", 7, "yaml.missingField", new Object[] {"title"}))));
        assertThat(analysis.getDescription()).contains("  a.md:3: De les heeft geen tekst.",
                "  b.md:7: Verplicht veld title ontbreekt.");
    }
}
