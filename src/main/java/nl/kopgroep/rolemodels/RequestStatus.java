package nl.kopgroep.rolemodels;

import java.util.Locale;

/** Where a request for a conversation stands. */
public enum RequestStatus {
    ASKED, ACCEPTED, DECLINED, DONE;

    public String labelKey() {
        return "roleModels.status." + name().toLowerCase(Locale.ROOT);
    }
}
