package nl.kopgroep.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.kopgroep.security.LoadTestCredentials;

/**
 * Kopgroep under load through Vaadin's own protocol, as a browser drives it: the bootstrap page, the {@code init}
 * request that creates a UI, then UIDL requests with router navigation ({@code ui-navigate}), typed values
 * (synchronised {@code value} plus the field's DOM event, which is how the journal editor autosaves), clicks and the
 * unload beacon when a page is left. Node ids come from the UIDL answers ({@link UidlTree}), found by label, text or
 * link target taken from the app's own Dutch translations; nothing is hard-coded.
 *
 * <p>Three personas: a participant (sign in → home → programme → module → lesson → journal → new entry with two
 * autosaves → save → goals → check-in), a coach (queue → entry → feedback) and a manager with TOTP (dashboard of the
 * 300-participant municipality → PDF report → a theme opened → a work goal). Settings: {@link LoadConfig}. Before the
 * run {@link LoadDatabase#prepare} gives the users a password and the managers an authenticator; after it the rows the
 * users wrote are counted in the database, and {@code target/load/<scenario>-summary.md} is written beside Gatling's
 * HTML report. Run as docs/benchmarks.md says.
 */
public class KopgroepSimulation extends Simulation {

    private static final Pattern MODULE = Pattern.compile("programma/module/[^/?#]+");
    private static final Pattern LESSON = Pattern.compile("programma/les/[^/?#]+");
    private static final Pattern QUEUE_ENTRY = Pattern.compile("coach/notitie/\\d+");
    private static final Pattern WORK_GOAL = Pattern.compile("management/doel/\\d+");
    private static final Pattern ENTRY = Pattern.compile("dagboek/\\d+");

    private final LoadConfig config = LoadConfig.fromSystemProperties();
    private final LoadReport report = new LoadReport();
    private final Properties texts = translations();
    private final String marker = "belastingstest-" + Long.toString(System.currentTimeMillis(), 36);
    private final AtomicInteger nextParticipant = new AtomicInteger();
    private final AtomicInteger nextCoach = new AtomicInteger();
    private final AtomicInteger nextManager = new AtomicInteger();
    private volatile LoadDatabase.Accounts accounts;
    private Instant start;

