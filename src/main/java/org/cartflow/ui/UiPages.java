package org.cartflow.ui;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cartflow.common.CommonText;
import org.cartflow.common.CurrentUser;
import org.cartflow.common.Problem;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Course;

/** What every UI page shares: the layout's data (language, user) and the API's bean validation for form input. */
@ApplicationScoped
public class UiPages {

    @Inject
    CurrentUser user;
    @Inject
    ValidatorFactory validatorFactory;

    public TemplateInstance page(Template t) {
        var locale = Texts.locale();
        return t.instance().setLocale(locale).data("lang", locale.getLanguage()).data("userName", user.name())
                .data("roles", String.join(", ", user.roles().stream().sorted().toList()));
    }

    /**
     * The same constraints the REST API applies with {@code @Valid}, as a 400 problem naming each field, the
     * constraint messages in the page's language (Hibernate Validator's own translations and ValidationMessages).
     */
    public <T> T valid(T body) {
        Locale locale = Texts.locale();
        MessageInterpolator interpolator = validatorFactory.getMessageInterpolator();
        Set<ConstraintViolation<T>> violations = validatorFactory.usingContext()
                .messageInterpolator(new MessageInterpolator() {
                    @Override
                    public String interpolate(String template, Context context) {
                        return interpolator.interpolate(template, context, locale);
                    }

                    @Override
                    public String interpolate(String template, Context context, Locale l) {
                        return interpolator.interpolate(template, context, l);
                    }
                }).getValidator().validate(body);
        if (!violations.isEmpty()) {
            List<Problem.FieldError> errors = violations.stream()
                    .map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage())).toList();
            CommonText text = Texts.of(CommonText.class);
            throw new ProblemException(400, "invalid-request", text.titleInvalidInput(), text.correctTheFields(),
                    errors, null);
        }
        return body;
    }

    /** "12" or "" from a form field; blank is null. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The hospital zone a course's times are entered and shown in. */
    @Transactional
    public ZoneId zoneOf(long courseId) {
        return Course.<Course>findByIdOptional(courseId).map(Course::zone).orElse(ZoneOffset.UTC);
    }

    /** Today's "happened at" default: now, to the minute, in the hospital's zone, as a datetime-local value. */
    public static String happenedAtDefault(Instant now, ZoneId zone) {
        return LocalDateTime.ofInstant(now, zone).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /**
     * The "happened at" a form posted, in the hospital's zone; null (the moment of submission) when the nurse left the
     * default that was shown, so a minute-truncated default never makes an entry look earlier than it was.
     */
    public static Instant happenedAt(String value, String shown, ZoneId zone) {
        String v = blankToNull(value);
        if (v == null || v.equals(blankToNull(shown))) {
            return null;
        }
        try {
            return LocalDateTime.parse(v).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("happenedAt", Texts.of(Msg.class).notADateTime());
        }
    }

    public static String ifMatch(String version) {
        return version == null || version.isBlank() ? null : "\"" + version.trim() + "\"";
    }
}
