package nl.kopgroep.knowledge;

/** What a practice is tagged with. */
public enum TagKind {
    /** A theme of the coalition agreement (its title, so it reads across municipalities). */
    THEME,
    /** A municipal role ({@link nl.kopgroep.base.MunicipalRole} name). */
    ROLE,
    /** A competency code of the programme. */
    COMPETENCY,
    /** A partner organisation involved, free text. */
    PARTNER
}
