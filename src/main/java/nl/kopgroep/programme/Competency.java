package nl.kopgroep.programme;

/** A competency of the programme, as named in content/programma.yaml. */
public record Competency(String code, String name) {
}
