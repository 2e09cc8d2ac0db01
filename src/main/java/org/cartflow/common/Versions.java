package org.cartflow.common;

/** ETag / If-Match handling for optimistic locking of a journey. */
public final class Versions {
    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** If the client sent If-Match, it must name the current version; otherwise the edit is stale (409). */
    public static void checkIfMatch(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String v = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        long expected;
        try {
            expected = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", Texts.of(CommonText.class).ifMatchNotAnEtag());
        }
        if (expected != current) {
            CommonText text = Texts.of(CommonText.class);
            throw new ProblemException(409, "stale-version", text.titleStale(), text.staleVersion(current, expected),
                    null, null);
        }
    }
}
