package nl.kopgroep.knowledge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kopgroep.base.CohortId;
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
import org.springframework.transaction.annotation.Transactional;

/**
 * Twenty practices for the demo's kennisbank, written by participants of Voorbeeldstad and Lindendal about agile
 * werken, waardegedreven projectmanagement, dienend leiderschap, regie en verbinden and horizontaal werken; some
 * shared with all municipalities. A few reactions and "dit heb ik gebruikt" marks, and one peer-assist request
 * (Yara in Lindendal asks Sanne in Voorbeeldstad), still waiting for Sanne's answer. Demo only.
 */
@Component
@Order(590)
class DemoKnowledge implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoKnowledge.class);

    record Demo(String author, String title, String intention, String happened, String difference, String lessons,
                Sharing sharing, List<String> themes, Set<MunicipalRole> roles, List<String> competencies,
                List<String> partners, int daysAgo) {
    }

    static final String SANNE = "deelnemer@voorbeeldstad.nl";
    static final String IRIS = "deelnemer@lindendal.nl";

    static final List<Demo> PRACTICES = List.of(
            new Demo(SANNE, "Bewonersavond Oostpoort: eerst luisteren, dan tekenen",
                    "We wilden bewoners van Oostpoort laten meedenken over de inrichting van het vernieuwde winkelplein, voordat de architect aan de slag ging.",
                    "Er kwamen zestig mensen, maar de avond ging vooral over overlast en parkeren. Over het plein zelf spraken we nauwelijks. Een paar bewoners liepen boos weg omdat ze het gevoel hadden dat alles al vastlag.",
                    "We hadden de avond ingericht rond onze vraag, niet rond wat bewoners bezighield. De tekeningen aan de muur wekten de indruk dat er al gekozen was.",
                    "Begin met een ronde waarin bewoners hun eigen zorgen noemen en schrijf die zichtbaar op. Laat geen tekeningen zien voordat je hebt geluisterd. De woningcorporatie schuift voortaan aan als medeorganisator, niet als gast.",
                    Sharing.ALL, List.of("Wonen"), Set.of(MunicipalRole.PARTICIPEREND, MunicipalRole.NETWERKEND),
                    List.of("verbinden", "samenwerken"), List.of("Woningcorporatie Oostpoort Wonen", "Bewonersraad Oostpoort"), 60),
            new Demo(SANNE, "Scrum in het wijkteam: van weekplanning naar tweewekelijkse sprints",
                    "Het sociaal wijkteam wilde zichtbaar maken wat het oppakt en minder zaken laten liggen tussen overleggen door.",
                    "De eerste drie sprints liepen stroef: de backlog was een lijst van honderd namen en de stand-up werd een casuïstiekoverleg van een uur. Vanaf sprint vier werkten we met maximaal acht doelen per sprint en een stand-up van een kwartier.",
                    "We hadden scrum letterlijk overgenomen uit de ICT, terwijl ons werk vooral uit lopende trajecten bestaat. Pas toen we sprintdoelen formuleerden in plaats van taken, werd het overzichtelijk.",
                    "Agile werken in het sociaal domein vraagt om sprintdoelen over resultaten voor inwoners, niet over dossiers. Houd de stand-up kort en plan casuïstiek apart. Een retrospective van twintig minuten leverde meer op dan onze oude teamdag.",
                    Sharing.ALL, List.of("Sociaal domein en zorg"), Set.of(MunicipalRole.PRESTEREND),
                    List.of("wendbaarheid", "samenwerken"), List.of(), 45),
            new Demo("fatima.bouzid@voorbeeldstad.nl", "Waardegedreven projectplan voor de energiecoöperatie",
                    "Ik wilde het projectplan voor de ondersteuning van de energiecoöperatie niet beginnen met een planning, maar met de waarde die het voor inwoners moet opleveren.",
                    "Het gesprek over waarde leverde verrassend veel op: de coöperatie wilde vooral huurders bereiken, iets wat in onze opdracht niet stond. Het college vroeg later wel om een planning met mijlpalen, die we daarna alsnog maakten.",
                    "Waardegedreven werken botste met de verwachting van een klassiek projectplan. Het bestuur wilde zekerheid over tijd en geld, de coöperatie over wat er voor bewoners verandert.",
                    "Combineer beide: begin met een waardekaart van één pagina en zet de mijlpalen eronder. Bespreek met de wethouder vooraf welke waarde zwaar weegt. Daarmee werd de planning een middel en geen doel.",
                    Sharing.MUNICIPALITY, List.of("Duurzaamheid en energie"), Set.of(MunicipalRole.NETWERKEND),
                    List.of("waardecreatie"), List.of("Energiecoöperatie Voorbeeldstad Zon"), 40),
            new Demo("joost.vandijk@voorbeeldstad.nl", "Dienend leiderschap in de crisis rond de jeugdhulpwachtlijst",
                    "Als teamleider wilde ik mijn team ruimte geven om zelf oplossingen te vinden voor de oplopende wachtlijst jeugdhulp.",
                    "In de eerste weken nam ik toch alle beslissingen zelf, omdat de druk van de wethouder groot was. Het team voelde zich gepasseerd en de ideeën bleven uit. Pas toen ik de druk naar boven opving en het team tijd gaf, kwamen er voorstellen, waaronder een gezamenlijk spreekuur met de huisartsen.",
                    "Onder druk viel ik terug op sturen. Dienend leiderschap betekende hier vooral: de bestuurlijke druk bij mij houden en het team beschermen.",
                    "Dienend leiderschap is niet afwachten: het is de voorwaarden scheppen en de druk opvangen. Spreek met je team af welke besluiten bij hen liggen, ook in een crisis. Het spreekuur met de huisartsen halveerde de doorlooptijd.",
                    Sharing.ALL, List.of("Sociaal domein en zorg"), Set.of(MunicipalRole.PRESTEREND, MunicipalRole.NETWERKEND),
                    List.of("zelfreflectie", "samenwerken"), List.of("Huisartsenkring Voorbeeldstad"), 35),
            new Demo("lotte.bakker@voorbeeldstad.nl", "Regie of verbinden bij de warmtetransitie in de wijk",
                    "We wilden met bewoners, netbeheerder en corporatie één wijkuitvoeringsplan maken voor aardgasvrij wonen.",
                    "De gemeente nam de regie en schreef het plan grotendeels zelf. De netbeheerder voelde zich niet betrokken en leverde laat gegevens aan; bewoners herkenden zich niet in de aanpak.",
                    "We kozen regie op een moment dat verbinden nodig was. Niemand had de gemeente gevraagd het plan te schrijven; partners wilden een gelijkwaardige tafel.",
                    "Vraag aan het begin expliciet welke rol de gemeente moet spelen: regisseur, verbinder of deelnemer. Bij de tweede wijk organiseerden we drie werksessies met alle partners, en daar kwam een plan uit dat iedereen droeg.",
                    Sharing.MUNICIPALITY, List.of("Duurzaamheid en energie"), Set.of(MunicipalRole.NETWERKEND),
                    List.of("regie", "verbinden"), List.of("Netbeheerder Enexio", "Woningcorporatie Oostpoort Wonen"), 30),
            new Demo("ruben.visser@voorbeeldstad.nl", "Horizontaal werken tussen vergunningen en handhaving",
                    "De afdelingen vergunningen en handhaving wilden klachten over evenementen samen afhandelen in plaats van elkaar door te verwijzen.",
                    "We richtten een gezamenlijk evenemententeam op met een wekelijks overleg. Na twee maanden kwam de helft van de mensen niet meer, omdat hun eigen leidinggevende andere prioriteiten stelde.",
                    "Het team bestond wel horizontaal, maar de sturing bleef verticaal. Niemand had de leidinggevenden gevraagd tijd vrij te maken.",
                    "Horizontaal samenwerken werkt pas als de lijn het draagt: maak afspraken over uren met beide afdelingshoofden en laat het team rapporteren aan één opdrachtgever. Een gedeelde werkvoorraad hielp meer dan het overleg.",
                    Sharing.COHORT, List.of("Bestuur en dienstverlening"), Set.of(MunicipalRole.RECHTMATIG, MunicipalRole.PRESTEREND),
                    List.of("samenwerken"), List.of(), 25),
            new Demo("eva.smit@voorbeeldstad.nl", "Retrospective met de raadsgriffie na de begrotingsbehandeling",
                    "Na de begrotingsbehandeling wilden we met de griffie en de concernstaf leren wat beter kon in de aanlevering van stukken.",
                    "Het gesprek werd een opsomming van fouten van anderen. De griffie voelde zich aangevallen en het bleef stil toen het over onze eigen rol ging.",
                    "We hielden de evaluatie onder leiding van een van de betrokken leidinggevenden. Daarmee voelde het als een afrekening en niet als leren.",
                    "Laat een gelijke, niet de baas, de vier vragen stellen. Begin met de bedoeling, niet met de fouten. Bij de voorjaarsnota deden we het opnieuw met een collega van een andere afdeling als gespreksleider en dat werkte.",
                    Sharing.MUNICIPALITY, List.of("Bestuur en dienstverlening"), Set.of(MunicipalRole.RECHTMATIG),
                    List.of("zelfreflectie", "politieke-sensitiviteit"), List.of(), 20),
            new Demo("mehmet.yilmaz@voorbeeldstad.nl", "Ondernemers aan tafel bij het werkgelegenheidsakkoord",
                    "We wilden met ondernemers en het UWV afspraken maken over werkplekken voor mensen met afstand tot de arbeidsmarkt.",
                    "De ondernemers haakten af na de tweede bijeenkomst: het ging hen te veel over regels en subsidies. Een kleine groep bleef, en met hen kwamen wel concrete afspraken over veertig plekken.",
                    "We spraken de taal van beleid in plaats van die van ondernemers. Het ging over instrumenten, terwijl zij wilden weten wie ze konden bellen.",
                    "Eén vast aanspreekpunt per ondernemer werkt beter dan een folder met regelingen. Organiseer het overleg bij een bedrijf, niet op het stadhuis. Klein beginnen met wie wil, leverde meer op dan iedereen willen bereiken.",
                    Sharing.ALL, List.of("Economie en werk"), Set.of(MunicipalRole.NETWERKEND, MunicipalRole.PARTICIPEREND),
                    List.of("verbinden", "waardecreatie"), List.of("UWV", "Ondernemersvereniging Voorbeeldstad"), 15),
            new Demo("anouk.meijer@voorbeeldstad.nl", "Een kanbanbord voor de Wmo-meldingen",
                    "We wilden meer Wmo-meldingen binnen zes weken onderzoeken, zonder dat het team harder hoefde te werken.",
                    "Met een fysiek kanbanbord zagen we binnen een week waar meldingen bleven hangen: bij het wachten op medische informatie. Door een vaste afspraak met de GGD over adviezen daalde de wachttijd daar met de helft.",
                    "Het probleem zat niet in het onderzoek zelf maar in de overdracht. Dat zagen we pas toen het werk zichtbaar was.",
                    "Maak het werk zichtbaar voordat je gaat versnellen. Beperk het onderhanden werk per kolom. Nodig de partner uit bij het bord in plaats van te mailen over achterstanden.",
                    Sharing.ALL, List.of("Sociaal domein en zorg"), Set.of(MunicipalRole.PRESTEREND),
                    List.of("wendbaarheid"), List.of("GGD Midden"), 12),
            new Demo("thijs.deboer@voorbeeldstad.nl", "Opgavegericht werken aan de fietsroute naar het station",
                    "Verkeer, groen en economie wilden samen één fietsroute ontwerpen in plaats van drie losse projecten.",
                    "Na een gezamenlijke startsessie ging iedere afdeling toch weer apart verder, met een eigen planning en eigen budget. De route werd in drie delen opgeleverd.",
                    "Er was geen gedeelde opdrachtgever en geen gezamenlijk budget. De opgave bestond op papier, de organisatie niet.",
                    "Vraag bij een opgave meteen om één opdrachtgever en één budget. Een opgavekaart met wie welke bijdrage levert hielp bij de tweede route. Deel ook tussentijds wat niet lukt.",
                    Sharing.MUNICIPALITY, List.of("Bereikbaarheid en openbare ruimte"), Set.of(MunicipalRole.PRESTEREND),
                    List.of("samenwerken", "regie"), List.of(), 10),
            new Demo("noor.mulder@voorbeeldstad.nl", "Peer assist voor de start van het tweede wijkteam",
                    "Voordat het nieuwe wijkteam in Noord begon, wilden we leren van het team in Oost dat al een jaar draaide.",
                    "Twee collega's uit Oost dachten een ochtend mee. Ze raadden ons af om met een inloopspreekuur te beginnen en juist eerst de huisartsen en scholen te bezoeken. Dat deden we, en na drie maanden kwamen er meer aanmeldingen dan in Oost in het eerste halfjaar.",
                    "We hadden het plan al half af. De peer assist dwong ons om onze aannames hardop te zeggen, en daar bleken er een paar niet te kloppen.",
                    "Vraag vooraf wie het al eens deed, en doe dat voordat het plan af is. Een ochtend kost weinig en scheelt maanden. Bedank de helpers met een terugkoppeling na drie maanden.",
                    Sharing.ALL, List.of("Sociaal domein en zorg"), Set.of(MunicipalRole.NETWERKEND),
                    List.of("kennisdelen", "samenwerken"), List.of(), 8),
            new Demo("bram.hendriks@voorbeeldstad.nl", "Politieke sensitiviteit bij het raadsvoorstel over de sporthal",
                    "Ik wilde het raadsvoorstel over de renovatie van de sporthal zo opstellen dat de raad een echte keuze had.",
                    "De wethouder wilde één voorkeursvariant. Door vooraf met de fractievoorzitters te praten, hoorde ik dat drie fracties juist een variant met een buurthuis wilden. Die kwam er als tweede variant in.",
                    "Mijn eerste versie ging uit van wat de wethouder wilde, niet van wat de raad nodig had om te kunnen kiezen.",
                    "Praat vroeg met de griffie en waar dat past met fracties over de vraag, niet over het antwoord. Bespreek met de wethouder openlijk waarom twee varianten de positie van het college sterker maken.",
                    Sharing.COHORT, List.of("Bestuur en dienstverlening"), Set.of(MunicipalRole.RECHTMATIG),
                    List.of("politieke-sensitiviteit"), List.of(), 5),
            new Demo(IRIS, "Dorpshuis als ontmoetingsplek: samen met de vrijwilligers",
                    "We wilden in elke kern een ontmoetingsplek, en begonnen in Ouderkerk met het bestaande dorpshuis.",
                    "Het bestuur van het dorpshuis wilde wel, maar had geen vrijwilligers voor meer openingstijden. Door samen met de bibliotheek en de buurtsportcoach een programma te maken, ging het dorpshuis van twee naar vijf dagdelen open.",
                    "We dachten dat het om geld ging, maar het ging om mensen. Subsidie alleen had niets opgelost.",
                    "Vraag eerst wat een initiatief nodig heeft in plaats van een regeling aan te bieden. Partners die toch al in de kern werken, vullen samen meer dagdelen dan één beheerder. Samenwerking met de bibliotheek werkt in kleine kernen goed.",
                    Sharing.ALL, List.of("Leefbare kernen"), Set.of(MunicipalRole.PARTICIPEREND, MunicipalRole.NETWERKEND),
                    List.of("verbinden", "samenwerken"), List.of("Bibliotheek Lindendal", "Stichting Dorpshuis Ouderkerk"), 55),
            new Demo(IRIS, "Regie loslaten bij het buurtbusinitiatief",
                    "De gemeente wilde een buurtbus voor ouderen in de kleine kernen en dacht die zelf te moeten organiseren.",
                    "Een groep inwoners had al een plan en voelde zich overvallen door onze aanbesteding. Na een pittig gesprek trokken we de aanbesteding in en ondersteunden we het initiatief met een startbijdrage en een verzekering.",
                    "We keken naar de opgave vanuit onze rol als opdrachtgever en zagen het initiatief niet. Participerend werken vroeg iets anders dan wij gewend waren.",
                    "Kijk eerst wat er in de samenleving al gebeurt voordat je zelf iets organiseert. De rol van de gemeente kan klein zijn en toch beslissend: een verzekering en een contactpersoon. Leg wel vast wat je wel en niet doet.",
                    Sharing.ALL, List.of("Zorg en welzijn"), Set.of(MunicipalRole.PARTICIPEREND),
                    List.of("regie", "verbinden"), List.of("Vervoersinitiatief Lindendal Rijdt"), 28),
            new Demo("sem.vermeulen@lindendal.nl", "Agile werken met een klein team en veel opgaven",
                    "Ons team van vijf mensen werkt aan tien opgaven uit het akkoord. We wilden kiezen wat eerst moest, samen met het management.",
                    "We maakten een gezamenlijke backlog met de directeur en prioriteerden elke maand. Twee opgaven gingen bewust in de wacht, wat tot discussie leidde met een wethouder.",
                    "Prioriteren is makkelijk op papier. De wethouder was niet betrokken bij de keuze en voelde zich gepasseerd.",
                    "Betrek het bestuur bij de prioritering, niet alleen bij de uitkomst. Maak zichtbaar wat er wel gebeurt als iets in de wacht staat. Een maandelijkse review met de directeur maakte keuzes bespreekbaar.",
                    Sharing.MUNICIPALITY, List.of("Leefbare kernen"), Set.of(MunicipalRole.PRESTEREND),
                    List.of("wendbaarheid", "politieke-sensitiviteit"), List.of(), 21),
            new Demo("sem.vermeulen@lindendal.nl", "Samenwerking met de buurgemeente over de jeugdconsulenten",
                    "Lindendal en de buurgemeente wilden samen jeugdconsulenten op de basisscholen inzetten, omdat de scholen over de grens heen samenwerken.",
                    "De afspraken over financiering kostten een halfjaar. Intussen werkten de consulenten al samen en loste de praktijk op wat op papier nog niet geregeld was.",
                    "De bestuurlijke samenwerking liep achter op de samenwerking op de werkvloer. Juristen van beide gemeenten zochten zekerheid die de scholen niet nodig hadden.",
                    "Start klein met een proef en leg de financiering achteraf vast op basis van wat werkt. Horizontaal werken over de gemeentegrens vraagt één aanspreekpunt per gemeente en een gedeeld doel voor de kinderen.",
                    Sharing.ALL, List.of("Zorg en welzijn"), Set.of(MunicipalRole.NETWERKEND, MunicipalRole.RECHTMATIG),
                    List.of("samenwerken", "kennisdelen"), List.of("Samenwerkingsverband Passend Onderwijs", "Gemeente Beekveld"), 14),
            new Demo("yara.dekker@lindendal.nl", "Keukentafelgesprekken in het buitengebied",
                    "We wilden agrariërs betrekken bij de plannen voor natuurherstel in het buitengebied.",
                    "Een informatieavond trok weinig mensen. Keukentafelgesprekken bij twintig bedrijven leverden veel meer op: zorgen over toekomst en opvolging, en ideeën voor landschapsbeheer.",
                    "De informatieavond was ons format. Agrariërs willen op hun eigen erf praten, over hun eigen bedrijf.",
                    "Ga naar mensen toe in plaats van ze uit te nodigen. Neem de tijd: twintig gesprekken kosten veel uren, maar leverden draagvlak op dat geen avond had gegeven. Leg wel vast wat je met de input doet.",
                    Sharing.MUNICIPALITY, List.of("Buitengebied en duurzaamheid"), Set.of(MunicipalRole.PARTICIPEREND),
                    List.of("verbinden"), List.of("LTO afdeling Lindendal"), 18),
            new Demo("yara.dekker@lindendal.nl", "Dienend leiderschap als projectleider zonder hiërarchie",
                    "Als projectleider van de omgevingsvisie wilde ik collega's van vijf afdelingen laten bijdragen zonder dat ik hun leidinggevende was.",
                    "In het begin kwamen bijdragen laat of niet. Toen ik per collega vroeg wat zij nodig hadden en hun leidinggevende bijpraatte, werd het beter. Een paar collega's werden echte trekkers van een hoofdstuk.",
                    "Ik stuurde op deadlines, terwijl collega's vooral behoefte hadden aan erkenning en ruimte in hun eigen planning.",
                    "Dienend leiderschap zonder hiërarchie betekent vooral: vragen wat iemand nodig heeft en obstakels weghalen. Geef trekkers eigenaarschap over een deel. Bedank ze zichtbaar, ook richting hun leidinggevende.",
                    Sharing.ALL, List.of("Buitengebied en duurzaamheid"), Set.of(MunicipalRole.PRESTEREND),
                    List.of("zelfreflectie", "samenwerken"), List.of(), 9),
            new Demo("lucas.brouwer@lindendal.nl", "Waardegedreven kiezen tussen twee woningbouwlocaties",
                    "Het college moest kiezen tussen twee locaties voor levensloopbestendige woningen. We wilden de keuze maken op waarde voor inwoners, niet alleen op kosten.",
                    "Met een eenvoudige waardematrix scoorden we beide locaties op nabijheid van voorzieningen, sociale samenhang en kosten. De duurdere locatie bleek veel meer waarde te hebben voor ouderen.",
                    "Zonder de matrix was de goedkoopste locatie gekozen. Het gesprek over waarde maakte de afweging zichtbaar.",
                    "Maak waarde expliciet voordat je over geld praat. Laat inwoners meewegen welke waarden tellen. Een matrix op één A4 is genoeg om het gesprek met het college te voeren.",
                    Sharing.COHORT, List.of("Leefbare kernen"), Set.of(MunicipalRole.PRESTEREND, MunicipalRole.RECHTMATIG),
                    List.of("waardecreatie"), List.of("Seniorenraad Lindendal"), 7),
            new Demo("lucas.brouwer@lindendal.nl", "Kennis delen tussen de vijf kernen",
                    "We wilden dat de vijf dorpsraden van elkaars aanpak leren in plaats van elk apart bij de gemeente aan te kloppen.",
                    "Een halfjaarlijkse kernendag met een markt van initiatieven trok alle dorpsraden. Het ontmoeten werkte; de gedeelde map met verslagen werd nauwelijks gebruikt.",
                    "Kennis zat in mensen, niet in documenten. De map was een nieuwe silo.",
                    "Organiseer ontmoeting en koppel mensen aan elkaar; schrijf alleen kort op wie wat weet. Een peer assist tussen twee dorpsraden leverde meer op dan alle verslagen samen.",
                    Sharing.ALL, List.of("Leefbare kernen"), Set.of(MunicipalRole.NETWERKEND, MunicipalRole.PARTICIPEREND),
                    List.of("kennisdelen", "verbinden"), List.of("Dorpsraden Lindendal"), 3));

    private Map<String, Long> ids = new HashMap<>();
    private final DemoDataPolicy policy;
    private final JdbcClient jdbc;
    private final KnowledgeStore store;
    private final OrganisationDirectory directory;
    private final Clock clock;

    DemoKnowledge(DemoDataPolicy policy, JdbcClient jdbc, KnowledgeStore store, OrganisationDirectory directory,
                  Clock clock) {
        this.policy = policy;
        this.jdbc = jdbc;
        this.store = store;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!policy.enabled() || jdbc.sql("SELECT COUNT(*) FROM practice").query(Long.class).single() > 0) {
            return;
        }
        ids = new HashMap<>();
        Map<OrganisationId, Map<UserId, CohortId>> cohorts = new HashMap<>();
        Instant now = clock.instant();
        for (Demo demo : PRACTICES) {
            UserId author = directory.accountByEmail(demo.author()).orElse(null);
            if (author == null) {
                return; // not the standard demo
            }
            OrganisationId organisation = directory.homeOrganisations(List.of(author)).get(author);
            CohortId cohort = cohorts.computeIfAbsent(organisation, this::cohortsOf).get(author);
            PracticeForm form = new PracticeForm(demo.title(), demo.intention(), demo.happened(), demo.difference(),
                    demo.lessons(), demo.sharing(), demo.themes(), demo.roles(), demo.competencies(), demo.partners());
            Instant at = now.minus(Duration.ofDays(demo.daysAgo())).minus(Duration.ofHours(demo.title().length() % 9));
            long id = store.insert(author, organisation, cohort, form, PracticeTexts.searchText(form), at);
            ids.put(demo.title(), id);
        }
        react("Bewonersavond Oostpoort: eerst luisteren, dan tekenen", "yara.dekker@lindendal.nl",
                "Herkenbaar! Wij hadden precies hetzelfde met tekeningen aan de muur. Volgende keer begin ik ook met de zorgen van bewoners.", now.minus(Duration.ofDays(50)));
        react("Bewonersavond Oostpoort: eerst luisteren, dan tekenen", "noor.mulder@voorbeeldstad.nl",
                "Mooi opgeschreven. Had de corporatie zelf ook een verklaring voor de boosheid?", now.minus(Duration.ofDays(48)));
        react("Regie loslaten bij het buurtbusinitiatief", SANNE,
                "Dit helpt me bij de warmtetransitie: eerst kijken wat er al is. Hoe hebben jullie de verzekering geregeld?", now.minus(Duration.ofDays(20)));
        react("Een kanbanbord voor de Wmo-meldingen", "sem.vermeulen@lindendal.nl",
                "Wij gaan dit ook proberen met de meldingen in het sociaal team.", now.minus(Duration.ofDays(6)));
        use("Een kanbanbord voor de Wmo-meldingen", List.of("sem.vermeulen@lindendal.nl", SANNE, "joost.vandijk@voorbeeldstad.nl"), now);
        use("Bewonersavond Oostpoort: eerst luisteren, dan tekenen", List.of("yara.dekker@lindendal.nl", "lotte.bakker@voorbeeldstad.nl"), now);
        use("Peer assist voor de start van het tweede wijkteam", List.of("lucas.brouwer@lindendal.nl", IRIS), now);
        use("Dorpshuis als ontmoetingsplek: samen met de vrijwilligers", List.of("eva.smit@voorbeeldstad.nl"), now);
        use("Dienend leiderschap in de crisis rond de jeugdhulpwachtlijst", List.of("yara.dekker@lindendal.nl"), now);
        UserId yara = directory.accountByEmail("yara.dekker@lindendal.nl").orElseThrow();
        UserId sanne = directory.accountByEmail(SANNE).orElseThrow();
        store.ask(ids.get("Scrum in het wijkteam: van weekplanning naar tweewekelijkse sprints"), yara, sanne,
                "Wij willen in ons sociaal team ook met sprints beginnen. Mag ik een half uur met je bellen over hoe jullie de sprintdoelen formuleren?",
                now.minus(Duration.ofDays(2)));
        log.info("Demo kennisbank loaded: {} practices", ids.size());
    }

    private Map<UserId, CohortId> cohortsOf(OrganisationId organisation) {
        Map<UserId, CohortId> result = new HashMap<>();
        directory.activeParticipants(organisation).forEach((cohort, people) -> people.forEach(p -> result.putIfAbsent(p, cohort)));
        return result;
    }

    private void react(String title, String email, String body, Instant at) {
        Long practice = ids().get(title);
        directory.accountByEmail(email).ifPresent(user -> store.addReaction(practice, user, body, at));
    }

    private void use(String title, List<String> emails, Instant now) {
        Long practice = ids().get(title);
        for (String email : emails) {
            directory.accountByEmail(email).ifPresent(user -> store.markUsed(practice, user, now.minus(Duration.ofDays(1))));
        }
    }

    private Map<String, Long> ids() {
        return ids;
    }
}
