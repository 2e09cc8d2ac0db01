package org.cartflow.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;

/**
 * The message bundles (Qute {@code @MessageBundle} interfaces, one per stage) in the language of the current
 * request: the UI's "lang" cookie set by its switch, else the first of Japanese or English in Accept-Language, else
 * English. Guards, services and exceptions all word their messages through it, so a refusal reads in the user's
 * language on the API and the UI alike.
 *
 * <p>Static because the language is ambient to the request (like the security identity) and exceptions are built
 * outside beans; outside an HTTP request (start-up, tests calling a bean directly) it is English, and without a
 * container at all (a plain unit test of a value class) the English templates are filled in directly.
 */
public final class Texts {

    public static final Locale JAPANESE = Locale.JAPANESE;
    private static final List<Locale> OFFERED = List.of(Locale.JAPANESE, Locale.ENGLISH);

    private Texts() {
    }

    public static <T> T of(Class<T> bundle) {
        if (Arc.container() == null) {
            return EnglishWithoutContainer.of(bundle);
        }
        return isJapanese() ? MessageBundles.get(bundle, Localized.Literal.of("ja")) : MessageBundles.get(bundle);
    }

    public static boolean isJapanese() {
        return JAPANESE.getLanguage().equals(locale().getLanguage());
    }

    public static Locale locale() {
        RoutingContext request = currentRequest();
        return request == null ? Locale.ENGLISH : of(request);
    }

    static Locale of(RoutingContext request) {
        Cookie cookie = request.request().getCookie("lang");
        if (cookie != null) {
            return "ja".equals(cookie.getValue()) ? JAPANESE : Locale.ENGLISH;
        }
        return fromAcceptLanguage(request.request().getHeader("Accept-Language"));
    }

    /** The first offered language the header accepts, in the header's order of preference. */
    static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                Locale match = Locale.lookup(List.of(range), OFFERED);
                if (match != null) {
                    return match;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
        return Locale.ENGLISH;
    }

    private static RoutingContext currentRequest() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return null;
        }
        var current = container.instance(CurrentVertxRequest.class);
        return current.isAvailable() ? current.get().getCurrent() : null;
    }
}
