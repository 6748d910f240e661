package nl.kopgroep.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.PendingJavaScriptResult;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The editors' copy of what is being typed (the journal's entry, the kennisbank's practice), kept in the browser
 * for when the server cannot be reached. It lives in {@code sessionStorage} (one tab, gone when the tab or browser closes) under
 * {@value #PREFIX}{@code <person>-<entry>}, is removed at sign-out, and when someone else signs in
 * in the same tab, so it never outlives the session on a shared municipal PC (issue 11). Older
 * versions kept it in {@code localStorage}; those copies are removed the same way.
 */
public final class BrowserCopies {

    /** Every key starts with this; nothing else of ours is stored in the browser. */
    public static final String PREFIX = "kopgroep-dagboek-";

    private static final String REMOVE = """
            const prefix = $0, keep = $1;
            for (const storage of [window.sessionStorage, window.localStorage]) {
              for (const key of Object.keys(storage)) {
                if (key.startsWith(prefix) && (keep === '' || !key.startsWith(keep))) {
                  storage.removeItem(key);
                }
              }
            }
            """;

    private BrowserCopies() {
    }

    private static final String KEEP = """
            const key = $0, area = this, shown = $1;
            const saved = sessionStorage.getItem(key);
            if (saved !== null && saved !== shown && saved.trim() !== '') {
              area.value = saved;
              // Let the server hear about it as if typed, so it is saved there too.
              area.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
              area.dispatchEvent(new Event('change', {bubbles: true, composed: true}));
            }
            if (!area.__kopgroepCopy) {
              area.__kopgroepCopy = true;
              area.addEventListener('input', () => sessionStorage.setItem(key, area.value));
            }
            """;

    /**
     * Keeps a copy of the field's text under this key while typing; a copy that differs from what the server shows
     * (newer: typed while the server could not be reached) is put back and sent to the server as if typed.
     */
    public static void keep(TextArea area, String key) {
        area.getElement().executeJs(KEEP, key, area.getValue());
    }

    /** Removes one copy (after a save or discard). */
    public static void clear(Component anywhere, String key) {
        anywhere.getElement().executeJs("sessionStorage.removeItem($0)", key);
    }

    /** The key of one person's copy of one entry ("new" for an entry not yet saved). */
    public static String key(long person, String entry) {
        return PREFIX + person + "-" + entry;
    }

    /** Removes every copy in this browser tab, of anyone: at sign-out, before the session ends. */
    public static PendingJavaScriptResult removeAll(UI ui) {
        return ui.getPage().executeJs(REMOVE, PREFIX, "");
    }

    /** Removes the copies of everyone but the signed-in person (who may be back after a time-out), and any left in localStorage. */
    public static void removeOthers(UI ui, long signedIn) {
        ui.getPage().executeJs(REMOVE, PREFIX, PREFIX + signedIn + "-");
        ui.getPage().executeJs("""
                for (const key of Object.keys(window.localStorage)) {
                  if (key.startsWith($0)) { window.localStorage.removeItem(key); }
                }""", PREFIX);
    }
}
