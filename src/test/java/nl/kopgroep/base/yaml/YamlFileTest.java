package nl.kopgroep.base.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** YAML aliases are refused before anything is expanded: no "billion laughs", and a precise line. */
class YamlFileTest {

    static final String BILLION_LAUGHS = """
            a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
            i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
            """;

    private final List<String> problems = new ArrayList<>();
    private final YamlFile yaml = new YamlFile(2, (line, key, arguments) -> problems.add(line + ":" + key));

    @Test
    void aBillionLaughsDocumentIsRefusedAtItsFirstAlias() {
        assertThat(yaml.parse(BILLION_LAUGHS)).isNull();
        assertThat(problems).containsExactly("4:yaml.alias");
    }

    @Test
    void evenOneSmallAliasIsRefusedWithItsLine() {
        assertThat(yaml.parse("""
                thema: &t Wonen
                ander:
                  titel: *t
                """)).isNull();
        assertThat(problems).containsExactly("5:yaml.alias");
    }

    @Test
    void aRecursiveKeyIsRefused() {
        assertThat(yaml.parse("&k { *k : waarde }\n")).isNull();
        assertThat(problems).singleElement().asString().startsWith("3:");
    }

    @Test
    void plainYamlStillReads() {
        assertThat(yaml.parse("titel: Wonen & werken *samen*\n")).isNotNull();
        assertThat(problems).isEmpty();
    }
}
