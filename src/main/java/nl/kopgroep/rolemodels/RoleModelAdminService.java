package nl.kopgroep.rolemodels;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.OrganisationDirectory;
import nl.kopgroep.programme.Competency;
import nl.kopgroep.programme.ProgrammeService;
import nl.kopgroep.security.AuditLog;
import nl.kopgroep.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators keep their municipality's role models: the profile, who answers the requests, whether the joint
 * programme's partners see it, and the role model's consent (date, by which administrator, how). Without consent
 * recorded a role model is not visible to participants. Another municipality's role model is not found.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class RoleModelAdminService {

    static final String ADDED = "ROLE_MODEL_ADDED";
    static final String CHANGED = "ROLE_MODEL_CHANGED";
    static final String CONSENT = "ROLE_MODEL_CONSENT_RECORDED";
    static final String DEACTIVATED = "ROLE_MODEL_DEACTIVATED";
    static final String REACTIVATED = "ROLE_MODEL_REACTIVATED";

    private final RoleModelStore store;
    private final RoleModelCards cards;
    private final OrganisationDirectory organisations;
    private final ProgrammeService programme;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    RoleModelAdminService(RoleModelStore store, RoleModelCards cards, OrganisationDirectory organisations,
                          ProgrammeService programme, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.store = store;
        this.cards = cards;
        this.organisations = organisations;
        this.programme = programme;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** My municipality's role models, visible or not. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<RoleModelAdminRow> roleModels() {
        List<RoleModelStore.Row> rows = store.ofOrganisation(currentUser.organisationId());
        List<RoleModelCard> cardList = cards.cards(rows);
        Set<UserId> people = new java.util.HashSet<>();
        rows.forEach(r -> {
            if (r.consentBy() != null) {
                people.add(r.consentBy());
            }
        });
        Map<UserId, String> names = organisations.displayNames(people);
        Map<UserId, String> emails = organisations.emails(rows.stream().map(RoleModelStore.Row::account)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        java.util.ArrayList<RoleModelAdminRow> result = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RoleModelStore.Row r = rows.get(i);
            result.add(new RoleModelAdminRow(cardList.get(i), r.account() == null ? null : emails.get(r.account()),
                    r.routing(), r.shared(), r.active(), r.consentOn(),
                    r.consentBy() == null ? null : names.get(r.consentBy()), r.consentHow()));
        }
        return result;
    }

    /** One of my municipality's role models with its tags' codes, for the edit form. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public RoleModelForm form(long id) {
        RoleModelStore.Row row = mine(id);
        String email = row.account() == null ? null : organisations.emails(Set.of(row.account())).get(row.account());
        return new RoleModelForm(row.name(), row.roleTitle(), row.employer(), row.inside(), row.askAbout(),
                row.contactPreference(), row.competencies(), row.roles(), email, row.routing(), row.shared());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long add(RoleModelForm form) {
        RoleModelForm valid = validate(form);
        long id = store.add(currentUser.organisationId(), valid, account(valid), clock.instant());
        audit.record(ADDED, "role_model:" + id);
        return id;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void change(long id, RoleModelForm form) {
        mine(id);
        RoleModelForm valid = validate(form);
        store.change(id, valid, account(valid));
        audit.record(CHANGED, "role_model:" + id);
    }

    /** Records the role model's consent to be in the directory: when and how it was given, by me as recorder. */
    @PreAuthorize("hasRole('ADMIN')")
    public void recordConsent(long id, LocalDate on, String how) {
        mine(id);
        String text = how == null ? "" : how.strip();
        if (text.isEmpty()) {
            throw new DomainException("roleModels.error.consentHow");
        }
        if (text.length() > 300) {
            throw new DomainException("roleModels.error.tooLong", "roleModels.consent.how", 300);
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new DomainException("roleModels.error.consentFuture");
        }
        store.recordConsent(id, on, currentUser.id(), text);
        audit.record(CONSENT, "role_model:" + id);
    }

    /** Takes a role model out of the directory (or back in); their requests stay. */
    @PreAuthorize("hasRole('ADMIN')")
    public void setActive(long id, boolean active) {
        RoleModelStore.Row row = mine(id);
        if (row.active() != active) {
            store.setActive(id, active);
            audit.record(active ? REACTIVATED : DEACTIVATED, "role_model:" + id);
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Competency> competencies() {
        return programme.competencies();
    }

    private RoleModelStore.Row mine(long id) {
        return store.find(id).filter(r -> r.organisation().equals(currentUser.organisationId()))
                .orElseThrow(NotFoundException::new);
    }

    /** The account named in the form: an active account of my municipality; none when the field is empty. */
    private @Nullable UserId account(RoleModelForm form) {
        if (form.accountEmail() == null) {
            if (form.routing() == Routing.ROLE_MODEL) {
                throw new DomainException("roleModels.error.routingNeedsAccount");
            }
            return null;
        }
        UserId account = organisations.accountByEmail(form.accountEmail())
                .filter(id -> organisations.activeAccountOrganisation(id)
                        .map(currentUser.organisationId()::equals).orElse(false))
                .orElseThrow(() -> new DomainException("roleModels.error.unknownAccount"));
        return account;
    }

    private static RoleModelForm validate(RoleModelForm form) {
        String email = form.accountEmail() == null || form.accountEmail().isBlank() ? null
                : form.accountEmail().strip().toLowerCase(java.util.Locale.ROOT);
        return new RoleModelForm(required(form.name(), 200, "roleModels.name"),
                required(form.roleTitle(), 200, "roleModels.roleTitle"), required(form.employer(), 200, "roleModels.employer"),
                form.inside(), required(form.askAbout(), 2000, "roleModels.askAbout"),
                optional(form.contactPreference(), 500, "roleModels.contactPreference"), Set.copyOf(form.competencies()),
                Set.copyOf(form.roles()), email, form.routing(), form.sharedWithJointProgramme());
    }

    static String required(@Nullable String text, int max, String field) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new DomainException("roleModels.error.required", field);
        }
        if (value.length() > max) {
            throw new DomainException("roleModels.error.tooLong", field, max);
        }
        return value;
    }

    static @Nullable String optional(@Nullable String text, int max, String field) {
        String value = text == null ? "" : text.strip();
        if (value.length() > max) {
            throw new DomainException("roleModels.error.tooLong", field, max);
        }
        return value.isEmpty() ? null : value;
    }
}
