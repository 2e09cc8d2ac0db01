package org.cartflow.ui;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Set;
import org.cartflow.common.CurrentUser;
import org.cartflow.common.Problem;
import org.cartflow.common.ProblemException;

/** What every UI page shares: the layout's data (language, user) and the API's bean validation for form input. */
@ApplicationScoped
public class UiPages {

    @Inject
    CurrentUser user;
    @Inject
    Validator validator;

    public TemplateInstance page(Template t, HttpHeaders headers) {
        var locale = UiLocale.of(headers);
        return t.instance().setLocale(locale).data("lang", locale.getLanguage()).data("userName", user.name())
                .data("roles", String.join(", ", user.roles().stream().sorted().toList()));
    }

    /** The same constraints the REST API applies with {@code @Valid}, as a 400 problem naming each field. */
    public <T> T valid(T body) {
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            List<Problem.FieldError> errors = violations.stream()
                    .map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage())).toList();
            throw new ProblemException(400, "invalid-request", "Invalid input", "Correct the fields and try again.",
                    errors, null);
        }
        return body;
    }

    /** "12" or "" from a form field; blank is null. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public static String ifMatch(String version) {
        return version == null || version.isBlank() ? null : "\"" + version.trim() + "\"";
    }
}
