package nl.kopgroep.management;

/** A report ready to download: PDF for the college or CSV for the controller. */
public record ReportFile(String fileName, String contentType, byte[] content) {

    public enum Format {
        PDF,
        CSV
    }
}
