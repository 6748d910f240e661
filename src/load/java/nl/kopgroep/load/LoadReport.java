package nl.kopgroep.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Collects the response time and outcome of every request per request name, and the server time of each whole
 * journey, and writes the Markdown summary (p50/p95/p99/max per request, count, errors) next to Gatling's own HTML
 * report. Thread-safe.
 */
public final class LoadReport {

    private final Map<String, List<Long>> times = new LinkedHashMap<>();
    private final Map<String, Long> errors = new LinkedHashMap<>();
    private final Map<String, String> firstError = new TreeMap<>();
    private final Map<String, List<Long>> journeys = new LinkedHashMap<>();
    final AtomicLong entriesSaved = new AtomicLong();
    final AtomicLong checkInsSaved = new AtomicLong();
    final AtomicLong feedbackSent = new AtomicLong();

    public synchronized void request(String name, long millis, boolean ok, String error) {
        times.computeIfAbsent(name, n -> new ArrayList<>()).add(millis);
        if (!ok) {
            errors.merge(name, 1L, Long::sum);
            if (error != null) {
                firstError.putIfAbsent(name, error);
            }
        }
    }

    public synchronized void journey(String persona, long millis) {
        journeys.computeIfAbsent(persona, p -> new ArrayList<>()).add(millis);
    }

    public synchronized long errors() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    public synchronized long requests() {
        return times.values().stream().mapToLong(List::size).sum();
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    public synchronized String markdown(LoadConfig config, Instant start, Instant end, LoadDatabase.Written written,
                                        List<String> problems) {
        StringBuilder out = new StringBuilder();
        out.append("# Load test `").append(config.scenario()).append("`\n\n");
        out.append(config).append(".\n\n");
        out.append(String.format(Locale.ROOT, "Started %s, took %d s; %d requests, %d errors.%n%n", start,
                Duration.between(start, end).toSeconds(), requests(), errors()));
        out.append("| request | count | errors | p50 ms | p95 ms | p99 ms | max ms |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        List<Long> all = new ArrayList<>();
        times.forEach((name, list) -> {
            List<Long> sorted = new ArrayList<>(list);
            Collections.sort(sorted);
            all.addAll(sorted);
            row(out, name, sorted, errors.getOrDefault(name, 0L));
        });
        Collections.sort(all);
        row(out, "**all requests**", all, errors());
        if (!journeys.isEmpty()) {
            out.append("\nServer time of one whole journey (the sum of its response times, sign-in included when the "
                    + "journey signs in):\n\n| journey | count | p50 ms | p95 ms | max ms | each ms |\n|---|---:|---:|---:|---:|---|\n");
            journeys.forEach((persona, list) -> {
                List<Long> sorted = new ArrayList<>(list);
                Collections.sort(sorted);
                out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %s |%n", persona, sorted.size(),
                        percentile(sorted, 50), percentile(sorted, 95), sorted.getLast(),
                        list.size() <= 10 ? list.toString() : "…"));
            });
        }
        out.append(String.format(Locale.ROOT, "%nVerified in the database: %d journal entries (%d saved by the users), "
                        + "%d check-ins (%d), %d feedback messages (%d).%n", written.entries(), entriesSaved.get(),
                written.checkIns(), checkInsSaved.get(), written.feedback(), feedbackSent.get()));
        if (!firstError.isEmpty()) {
            out.append("\nFirst error per request:\n\n");
            firstError.forEach((name, error) -> out.append("- ").append(name).append(": ").append(error).append('\n'));
        }
        out.append(problems.isEmpty() && errors() == 0 ? "\nResult: **passed**.\n" : "\nResult: **FAILED**\n\n");
        if (errors() > 0) {
            out.append("- ").append(errors()).append(" requests failed\n");
        }
        problems.forEach(problem -> out.append("- ").append(problem).append('\n'));
        return out.toString();
    }

    private static void row(StringBuilder out, String name, List<Long> sorted, long errors) {
        out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d |%n", name, sorted.size(), errors,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.getLast()));
    }

    public static Path write(String scenario, String markdown) {
        try {
            Path folder = Path.of("target", "load");
            Files.createDirectories(folder);
            Path file = folder.resolve(scenario + "-summary.md");
            Files.writeString(file, markdown);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the load-test summary: " + e.getMessage(), e);
        }
    }
}
