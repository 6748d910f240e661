package nl.kopgroep.journal;

import static nl.kopgroep.base.DbTime.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.kopgroep.base.MunicipalRole;
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
 * A believable half year of journal entries for the Voorbeeldstad kopgroep, with coach feedback and
 * answers and the reads they imply; the latest entries are days old and wait for their coach. Demo
 * only: it backdates rows of the journal's own tables, which no service would do.
 */
@Component
@Order(300)
class DemoJournal implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoJournal.class);

    private record Sample(String title, String body, String lessonKey, String prompt, MunicipalRole role) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("Waarom ik in de kopgroep zit",
                    "Ik merk dat ik al jaren verbind zonder dat iemand het zo noemt. Bij de wijkaanpak in Oost zat ik "
                            + "tussen de corporatie en de wijkraad. Wat ik wil leren: dat bewust doen, en weten wanneer ik moet loslaten.",
                    "start-waarom-kopgroep", null, MunicipalRole.NETWERKEND),
            new Sample("Het collegeakkoord gelezen",
                    "Voor het eerst het hele akkoord gelezen in plaats van alleen 'mijn' hoofdstuk. Afspraak 3.2 over "
                            + "betaalbaar wonen raakt aan drie afdelingen die nauwelijks met elkaar praten. Daar ligt mijn opgave.",
                    "start-collegeakkoord-lezen", null, MunicipalRole.RECHTMATIG),
            new Sample("Eerste gesprek met mijn coach",
                    "Ik vond het spannend om te vertellen dat ik vastloop in het overleg met de wethouder. Mijn coach "
                            + "vroeg wat ik zelf liet liggen. Dat was ongemakkelijk, maar precies de goede vraag.",
                    "start-coach-en-dagboek", null, MunicipalRole.PRESTEREND),
            new Sample("Sprint review met de wethouder",
                    "We lieten na drie weken zien wat er werkte in de pilot met de intaketafel. De wethouder wilde meteen "
                            + "opschalen. Ik heb geleerd dat zichtbaar werk ook druk geeft: ik moet beter uitleggen wat een pilot is.",
                    "agile-korte-cycli", null, MunicipalRole.PRESTEREND),
            new Sample("Scrummen voor de gezelligheid?",
                    "Ons team heeft nu een dagelijkse stand-up, maar eerlijk gezegd vertellen we elkaar vooral wat we al "
                            + "wisten. Ik wil voorstellen om één keer per week alleen over blokkades te praten.",
                    "agile-valkuilen-en-pc-cyclus", null, MunicipalRole.PRESTEREND),
            new Sample("Feedback van bewoners",
                    "Op de bewonersavond kregen we kritiek op de planning van de herinrichting. Ik merkte dat ik in de "
                            + "verdediging schoot. Achteraf: ze hadden een punt, de route voor de bus was niet doordacht.",
                    "agile-feedback-ophalen", null, MunicipalRole.PARTICIPEREND),
            new Sample("Wie wint, wie betaalt",
                    "Bij de energiecoöperatie blijkt dat de voordelen vooral bij huiseigenaren liggen. Huurders betalen "
                            + "mee via de netbeheerder maar profiteren nauwelijks. Dat moet op tafel bij het college.",
                    "waardegedreven-wie-wint-wie-betaalt", null, MunicipalRole.NETWERKEND),
            new Sample("Nee zeggen tegen de directeur",
                    "Ik heb voor het eerst gezegd dat een verzoek niet paste bij de afspraken in het akkoord. Het gesprek "
                            + "was kort en koel. Een dag later kwam hij terug: 'goed dat je het zei'. Dienen is niet hetzelfde als ja zeggen.",
                    "dienend-leiderschap-leiden-zonder-macht", null, MunicipalRole.RECHTMATIG),
            new Sample("Mijn reflecties worden dieper",
                    "Terugkijkend op mijn eerste notities: vooral beschrijvingen van wat er gebeurde. Nu probeer ik ook te "
                            + "schrijven waarom ik deed wat ik deed. Dat is lastiger, en eerlijker.",
                    "dienend-leiderschap-kritische-zelfreflectie", null, MunicipalRole.PRESTEREND),
            new Sample("Intervisie over de jeugdhulp",
                    "In de intervisie bespraken we mijn casus over de wachtlijsten. Een collega van Sociaal Domein stelde "
                            + "voor de huisartsen eerder te betrekken. Dat had ik zelf nooit bedacht vanuit mijn afdeling.",
                    null, null, MunicipalRole.NETWERKEND));

    private static final List<String> FEEDBACK = List.of(
            "Mooi dat je dit zo eerlijk opschrijft. Wat zou je de volgende keer als eerste anders doen?",
            "Je beschrijft goed wat er gebeurde. Probeer nog een stap verder te gaan: wat zegt dit over jouw manier van werken?",
            "Herkenbaar. Wie zou je hierbij nog meer kunnen betrekken, buiten je eigen afdeling?",
            "Sterk dat je de spanning met het bestuur benoemt. Laten we dit in ons volgende gesprek verder uitdiepen.");

    private static final List<String> ANSWERS = List.of(
            "Ik denk dat ik eerder moet vragen wat de ander nodig heeft, in plaats van met een oplossing te komen.",
            "Goede vraag. Ik ga het bij de volgende bijeenkomst proberen en schrijf erover.");

    private final DemoDataPolicy policy;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final OrganisationDirectory directory;

    DemoJournal(DemoDataPolicy policy, JdbcClient jdbc, Clock clock, OrganisationDirectory directory) {
        this.policy = policy;
        this.jdbc = jdbc;
        this.clock = clock;
        this.directory = directory;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("SELECT COUNT(*) FROM reflection").query(Long.class).single() > 0;
        if (!policy.enabled() || loaded) {
            return;
        }
        List<OrganisationDirectory.Assignment> pairs = directory.organisationByCode("voorbeeldstad")
                .map(directory::assignments).orElse(List.of());
        Instant now = clock.instant();
        int entries = 0;
        for (int p = 0; p < pairs.size(); p++) {
            long participant = pairs.get(p).participant().value();
            long coach = pairs.get(p).coach().value();
            long cohort = pairs.get(p).cohort().value();
            int count = 3 + (p * 5) % 6;
            for (int i = 0; i < count; i++) {
                Sample sample = SAMPLES.get((p + i * 3) % SAMPLES.size());
                boolean latest = i == count - 1;
                // Most participants share their latest entry with the coach, so every coach has some waiting.
                Visibility visibility = latest ? (p % 4 == 3 ? Visibility.PRIVATE : Visibility.COACH)
                        : switch ((p + i) % 5) {
                            case 0, 1 -> Visibility.COACH;
                            case 2 -> Visibility.GROUP;
                            default -> Visibility.PRIVATE;
                        };
                // Spread over the half year, the latest a few days ago: a cohort that is writing now.
                long daysAgo = 1 + (p * 3L) % 11 + 165L * (count - 1 - i) / count;
                Instant written = now.minus(Duration.ofDays(daysAgo).plusHours(9 + p % 8));
                long id = insertEntry(participant, cohort, sample, visibility, written);
                entries++;
                // A coach who keeps up: everything shared more than a week and a half ago has an answer,
                // so the queue holds only what came in since.
                boolean answered = written.isBefore(now.minus(Duration.ofDays(10)));
                if (visibility != Visibility.PRIVATE && answered) {
                    Instant read = written.plus(Duration.ofDays(2));
                    insertRead(id, coach, read);
                    insertFeedback(id, coach, FEEDBACK.get((p + i) % FEEDBACK.size()), read.plus(Duration.ofMinutes(20)));
                    if ((p + i) % 2 == 0) {
                        insertFeedback(id, participant, ANSWERS.get((p + i) % ANSWERS.size()), read.plus(Duration.ofDays(1)));
                    }
                }
            }
        }
        log.info("Demo journal loaded: {} entries for Gemeente Voorbeeldstad", entries);
    }

    private long insertEntry(long author, long cohort, Sample sample, Visibility visibility, Instant at) {
        jdbc.sql("""
                        INSERT INTO reflection (author_id, cohort_id, title, body, visibility, lesson_key, prompt,
                                                municipal_role, created_at, updated_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(author, cohort, sample.title(), sample.body(), visibility.name(), sample.lessonKey(),
                        sample.prompt(), sample.role().name(), utc(at), utc(at))
                .update();
        return jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
    }

    private void insertRead(long entry, long reader, Instant at) {
        jdbc.sql("INSERT INTO reflection_read (reflection_id, reader_id, read_at) VALUES (?, ?, ?)")
                .params(entry, reader, utc(at)).update();
    }

    private void insertFeedback(long entry, long writer, String body, Instant at) {
        jdbc.sql("INSERT INTO reflection_feedback (reflection_id, author_id, body, created_at) VALUES (?, ?, ?, ?)")
                .params(entry, writer, body, utc(at)).update();
    }
}
