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

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Problem p = e.toProblem(path(uri));
        metrics.count(p);
        return respond(p);
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
        return respond(new Problem(TYPE_PREFIX + "validation", "Invalid request", 400,
                "Correct these fields and send the request again: " + fields + ".", path(uri), errors, null, null));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(new Problem(TYPE_PREFIX + "unknown-field", "Unknown field", 400,
                "The field '" + field + "' is not part of this request; remove or correct it.", path(uri),
                List.of(new Problem.FieldError(field, "unknown field")), null, null));
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
        String expected = e.getPath().isEmpty() ? "a JSON object" : "a value of the documented type";
        String message = e instanceof InvalidFormatException ife && ife.getTargetType() != null
                && ife.getTargetType().isEnum()
                        ? "one of " + java.util.Arrays.stream(ife.getTargetType().getEnumConstants())
                                .map(Object::toString).collect(Collectors.joining(", "))
                        : "not readable as the documented type";
        return respond(new Problem(TYPE_PREFIX + "malformed-json", "Malformed request body", 400,
                "The body could not be read at '" + field + "': send " + expected + ".", path(uri),
                List.of(new Problem.FieldError(field, message)), null, null));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(new Problem(TYPE_PREFIX + "malformed-json", "Malformed request body", 400,
                "The body is not valid JSON; check quotes, commas and brackets.", path(uri), null, null, null));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(TYPE_PREFIX + "forbidden", "Forbidden", 403,
                "Your role may not do this. Ask a user with the right role.", path(uri), null, null, null));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(new Problem(TYPE_PREFIX + "unauthorized", "Unauthorized", 401,
                        "Send a valid bearer token from the hospital's identity provider.", path(uri), null, null, null))
                .build();
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response stale(RuntimeException e, UriInfo uri) {
        return respond(new Problem(TYPE_PREFIX + "stale-version", "Edited concurrently", 409,
                "Someone else changed this journey at the same time. Reload it and decide again.", path(uri), null, null,
                null));
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException cve
                    && cve.getKind() == ConstraintKind.UNIQUE) {
                return respond(new Problem(TYPE_PREFIX + "conflict", "Conflict", 409,
                        "This would duplicate an existing record (" + cve.getConstraintName() + ").", path(uri), null, null,
                        null));
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
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No resource at this path. Check the URL and the identifier.";
            case 405 -> "This method is not allowed on this path.";
            case 406 -> "Ask for application/json.";
            case 415 -> "Send the body as application/json.";
            default -> "The request could not be processed as sent.";
        };
        return respond(new Problem(TYPE_PREFIX + "http-" + status, title, status, detail, path(uri), null, null, null));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected error on " + path(uri), e);
        return respond(new Problem(TYPE_PREFIX + "internal", "Internal error", 500,
                "The request failed inside CartFlow and nothing was saved. Report the time and path to IT.", path(uri),
                null, null, null));
    }

    private static Response respond(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
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
