package org.cartflow.common;

import java.util.List;

/** An expected refusal of a request; rendered as application/problem+json by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final List<Problem.Refusal> refusals;

    public ProblemException(int status, String type, String title, String detail,
            List<Problem.FieldError> errors, List<Problem.Refusal> refusals) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.refusals = refusals == null ? List.of() : List.copyOf(refusals);
    }

    /** {@code what} is the kind of record in the user's language, e.g. "Bag" or "バッグ". */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", text().titleNotFound(), text().doesNotExist(what, id), null, null);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(422, "invalid-field", text().titleInvalidInput(), text().correctField(field),
                List.of(new Problem.FieldError(field, message)), null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", text().titleConflict(), detail, null, null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", text().titleForbidden(), detail, null, null);
    }

    public static ProblemException refused(String detail, List<Problem.Refusal> refusals) {
        return new ProblemException(422, "guard-refused", text().titleRefused(), detail, null, refusals);
    }

    private static CommonText text() {
        return Texts.of(CommonText.class);
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        List<String> ruleIds = refusals.stream().map(Problem.Refusal::ruleId).distinct().toList();
        return new Problem(ProblemMappers.TYPE_PREFIX + type, title, status, getMessage(), instance, errors, ruleIds,
                refusals);
    }
}
