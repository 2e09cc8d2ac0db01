package org.cartflow.ui;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The UI language: the "lang" cookie set by the switch, else the browser's Accept-Language (ja or en). */
final class UiLocale {
    static final Locale JA = Locale.JAPANESE;

    private UiLocale() {
    }

    static Locale of(HttpHeaders headers) {
        var cookie = headers.getCookies().get("lang");
        if (cookie != null) {
            return "ja".equals(cookie.getValue()) ? JA : Locale.ENGLISH;
        }
        for (Locale l : headers.getAcceptableLanguages()) {
            if ("ja".equals(l.getLanguage())) {
                return JA;
            }
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }
}
