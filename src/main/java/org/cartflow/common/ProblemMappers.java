package org.cartflow.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves the API as RFC 9457 application/problem+json: which field, which rule, what to do.
 * No stack traces or class names reach the client.
 */
public class ProblemMappers {

    public static final String TYPE_PREFIX = "urn:cartflow:problem:";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    GuardRefusalMetrics metrics;

    @Inject
    JudgedUnder judgedUnder;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Problem p = e.toProblem(path(uri)).judgedUnder(judgedUnder.profile(), judgedUnder.version());
        metrics.count(p);
        Response response = respond(p);
        if (e instanceof SignInAgain again) {
            response.getHeaders().add("WWW-Authenticate", again.challenge());
        }
        return response;
    }

    /** Quarkus throws this subtype for invalid resource parameters; mapped here so its built-in mapper does not win. */
    @ServerExceptionMapper
    public Response resourceValidation(ResteasyReactiveViolationException e, UriInfo uri) {
        return beanValidation(e, uri);
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String fields = errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", "));
        return respond(new Problem(TYPE_PREFIX + "validation", text().titleInvalidRequest(), 400,
                text().correctFields(fields), path(uri), errors, null, null));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(new Problem(TYPE_PREFIX + "unknown-field", text().titleUnknownField(), 400,
                text().unknownFieldDetail(field), path(uri),
                List.of(new Problem.FieldError(field, text().unknownField())), null, null));
    }

    /** Wrong type or enum value in the body; takes precedence over quarkus-rest-jackson's plain-JSON mapper. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException u) {
            return unknownField(u, uri);
        }
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        String detail = e.getPath().isEmpty() ? text().unreadableBodySendObject(field)
                : text().unreadableBodySendType(field);
        String message = e instanceof InvalidFormatException ife && ife.getTargetType() != null
                && ife.getTargetType().isEnum()
                        ? text().oneOf(java.util.Arrays.stream(ife.getTargetType().getEnumConstants())
                                .map(Object::toString).collect(Collectors.joining(", ")))
                        : text().notReadableAsType();
        return respond(new Problem(TYPE_PREFIX + "malformed-json", text().titleMalformedBody(), 400, detail, path(uri),
                List.of(new Problem.FieldError(field, message)), null, null));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(new Problem(TYPE_PREFIX + "malformed-json", text().titleMalformedBody(), 400,
                text().notJson(), path(uri), null, null, null));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(TYPE_PREFIX + "forbidden", text().titleForbidden(), 403,
                text().roleMayNotDoThis(), path(uri), null, null, null));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .header("Content-Language", Texts.locale().toLanguageTag())
                .entity(new Problem(TYPE_PREFIX + "unauthorized", text().titleUnauthorized(), 401,
                        text().sendValidToken(), path(uri), null, null, null))
                .build();
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response stale(RuntimeException e, UriInfo uri) {
        return respond(new Problem(TYPE_PREFIX + "stale-version", text().titleStale(), 409,
                text().editedConcurrently(), path(uri), null, null, null));
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException cve
                    && cve.getKind() == ConstraintKind.UNIQUE) {
                return respond(new Problem(TYPE_PREFIX + "conflict", text().titleConflict(), 409,
                        text().duplicate(cve.getConstraintName()), path(uri), null, null, null));
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return stale(e, uri);
            }
            cause = cause.getCause();
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof UnrecognizedPropertyException u) {
                return unknownField(u, uri);
            }
            if (c instanceof JsonMappingException m) {
                return unreadableJson(m, uri);
            }
            if (c instanceof JsonProcessingException p) {
                return malformedJson(p, uri);
            }
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        // The reason phrase is HTTP's own wording and stays English; the detail says what to do.
        String title = Response.Status.fromStatusCode(status) == null ? text().titleError()
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 404 -> text().http404();
            case 405 -> text().http405();
            case 406 -> text().http406();
            case 415 -> text().http415();
            default -> text().httpOther();
        };
        return respond(new Problem(TYPE_PREFIX + "http-" + status, title, status, detail, path(uri), null, null, null));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected error on " + path(uri), e);
        return respond(new Problem(TYPE_PREFIX + "internal", text().titleInternal(), 500, text().internal(), path(uri),
                null, null, null));
    }

    private static Response respond(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE)
                .header("Content-Language", Texts.locale().toLanguageTag()).entity(p).build();
    }

    private static CommonText text() {
        return Texts.of(CommonText.class);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // "create.arg1.birthDate" -> "birthDate"; a violation on the whole body keeps "body".
        String p = v.getPropertyPath().toString();
        String[] parts = p.split("\\.");
        if (parts.length <= 2) {
            return parts.length == 2 ? "body" : p;
        }
        return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
    }

    private static String jsonPath(JsonMappingException e) {
        if (e.getPath().isEmpty()) {
            return "body";
        }
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
