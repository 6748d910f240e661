package nl.kopgroep.rolemodels;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.base.database.DemoDataPolicy;
import nl.kopgroep.organisation.OrganisationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Five role models with their consent recorded — inside and outside the municipalities, one answering requests
 * with their own account, one of Lindendal's shared with the joint programme — and two requests: one accepted, one
 * whose meeting was logged.
 */
@Component
@Order(570)
class DemoRoleModels implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRoleModels.class);

    private final DemoDataPolicy policy;
    private final RoleModelStore store;
    private final OrganisationDirectory organisations;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoRoleModels(DemoDataPolicy policy, RoleModelStore store, OrganisationDirectory organisations, JdbcClient jdbc,
                   TransactionTemplate transaction, Clock clock) {
        this.policy = policy;
        this.store = store;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!policy.enabled() || jdbc.sql("SELECT COUNT(*) FROM role_model").query(Long.class).single() > 0) {
            return;
        }
        Optional<OrganisationId> voorbeeldstad = organisations.organisationByCode("voorbeeldstad");
        Optional<OrganisationId> lindendal = organisations.organisationByCode("lindendal");
        Optional<UserId> admin = organisations.accountByEmail("beheer@voorbeeldstad.nl");
        Optional<UserId> lindendalAdmin = organisations.accountByEmail("beheer@lindendal.nl");
        if (voorbeeldstad.isEmpty() || lindendal.isEmpty() || admin.isEmpty() || lindendalAdmin.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load(voorbeeldstad.get(), lindendal.get(), admin.get(),
                lindendalAdmin.get()));
        log.info("Demo data loaded: five role models and two requests");
    }

    private void load(OrganisationId voorbeeldstad, OrganisationId lindendal, UserId admin, UserId lindendalAdmin) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        UserId pieter = organisations.accountByEmail("manager@voorbeeldstad.nl").orElse(null);
        long marloes = add(voorbeeldstad, new RoleModelForm("Marloes Verbeek", "Directeur", "Woningcorporatie Thuis in de Stad",
                false, "Hoe je als gemeente samen met een corporatie een wijkvernieuwing aanpakt, en wat een partner "
                        + "van de gemeente verwacht als het spannend wordt.", "Liefst een kop koffie op locatie, "
                        + "dinsdag of donderdag.", Set.of("verbinden", "samenwerken"),
                EnumSet.of(MunicipalRole.NETWERKEND), null, Routing.ADMIN, false), admin, today.minusDays(90),
                "Mondeling toegezegd op de startbijeenkomst, per e-mail bevestigd");
        add(voorbeeldstad, new RoleModelForm("Pieter de Graaf", "Programmamanager Kopgroep", "Gemeente Voorbeeldstad", true,
                "Regie voeren op een opgave die over afdelingen heen gaat; omgaan met een wethouder die snel resultaat wil.",
                "Via een verzoek hier; ik plan zelf een moment in.", Set.of("regie", "politieke-sensitiviteit"),
                EnumSet.of(MunicipalRole.PRESTEREND, MunicipalRole.RECHTMATIG), null, Routing.ADMIN, false),
                admin, today.minusDays(80), "Schriftelijk, formulier toestemming rolmodel");
        if (pieter != null) {
            jdbc.sql("UPDATE role_model SET account_id = ?, routing = 'ROLE_MODEL' WHERE name = 'Pieter de Graaf'")
                    .param(pieter.value()).update();
        }
        add(voorbeeldstad, new RoleModelForm("Samira El Amrani", "Kwartiermaker inwonersinitiatieven", "Stichting Buurtkracht",
                false, "Ruimte geven aan initiatieven uit de wijk zonder alles dicht te regelen; het right to challenge.",
                "Bellen of mailen via de programmaondersteuning.", Set.of("waardecreatie", "verbinden"),
                EnumSet.of(MunicipalRole.PARTICIPEREND), null, Routing.ADMIN, false),
                admin, today.minusDays(60), "Per e-mail");
        long gert = add(lindendal, new RoleModelForm("Gert-Jan Mulder", "Gemeentesecretaris", "Gemeente Lindendal", true,
                "Als kleine gemeente regie nemen in de regio; samenwerken met buurgemeenten zonder je eigen koers kwijt "
                        + "te raken.", "Een wandeling rond het gemeentehuis, op vrijdagmiddag.",
                Set.of("regie", "samenwerken"), EnumSet.of(MunicipalRole.NETWERKEND, MunicipalRole.PRESTEREND), null,
                Routing.ADMIN, true), lindendalAdmin, today.minusDays(70), "Toegezegd in het MT-overleg, vastgelegd in het verslag");
        add(lindendal, new RoleModelForm("Annelies Hofman", "Wethouder energie en duurzaamheid (oud)", "Energiecoöperatie Lindendal",
                false, "Hoe een energiecoöperatie en de gemeente elkaar vinden; de regionale energiestrategie in de praktijk.",
                "Per e-mail, dan bellen we.", Set.of("wendbaarheid", "kennisdelen"),
                EnumSet.of(MunicipalRole.PARTICIPEREND, MunicipalRole.NETWERKEND), null, Routing.ADMIN, true),
                lindendalAdmin, today.minusDays(40), "Per e-mail bevestigd");

        organisations.accountByEmail("deelnemer@voorbeeldstad.nl").ifPresent(sanne -> {
            long request = store.request(marloes, sanne, voorbeeldstad, "Ik werk aan één loket voor bouwinitiatieven. "
                    + "Hoe kijkt een corporatie naar zo'n loket, en wie moet ik daar vroeg bij betrekken?",
                    Routing.ADMIN, now.minus(Duration.ofDays(12)));
            store.answer(request, RequestStatus.ACCEPTED, "Marloes heeft tijd op dinsdag de 14e; ze neemt contact op.",
                    admin, now.minus(Duration.ofDays(10)));
        });
        organisations.accountByEmail("deelnemer@lindendal.nl").ifPresent(iris -> {
            long request = store.request(gert, iris, lindendal, "Hoe houd je als regiegemeente het overzicht zonder "
                    + "de grotere gemeente voor het hoofd te stoten?", Routing.ADMIN, now.minus(Duration.ofDays(30)));
            store.answer(request, RequestStatus.ACCEPTED, "Gert-Jan wandelt graag met je mee.", lindendalAdmin,
                    now.minus(Duration.ofDays(28)));
            store.logMeeting(request, today.minusDays(20), lindendalAdmin, now.minus(Duration.ofDays(19)));
        });
    }

    private long add(OrganisationId organisation, RoleModelForm form, UserId consentBy, LocalDate consentOn, String how) {
        long id = store.add(organisation, form, null, clock.instant());
        store.recordConsent(id, consentOn, consentBy, how);
        return id;
    }
}
