package nl.kopgroep.knowledge;

import java.util.Locale;

/** A peer-assist request: asked, then accepted or declined by the practice's author. */
public enum PeerAssistStatus {
    ASKED, ACCEPTED, DECLINED;

    public String labelKey() {
        return "knowledge.peerAssist.status." + name().toLowerCase(Locale.ROOT);
    }
}
