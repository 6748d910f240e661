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
import nl.kopgroep.organisation.OrganisationDirectory;
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
    private final OrganisationDirectory directory;
    private final Clock clock;

    DemoAgreements(DemoDataPolicy policy, AgreementStore store, OrganisationDirectory directory, Clock clock) {
        this.policy = policy;
        this.store = store;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!policy.enabled()) {
            return;
        }
        FILES.forEach((code, resource) -> {
            OrganisationId organisation = directory.organisationByCode(code).orElse(null);
            if (organisation == null || store.activeId(organisation).isPresent()) {
                return;
            }
            AgreementReader.Result result = AgreementReader.readYaml(read(resource));
            if (!result.valid()) {
                throw new IllegalStateException("Demo agreement " + resource + " is invalid: " + result.problems());
            }
            store.insert(organisation, result.document(), resource.substring("demo/".length()),
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
