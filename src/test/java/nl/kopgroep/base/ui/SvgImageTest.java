package nl.kopgroep.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SvgImageTest {

    @Test
    void titleDescriptionAndTextAreEscapedAndNumbersNeverTakeTheLocalesComma() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("nl-NL"));
        try {
            String svg = SvgImage.open("svg-chart", "c", 100, 50, "xMinYMin meet", "<b>titel</b>", "a & b")
                    .text(1.5, 2, "start", 12, "#000000", "<script>alert(1)</script>")
                    .shape("<rect x=\"%.1f\" width=\"%d\"/>", 2.25, 3)
                    .toHtml().getInnerHtml();
            assertThat(svg).contains("role=\"img\"", "aria-labelledby=\"c-title c-desc\"",
                    "&lt;b&gt;titel&lt;/b&gt;", "a &amp; b", "&lt;script&gt;alert(1)&lt;/script&gt;",
                    "x=\"1.5\" y=\"2.0\"", "<rect x=\"2.3\" width=\"3\"");
            assertThat(svg).doesNotContain("<script", "1,5");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void shortenKeepsShortTextAndCutsLongTextWithAnEllipsis() {
        assertThat(SvgImage.shorten("kort", 10)).isEqualTo("kort");
        assertThat(SvgImage.shorten("een heel lange naam", 8)).isEqualTo("een hee…").hasSize(8);
    }
}
