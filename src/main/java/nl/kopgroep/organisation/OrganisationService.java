package nl.kopgroep.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.security.AuditLog;
import nl.kopgroep.security.KopgroepUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Municipalities (organisations): an admin sees their own, an admin of the host organisation all. */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final UserAccountRepository accounts;
    private final OrganisationAccess access;
    private final AuditLog auditLog;
    private final Clock clock;

    OrganisationService(OrganisationRepository organisations, UserAccountRepository accounts, OrganisationAccess access,
                        AuditLog auditLog, Clock clock) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The name of the signed-in person's own organisation, e.g. for the heading of a report. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String myOrganisationName() {
        return organisations.findById(currentOrganisationOf().value()).map(Organisation::name).orElseThrow();
    }

    /** The organisations the current admin may administer, by name. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<OrganisationSummary> administrableOrganisations() {
        KopgroepUser admin = access.requireAdminOf(currentOrganisationOf());
        List<Organisation> visible = admin.installationAdmin()
                ? organisations.findAllByOrderByNameAsc()
                : organisations.findById(admin.organisationId().value()).stream().toList();
        Map<Long, Long> counts = accounts.countPerOrganisation().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return visible.stream().map(o -> summary(o, counts.getOrDefault(o.id().value(), 0L))).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public OrganisationSummary create(String name) {
        access.requireInstallationAdmin();
        String validName = InputRules.name(name, "organisation.name");
        if (organisations.existsByNameIgnoreCase(validName)) {
            throw new DomainException("organisation.exists", validName);
        }
        String code = uniqueCode(InputRules.code(validName));
        Organisation created = organisations.save(new Organisation(code, validName, false, clock.instant()));
        auditLog.record("ORGANISATION_CREATED", code);
        return summary(created, 0);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public OrganisationSummary rename(OrganisationId id, String name) {
        access.requireAdminOf(id);
        String validName = InputRules.name(name, "organisation.name");
        Organisation organisation = organisations.findById(id.value()).orElseThrow(NotFoundException::new);
        if (!organisation.name().equalsIgnoreCase(validName) && organisations.existsByNameIgnoreCase(validName)) {
            throw new DomainException("organisation.exists", validName);
        }
        organisation.rename(validName);
        auditLog.record("ORGANISATION_RENAMED", organisation.code());
        return summary(organisation, accounts.findByOrganisationIdOrderByDisplayNameAsc(id.value()).size());
    }

    private OrganisationId currentOrganisationOf() {
        return access.currentUserOrganisation();
    }

    private String uniqueCode(String base) {
        String candidate = base;
        int suffix = 2;
        while (organisations.existsByCode(candidate)) {
            candidate = base + "-" + suffix++;
        }
        return candidate;
    }

    private static OrganisationSummary summary(Organisation organisation, long accountCount) {
        return new OrganisationSummary(organisation.id(), organisation.code(), organisation.name(), organisation.host(),
                accountCount);
    }
}
