package nl.kopgroep.agreement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.database.DemoDataPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The example agreements in docs/examples, imported for the demo municipalities. */
@Component
@Order(150)
class DemoAgreements implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAgreements.class);
    private static final Map<String, String> FILES = Map.of(
            "voorbeeldstad", "demo/collegeakkoord-voorbeeldstad.yaml",
            "lindendal", "demo/collegeakkoord-lindendal.yaml");

    private final DemoDataPolicy policy;
    private final AgreementStore store;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoAgreements(DemoDataPolicy policy, AgreementStore store, JdbcClient jdbc, Clock clock) {
        this.policy = policy;
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!policy.enabled()) {
            return;
        }
        FILES.forEach((code, resource) -> {
            Long organisation = jdbc.sql("SELECT id FROM organisation WHERE code = ?").param(code)
                    .query(Long.class).optional().orElse(null);
            if (organisation == null || store.activeId(new OrganisationId(organisation)).isPresent()) {
                return;
            }
            AgreementReader.Result result = AgreementReader.readYaml(read(resource));
            if (!result.valid()) {
                throw new IllegalStateException("Demo agreement " + resource + " is invalid: " + result.problems());
            }
            store.insert(new OrganisationId(organisation), result.document(), resource.substring("demo/".length()),
                    "demo", clock.instant());
            log.info("Demo agreement loaded for {}: {} commitments", code, result.document().commitmentCount());
        });
    }

    private static String read(String resource) {
        try (InputStream in = DemoAgreements.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo agreement " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
