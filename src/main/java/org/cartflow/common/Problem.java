package org.cartflow.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RFC 9457 problem details, with the extension members CartFlow uses. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        List<String> ruleIds,
        List<Refusal> refusals,
        String profile,
        String profileVersion) {

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
            List<String> ruleIds, List<Refusal> refusals) {
        this(type, title, status, detail, instance, errors, ruleIds, refusals, null, null);
    }

    /** A refusal names the label profile (id, version) its course is judged under; other problems stay as they are. */
    public Problem judgedUnder(String profile, String version) {
        if (refusals == null || refusals.isEmpty() || profile == null) {
            return this;
        }
        return new Problem(type, title, status, detail, instance, errors, ruleIds, refusals, profile, version);
    }

    /** A signing step refused for an old sign-in: the UI offers "sign in again" (SignInAgain). */
    public boolean signInAgain() {
        return (ProblemMappers.TYPE_PREFIX + SignInAgain.TYPE).equals(type);
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    /** A guard's refusal: which rule, why, and whether a physician may override it. */
    public record Refusal(String ruleId, String kind, String guard, String message, boolean overridable) {
    }
}
