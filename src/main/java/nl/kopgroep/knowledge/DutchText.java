package nl.kopgroep.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Dutch text turned into stems with Lucene's {@link DutchAnalyzer} (lower case, Dutch stop words out, Snowball's
 * Dutch stemmer), so "samenwerking", "samenwerken" and "samenwerkingen" are all {@code samenwerk} (DD014). The stems
 * go into {@code practice.search_text} and a query is stemmed the same way, so MariaDB's FULLTEXT index matches
 * stems with stems. Only the analyser is used; there is no Lucene index.
 */
final class DutchText {

    /** InnoDB's default innodb_ft_min_token_size: shorter words are not in the index. */
    static final int MIN_TOKEN = 3;
    private static final int MAX_QUERY_TERMS = 12;
    private static final Analyzer ANALYZER = new DutchAnalyzer();

    private DutchText() {
    }

    /** The stems of a text in order, separated by spaces. */
    static String stems(String text) {
        return String.join(" ", tokens(text));
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(alternation(term.toString()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /**
     * Snowball's Dutch stemmer leaves the z/s and v/f alternation ("huizen" → {@code huiz}, "huis" → {@code huis};
     * "brieven" → {@code briev}, "brief" → {@code brief}); a final z becomes s and a final v becomes f, in the text
     * and in the query alike, so "dorpshuizen" finds "dorpshuis".
     */
    static String alternation(String stem) {
        if (stem.length() > 3 && stem.endsWith("z")) {
            return stem.substring(0, stem.length() - 1) + "s";
        }
        if (stem.length() > 3 && stem.endsWith("v")) {
            return stem.substring(0, stem.length() - 1) + "f";
        }
        return stem;
    }

    /**
     * A BOOLEAN MODE query for what someone typed: every stem required, each also as a prefix (so a stem matches
     * the start of a compound: {@code samenwerk*} finds "samenwerkingsverband"); empty when nothing is left.
     */
    static String booleanQuery(String typed) {
        return queryStems(typed).stream().map(stem -> "+" + stem + "*").collect(Collectors.joining(" "));
    }

    /** The distinct stems of a query that the index can hold, at most twelve. */
    static List<String> queryStems(String typed) {
        Set<String> stems = new LinkedHashSet<>();
        for (String token : tokens(typed)) {
            String clean = token.replaceAll("[^\\p{L}\\p{N}]", "");
            if (clean.length() >= MIN_TOKEN) {
                stems.add(clean);
            }
            if (stems.size() == MAX_QUERY_TERMS) {
                break;
            }
        }
        return List.copyOf(stems);
    }

    /** The most frequent stems of a text (for "vergelijkbare praktijken"), as a natural-language query. */
    static String characteristicTerms(String stems, int limit) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (String stem : stems.split(" ")) {
            String clean = stem.replaceAll("[^\\p{L}\\p{N}]", "");
            if (clean.length() >= 4) {
                counts.merge(clean, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(limit).map(java.util.Map.Entry::getKey).collect(Collectors.joining(" "));
    }
}
