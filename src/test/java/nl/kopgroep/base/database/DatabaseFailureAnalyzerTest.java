package nl.kopgroep.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLNonTransientConnectionException;
import nl.kopgroep.Application;
import nl.kopgroep.SecondApplicationStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

@ExtendWith({OutputCaptureExtension.class, SecondApplicationStart.class})
class DatabaseFailureAnalyzerTest {

    @Test
    void unreachableDatabaseStopsTheAppWithOneClearLine(CapturedOutput output) {
        // Command-line arguments, as an operator would pass them: they win over application.properties.
        SpringApplicationBuilder app = new SpringApplicationBuilder(Application.class);
        assertThatThrownBy(() -> app.run(
                "--spring.datasource.url=jdbc:mariadb://127.0.0.1:1/kopgroep",
                "--spring.datasource.username=kopgroep",
                "--spring.datasource.hikari.connection-timeout=2000",
                "--server.port=0",
                "--spring.main.banner-mode=off").close()).isInstanceOf(Exception.class);
        assertThat(output.getOut() + output.getErr())
                .contains("Kopgroep cannot reach its database at jdbc:mariadb://127.0.0.1:1/kopgroep as user 'kopgroep'")
                .contains("KOPGROEP_DB_URL");
    }

    @Test
    void connectionRefusalIsRecognisedAndNamesTheUrl() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://db.gemeente.nl:3306/kopgroep")
                .withProperty("spring.datasource.username", "app");
        FailureAnalysis analysis = new DatabaseFailureAnalyzer(environment).analyze(new IllegalStateException(
                new SQLNonTransientConnectionException("Socket fail to connect to db.gemeente.nl\nmore", "08000")));
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .isEqualTo("Kopgroep cannot reach its database at jdbc:mariadb://db.gemeente.nl:3306/kopgroep as user"
                        + " 'app': Socket fail to connect to db.gemeente.nl");
    }

    @Test
    void missingConfigurationIsExplained() {
        FailureAnalysis analysis = new DatabaseFailureAnalyzer(new MockEnvironment())
                .analyze(new DatabaseNotConfiguredException());
        assertThat(analysis.getDescription()).contains("no database configured");
        assertThat(analysis.getAction()).contains("KOPGROEP_DB_URL", "KOPGROEP_DB_USER", "KOPGROEP_DB_PASSWORD");
    }

    @Test
    void otherFailuresAreLeftToSpringBoot() {
        assertThat(new DatabaseFailureAnalyzer(new MockEnvironment()).analyze(new IllegalArgumentException("x"))).isNull();
    }
}
