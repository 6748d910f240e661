package nl.kopgroep.privacy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.kopgroep.base.Messages;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a person's data as a zip: one JSON file per kind (machine-readable, for taking it elsewhere)
 * and {@code overzicht.html}, the same data readable in any browser. Rows go straight from the
 * database to the stream; every text in the page is escaped, so nothing in it can run.
 */
final class ZipExport implements PersonalDataExport {

    private static final JsonMapper JSON = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private record Kind(String key, Rows rows) {
    }

    private final List<Kind> kinds = new ArrayList<>();
    private final Locale locale;
    private final DateTimeFormatter moments;
    private final DateTimeFormatter dates;

    ZipExport(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    @Override
    public void add(String kind, Rows rows) {
        kinds.add(new Kind(kind, rows));
    }

    List<String> kinds() {
        return kinds.stream().map(Kind::key).toList();
    }

    void write(OutputStream target, String personName, Instant at) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        OutputStream entry = new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        for (Kind kind : kinds) {
            zip.putNextEntry(new ZipEntry("json/" + kind.key() + ".json"));
            writeJson(entry, kind);
            zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry("overzicht.html"));
        Writer html = new OutputStreamWriter(entry, StandardCharsets.UTF_8);
        writeHtml(html, personName, at);
        html.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    private void writeJson(OutputStream out, Kind kind) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            kind.rows().forEach(row -> {
                json.writeStartObject();
                row.forEach((name, value) -> {
                    json.writeName(name);
                    if (value == null) {
                        json.writeNull();
                    } else if (value instanceof Boolean b) {
                        json.writeBoolean(b);
                    } else if (value instanceof Long || value instanceof Integer) {
                        json.writeNumber(((Number) value).longValue());
                    } else if (value instanceof BigDecimal d) {
                        json.writeNumber(d);
                    } else {
                        json.writeString(value.toString());
                    }
                });
                json.writeEndObject();
            });
            json.writeEndArray();
        }
    }

    private void writeHtml(Writer out, String personName, Instant at) throws IOException {
        String title = Messages.text("privacy.export.title", locale, personName);
        out.write("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
                + "<title>" + esc(title) + "</title><style>body{font-family:sans-serif;max-width:60rem;margin:auto;padding:1rem}"
                + "dt{font-weight:bold}dd{white-space:pre-wrap;margin:0 0 .5rem 1rem}section{border-top:1px solid #999}"
                + "</style></head><body>\n<h1>" + esc(title) + "</h1>\n<p>"
                + esc(Messages.text("privacy.export.intro", locale, moments.format(at))) + "</p>\n<nav><ul>");
        for (Kind kind : kinds) {
            out.write("<li><a href=\"#" + esc(kind.key()) + "\">" + esc(kindTitle(kind.key())) + "</a></li>");
        }
        out.write("</ul></nav>\n");
        for (Kind kind : kinds) {
            out.write("<h2 id=\"" + esc(kind.key()) + "\">" + esc(kindTitle(kind.key())) + "</h2>\n");
            int[] count = {0};
            kind.rows().forEach(row -> {
                try {
                    count[0]++;
                    out.write("<section><dl>");
                    for (Map.Entry<String, @Nullable Object> field : row.entrySet()) {
                        out.write("<dt>" + esc(fieldLabel(field.getKey())) + "</dt><dd>" + esc(format(field.getValue()))
                                + "</dd>");
                    }
                    out.write("</dl></section>\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (count[0] == 0) {
                out.write("<p>" + esc(Messages.text("privacy.export.none", locale)) + "</p>\n");
            }
        }
        out.write("</body></html>\n");
    }

    private String kindTitle(String kind) {
        String key = "privacy.kind." + kind;
        return Messages.exists(key) ? Messages.text(key, locale) : kind;
    }

    private String fieldLabel(String field) {
        String key = "privacy.field." + field;
        return Messages.exists(key) ? Messages.text(key, locale) : field;
    }

    private String format(@Nullable Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Instant instant) {
            return moments.format(instant);
        }
        if (value instanceof LocalDate date) {
            return dates.format(date);
        }
        if (value instanceof Boolean b) {
            return Messages.text(b ? "privacy.export.yes" : "privacy.export.no", locale);
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static String esc(String text) {
        return Entities.escape(text);
    }
}
