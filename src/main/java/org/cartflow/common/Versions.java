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
            throw ProblemException.invalid("If-Match", "must be the ETag returned by GET, for example \"3\"");
        }
        if (expected != current) {
            throw new ProblemException(409, "stale-version", "Edited concurrently",
                    "The journey is at version " + current + " but you edited version " + expected
                            + ". Reload it and decide again.",
                    null, null);
        }
    }
}
