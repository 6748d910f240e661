package nl.kopgroep.management;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.time.ZoneId;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The report as a PDF for the college: PDF/UA-1 (tagged, in reading order, with language, title
 * and header cells) and PDF/A-2u for the archive, rendered from {@link ReportHtml}. PDF/UA and PDF/A
 * both demand embedded fonts, so the report brings Liberation Sans (SIL Open Font License) from the
 * classpath instead of relying on the viewer's Helvetica.
 */
final class ReportPdf {

    private static final String FONTS = "/liberation/";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private ReportPdf() {
    }

    static byte[] write(Report report, ZoneId zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U)
                .useColorProfile(SRGB)
                .withProducer("Kopgroep")
                .withHtmlContent(ReportHtml.of(report, zone), null)
                .toStream(out);
        font(builder, "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL);
        font(builder, "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL);
        font(builder, "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC);
        font(builder, "LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> open(FONTS + file), ReportHtml.FONT, weight, style, true);
    }

    private static InputStream open(String resource) {
        InputStream in = ReportPdf.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Font missing from the classpath: " + resource);
        }
        return in;
    }
}
