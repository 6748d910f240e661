package nl.kopgroep.organisation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After demo data: if the installation has no administrator yet, create one from
 * KOPGROEP_ADMIN_* settings or write a one-time set-up link to the operator's file (FirstRunLinkFile).
 */
@Component
@Order(DemoOrganisations.ORDER + 1000)
class FirstRunStartup implements ApplicationRunner {

    private final FirstRunService firstRun;
    private final FirstRunForm configured;
    private final String baseUrl;

    FirstRunStartup(FirstRunService firstRun,
                    @Value("${kopgroep.first-admin.organisation:}") String organisation,
                    @Value("${kopgroep.first-admin.name:}") String name,
                    @Value("${kopgroep.first-admin.email:}") String email,
                    @Value("${kopgroep.first-admin.password:}") String password,
                    @Value("${kopgroep.base-url:http://localhost:8080}") String baseUrl) {
        this.firstRun = firstRun;
        this.configured = new FirstRunForm(organisation, name.isBlank() ? "Programmabeheerder" : name, email,
                password, password);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        firstRun.prepare(configured, baseUrl);
    }
}