    private final HttpProtocolBuilder protocol = http.baseUrl(config.baseUrl())
            .acceptLanguageHeader("nl")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) KopgroepLoadTest/1.0");

    {
        System.out.println("Kopgroep load test: " + config);
        List<PopulationBuilder> populations = new ArrayList<>();
        if (config.participants() > 0) {
            populations.add(inject(persona("participant", nextParticipant, this::participantJourney), config.participants()));
        }
        if (config.coaches() > 0) {
            populations.add(inject(persona("coach", nextCoach, this::coachJourney), config.coaches()));
        }
        if (config.managers() > 0) {
            populations.add(inject(persona("manager", nextManager, this::managerJourney), config.managers()));
        }
        setUp(populations).protocols(protocol)
                .assertions(global().failedRequests().count().lte(Long.getLong("load.maxErrors", 0L)));
    }

    private PopulationBuilder inject(ScenarioBuilder scenario, int users) {
        return config.ramp().isZero() || users == 1
                ? scenario.injectOpen(atOnceUsers(users))
                : scenario.injectOpen(rampUsers(users).during(config.ramp()));
    }

    @Override
    public void before() {
        accounts = new LoadDatabase(config).prepare();
        start = Instant.now();
        System.out.printf("Prepared %d participants, %d coaches, %d managers (marker %s)%n",
                accounts.participants().size(), accounts.coaches().size(), accounts.managers().size(), marker);
    }

    @Override
    public void after() {
        Instant end = Instant.now();
        LoadDatabase.Written written = new LoadDatabase(config).count(marker, start);
        List<String> problems = new ArrayList<>();
        check(problems, "journal entries", config.participants(), report.entriesSaved.get(), written.entries());
        check(problems, "check-ins", config.participants(), report.checkInsSaved.get(), written.checkIns());
        check(problems, "feedback messages", config.coaches(), report.feedbackSent.get(), written.feedback());
        String markdown = report.markdown(config, start, end, written, problems);
        Path file = LoadReport.write(config.scenario(), markdown);
        System.out.println(markdown);
        System.out.println("Summary written to " + file.toAbsolutePath());
        // Failed requests fail the run through Gatling's assertion (after its HTML report); rows that are missing
        // fail it here.
        if (!problems.isEmpty()) {
            throw new IllegalStateException("load test " + config.scenario() + " failed: " + problems);
        }
    }

    private static void check(List<String> problems, String what, int users, long saved, long found) {
        if (users > 0 && saved == 0) {
            problems.add("no " + what + " were saved by the users");
        }
        if (found < saved) {
            problems.add(what + ": the users saved " + saved + ", the database has " + found);
        }
    }

    // --- scenarios ---

    private ScenarioBuilder persona(String persona, AtomicInteger next, Function<String, ChainBuilder> journey) {
        ChainBuilder body;
        if (config.scenario().equals("journey")) {
            // A whole journey, sign-in included, again and again: its total server time is the figure.
            body = repeat(config.journeys()).on(
                    freshStart(),
                    signIn(persona),
                    journey.apply(persona + " (sign-in included)"));
        } else if (config.timed()) {
            // A journey under way when the time is up is finished (exitASAP false), so its rows can be counted.
            body = during(config.duration(), false).on(
                    // (Again after a failed sign-in: a new browser session, as a person would close the tab.)
                    doIf(session -> !visitor(session).signedIn).then(freshStart(), signIn(persona), think()),
                    // A sign-in that failed (the server down or restarting) is tried again after a second, not in a
                    // tight loop: with no thinking time one user sent 183,728 requests in 20 s to a stopped server.
                    doIf(session -> !visitor(session).signedIn).then(pause(java.time.Duration.ofSeconds(1))),
                    doIf(session -> visitor(session).broken && visitor(session).signedIn).then(reload(persona)),
                    exec(session -> {
                        visitor(session).journeyMillis = 0;
                        return session;
                    }),
                    journey.apply(persona),
                    think());
        } else {
            body = exec(signIn(persona), journey.apply(persona + " (sign-in included)"));
        }
        return scenario(persona).exec(session -> {
            List<String> emails = switch (persona) {
                case "participant" -> accounts.participants();
                case "coach" -> accounts.coaches();
                default -> accounts.managers();
            };
            int index = next.getAndIncrement();
            return session.set("visitor", new Visitor(persona, emails.get(index % emails.size()), 2026L + index));
        }).exec(body).exec(leave());
    }

    /** A new browser session: the open page left, no cookies, nothing broken, the journey's time from zero. */
    private ChainBuilder freshStart() {
        return exec(leave(), exec(flushCookieJar()), exec(session -> {
            Visitor visitor = visitor(session);
            visitor.signedIn = false;
            visitor.broken = false;
            visitor.journeyMillis = 0;
            return session;
        }));
    }

    private ChainBuilder participantJourney(String journeyName) {
        return exec(
                exec(session -> {
                    visitor(session).journeys++;
                    return session;
                }),
                step("participant: home", v -> List.of(v.ui().navigate("")), null),
                think(),
                step("participant: programme", v -> List.of(v.ui().navigate("programma")),
                        (visitor) -> visitor.pick = visitor.oneOf(visitor.ui().tree().links(MODULE), 8)),
                think(),
                step("participant: module", v -> List.of(v.ui().navigate(v.pick)),
                        (visitor) -> visitor.pick = visitor.oneOf(visitor.ui().tree().links(LESSON), 10)),
                think(),
                step("participant: lesson", v -> List.of(v.ui().navigate(v.pick)), null),
                think(),
                step("participant: journal", v -> List.of(v.ui().navigate("dagboek")),
                        visitor -> visitor.ui().tree().withText("vaadin-button", text("journal.new"))),
                think(),
                step("participant: new entry", v -> List.of(v.ui().click(v.ui().tree().withText("vaadin-button", text("journal.new")))),
                        visitor -> visitor.ui().tree().withLabel("vaadin-text-field", text("journal.title"))),
                think(),
                step("participant: title typed (autosave)", v -> v.ui().type(
                                v.ui().tree().withLabel("vaadin-text-field", text("journal.title")), marker + " " + v.journeys + " " + v.email),
                        this::expectSaved),
                think(),
                step("participant: text typed (autosave)", v -> v.ui().type(
                                v.ui().tree().withLabel("vaadin-text-area", text("journal.body")),
                                marker + " " + v.journeys + ": wat ik vandaag leerde over samenwerken in de wijk."),
                        this::expectSaved),
                think(),
                step("participant: entry saved", v -> List.of(v.ui().click(v.ui().tree().withText("vaadin-button", text("journal.save")))),
                        visitor -> {
                            String route = visitor.ui().navigatedTo().orElse("");
                            if (!ENTRY.matcher(route).matches()) {
                                throw new IllegalStateException("saving did not open the entry (went to '" + route + "'"
                                        + visitor.ui().tree().lastTexts() + ")");
                            }
                            report.entriesSaved.incrementAndGet();
                        }),
                think(),
                step("participant: goals", v -> List.of(v.ui().navigate("doelen")),
                        visitor -> visitor.ui().tree().withText("vaadin-button", text("goals.checkIn"))),
                think(),
                step("participant: check-in opened", v -> List.of(v.ui().click(v.ui().tree().withText("vaadin-button", text("goals.checkIn")))),
                        visitor -> visitor.ui().tree().withLabel("vaadin-text-area", text("goals.explanation"))),
                think(),
                step("participant: explanation typed", v -> v.ui().type(
                        v.ui().tree().withLabel("vaadin-text-area", text("goals.explanation")), marker + " check-in"), null),
                step("participant: check-in saved", v -> List.of(v.ui().click(v.ui().tree().newestWithText("vaadin-button", text("action.save")))),
                        visitor -> {
                            if (!visitor.ui().tree().find(n -> n.tag().equals("vaadin-text-area")
                                    && n.property("label").map(text("goals.explanation")::equals).orElse(false)
                                    && n.property("value").map(value -> value.startsWith(marker)).orElse(false)).isEmpty()) {
                                throw new IllegalStateException("the check-in dialog is still open");
                            }
                            report.checkInsSaved.incrementAndGet();
                        }),
                journeyDone(journeyName));
    }

    private ChainBuilder coachJourney(String journeyName) {
        return exec(
                step("coach: queue", v -> List.of(v.ui().navigate("coach")),
                        visitor -> visitor.pick = visitor.oneOf(visitor.ui().tree().links(QUEUE_ENTRY), 30)),
                think(),
                step("coach: entry", v -> List.of(v.ui().navigate(v.pick)),
                        visitor -> visitor.ui().tree().withLabel("vaadin-text-area", text("coach.feedback"))),
                think(),
                step("coach: feedback typed", v -> v.ui().type(v.ui().tree().withLabel("vaadin-text-area", text("coach.feedback")),
                        marker + " feedback: mooi hoe je de wijk erbij betrekt."), null),
                step("coach: feedback sent", v -> List.of(v.ui().click(v.ui().tree().withText("vaadin-button", text("coach.send")))),
                        visitor -> {
                            if (!visitor.ui().tree().showsText(marker)) {
                                throw new IllegalStateException("the feedback does not show in the thread");
                            }
                            report.feedbackSent.incrementAndGet();
                        }),
                journeyDone(journeyName));
    }

    private ChainBuilder managerJourney(String journeyName) {
        return exec(
                step("manager: dashboard", v -> List.of(v.ui().navigate("management")), visitor -> {
                    UidlTree tree = visitor.ui().tree();
                    visitor.pdf = tree.find(n -> n.tag().equals("a") && tree.textOf(n).strip().equals(text("management.downloadPdf")))
                            .stream().findFirst().flatMap(n -> n.attribute("href"))
                            .orElseThrow(() -> new IllegalStateException("no PDF link on the dashboard"));
                }),
                think(),
                doIf(session -> !visitor(session).broken).then(
                        exec(http("manager: PDF report").get(session -> "/" + visitor(session).pdf)
                                .check(responseTimeInMillis().saveAs("rt"), status().saveAs("httpStatus"), status().is(200),
                                        header("Content-Type").transform(type -> type.contains("pdf")).is(true),
                                        bodyBytes().transform(bytes -> bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P'
                                                && bytes[2] == 'D' && bytes[3] == 'F').is(true)))
                                .exec(record("manager: PDF report"))),
                think(),
                // The drill-down: themes opened one after another until one shows the work goals behind it.
                exec(session -> {
                    visitor(session).pick = null;
                    visitor(session).tries = 0;
                    return session;
                }),
                asLongAs(session -> !visitor(session).broken && visitor(session).pick == null
                        && visitor(session).tries < 10).on(
                        step("manager: theme opened", v -> {
                            List<UidlTree.Node> themes = v.ui().tree().find(n -> n.tag().equals("vaadin-details")
                                    && !v.ui().tree().textOf(n).startsWith(text("management.showTable")));
                            if (v.tries >= themes.size()) {
                                throw new IllegalStateException("no theme on the dashboard has work goals");
                            }
                            return v.ui().open(themes.get(v.tries++));
                        }, visitor -> {
                            List<String> goals = visitor.ui().tree().links(WORK_GOAL);
                            if (!goals.isEmpty()) {
                                visitor.pick = visitor.oneOf(goals, 10);
                            }
                        }),
                        think()),
                step("manager: work goal", v -> List.of(v.ui().navigate(v.pick)), null),
                journeyDone(journeyName));
    }

    // --- sign-in ---

    private ChainBuilder signIn(String persona) {
        ChainBuilder chain = exec(leave(),
                page("sign-in: login page", "login"),
                step("sign-in: e-mail", v -> {
                    List<Map<String, Object>> rpc = new ArrayList<>(v.ui().type(v.ui().tree().withId("login-email"), v.email));
                    rpc.add(v.ui().click(v.ui().tree().withText("vaadin-button", text("login.next"))));
                    return rpc;
                }, visitor -> {
                    if (visitor.ui().tree().find(n -> n.tag().equals("vaadin-login-form")).isEmpty()) {
                        throw new IllegalStateException("no password step after the e-mail address");
                    }
                }),
                leave(),
                doIf(session -> !visitor(session).broken).then(exec(http("sign-in: password").post("/login")
                        .formParam("username", session -> visitor(session).email)
                        .formParam("password", config.password())
                        .formParam("_csrf", session -> session.getString("springCsrf"))
                        .disableFollowRedirect()
                        .check(responseTimeInMillis().saveAs("rt"), status().saveAs("httpStatus"), status().is(302),
                                header("Location").transformWithSession((location, session) -> {
                                    if (location.contains("error")) {
                                        visitor(session).error = "the sign-in was refused (" + location
                                                + "): wrong password, or throttled; run with load.prepare=true";
                                        return false;
                                    }
                                    return true;
                                }).is(true),
                                header("Location").saveAs("afterSignIn")))
                        .exec(record("sign-in: password"))));
        if (persona.equals("manager")) {
            chain = chain.exec(
                    page("sign-in: code page", "inloggen/code"),
                    step("sign-in: code", v -> {
                        List<Map<String, Object>> rpc = new ArrayList<>(v.ui().type(
                                v.ui().tree().withLabel("vaadin-text-field", text("mfa.code.label")),
                                LoadTestCredentials.totpCode(config.totpSecret(), Instant.now())));
                        rpc.add(v.ui().click(v.ui().tree().withText("vaadin-button", text("mfa.code.submit"))));
                        return rpc;
                    }, visitor -> visitor.ui().redirectedTo()
                            .orElseThrow(() -> new IllegalStateException("the code was not accepted"))),
                    leave());
        }
        return chain.exec(page("home", ""), exec(session -> {
            Visitor visitor = visitor(session);
            visitor.signedIn = !visitor.broken;
            return session;
        }));
    }

    /** After a failed step: the page loaded afresh, as a person would press reload. */
    private ChainBuilder reload(String persona) {
        return exec(session -> {
            visitor(session).broken = false;
            return session;
        }).exec(leave(), page(persona + ": reload", ""));
    }

    // --- the protocol ---

    /**
     * A full page load: the bootstrap page, the {@code init} request that creates the UI (its id, security key and
     * first state), then the router's {@code ui-navigate} that renders the route.
     */
    private ChainBuilder page(String name, String route) {
        String location = URLEncoder.encode(route, StandardCharsets.UTF_8);
        return doIf(session -> !visitor(session).broken).then(exec(
                http(name + " (html)").get("/" + route)
                        .check(responseTimeInMillis().saveAs("rt"), status().saveAs("httpStatus"), status().is(200),
                                regex("name=\"_csrf\" content=\"([^\"]+)\"").optional().saveAs("springCsrf")))
                .exec(record(name + " (html)"))
                .doIf(session -> !visitor(session).broken).then(exec(
                        http(name + " (init)").get("/?v-r=init&location=" + location + "&query=")
                                .check(responseTimeInMillis().saveAs("rt"), status().saveAs("httpStatus"), status().is(200),
                                        bodyString().transformWithSession((body, session) -> {
                                            visitor(session).ui = VaadinUi.fromInit(body);
                                            return true;
                                        }).is(true)))
                        .exec(record(name + " (init)")))
                .exec(step(name, v -> List.of(v.ui().navigate(route)), null)));
    }

    /**
     * One UIDL round trip: the RPC calls made from the UI as it is, the answer applied to it, then an expectation
     * about the page (a field that must now be there, a status text); a failed expectation fails the request.
     */
    private ChainBuilder step(String name, Function<Visitor, List<Map<String, Object>>> rpc, Consumer<Visitor> expect) {
        return doIf(session -> !visitor(session).broken).then(exec(http(name)
                .post(session -> visitor(session).ui().uidlPath())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(io.gatling.javaapi.core.CoreDsl.StringBody(session -> {
                    Visitor visitor = visitor(session);
                    try {
                        return visitor.ui().request(rpc.apply(visitor));
                    } catch (RuntimeException e) {
                        visitor.error = e.getMessage();
                        throw e;
                    }
                }))
                .check(responseTimeInMillis().saveAs("rt"), status().saveAs("httpStatus"), status().is(200),
                        bodyString().transformWithSession((body, session) -> {
                            Visitor visitor = visitor(session);
                            try {
                                visitor.ui().apply(body);
                                if (expect != null) {
                                    expect.accept(visitor);
                                }
                                return true;
                            } catch (RuntimeException e) {
                                visitor.error = e.getMessage();
                                throw e;
                            }
                        }).is(true)))
                .exec(record(name)));
    }

    /** The unload beacon for the page being left, so the server closes its UI at once, as a browser makes it do. */
    private ChainBuilder leave() {
        return doIf(session -> visitor(session).ui != null).then(exec(http("page left (unload beacon)")
                .post(session -> visitor(session).ui().uidlPath())
                .header("Content-Type", "text/plain;charset=UTF-8")
                .body(io.gatling.javaapi.core.CoreDsl.StringBody(session -> visitor(session).ui().unloadBeacon()))
                .check(responseTimeInMillis().saveAs("rt")))
                .exec(session -> {
                    report.request("page left (unload beacon)", session.contains("rt") ? session.getLong("rt") : 0,
                            !session.isFailed(), null);
                    visitor(session).ui = null;
                    return session.remove("rt").remove("httpStatus").markAsSucceeded();
                }));
    }

    /** Records the request in the summary; a failure breaks the rest of the journey (not the virtual user). */
    private Function<Session, Session> record(String name) {
        return session -> {
            Visitor visitor = visitor(session);
            boolean ok = !session.isFailed();
            long millis = session.contains("rt") ? session.getLong("rt") : 0;
            String error = null;
            if (!ok) {
                int status = session.contains("httpStatus") ? session.getInt("httpStatus") : 0;
                String http = status == 0 ? "no answer" : "HTTP " + status;
                error = visitor.error == null ? http + " (see Gatling's log)" : http + ": " + visitor.error;
            }
            report.request(name, millis, ok, error);
            visitor.journeyMillis += millis;
            visitor.error = null;
            if (!ok) {
                visitor.broken = true;
            }
            return session.remove("rt").remove("httpStatus").markAsSucceeded();
        };
    }

    private ChainBuilder journeyDone(String journeyName) {
        return exec(session -> {
            Visitor visitor = visitor(session);
            if (!visitor.broken) {
                report.journey(journeyName, visitor.journeyMillis);
            }
            return session;
        });
    }

    private ChainBuilder think() {
        if (config.thinkMax().isZero()) {
            return exec(session -> session);
        }
        return exec(pause(config.thinkMin(), config.thinkMax()));
    }

    private void expectSaved(Visitor visitor) {
        String saved = text("journal.savedAt");
        String prefix = saved.substring(0, saved.indexOf('{')).strip();
        UidlTree tree = visitor.ui().tree();
        UidlTree.Node status = tree.find(n -> n.hasClass("save-status")).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("the editor has no save status"));
        if (!tree.changed().contains(status.id()) || !tree.textOf(status).startsWith(prefix)) {
            throw new IllegalStateException("no '" + prefix + "' after typing: the autosave did not happen (status '"
                    + tree.textOf(status) + "')");
        }
    }

    private static Visitor visitor(Session session) {
        return session.get("visitor");
    }

    private String text(String key) {
        String value = texts.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("no translation '" + key + "' in vaadin-i18n/translations.properties");
        }
        return value;
    }

    private static Properties translations() {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(KopgroepSimulation.class.getResourceAsStream(
                "/vaadin-i18n/translations.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the app's translations are not on the class path (target/classes)", e);
        }
        return properties;
    }
}
