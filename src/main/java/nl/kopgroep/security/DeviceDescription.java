package nl.kopgroep.security;

import org.jspecify.annotations.Nullable;

/**
 * A short, language-neutral description of a browser from its User-Agent ("Firefox, Windows"), enough for a
 * person to recognise their own devices. Only this is stored, never the full header (data minimisation).
 */
final class DeviceDescription {

    private DeviceDescription() {
    }

    static String of(@Nullable String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "?";
        }
        return browser(userAgent) + ", " + system(userAgent);
    }

    private static String browser(String ua) {
        // Order matters: Edge and Opera also say Chrome, Chrome also says Safari.
        if (ua.contains("Edg/") || ua.contains("Edge/")) {
            return "Edge";
        }
        if (ua.contains("OPR/") || ua.contains("Opera")) {
            return "Opera";
        }
        if (ua.contains("Firefox/") || ua.contains("FxiOS/")) {
            return "Firefox";
        }
        if (ua.contains("Chrome/") || ua.contains("Chromium/") || ua.contains("CriOS/")) {
            return "Chrome";
        }
        if (ua.contains("Safari/")) {
            return "Safari";
        }
        return "?";
    }

    private static String system(String ua) {
        if (ua.contains("iPhone") || ua.contains("iPad")) {
            return "iOS";
        }
        if (ua.contains("Android")) {
            return "Android";
        }
        if (ua.contains("Windows")) {
            return "Windows";
        }
        if (ua.contains("Mac OS X") || ua.contains("Macintosh")) {
            return "macOS";
        }
        if (ua.contains("CrOS")) {
            return "ChromeOS";
        }
        if (ua.contains("Linux")) {
            return "Linux";
        }
        return "?";
    }
}
