package org.cartflow.common;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A value of the wrong type or an unknown enum constant (e.g. "marker": "EBV") is a MismatchedInputException, which
 * Quarkus REST otherwise answers with its own plain JSON body. Here it becomes problem+json naming the field, like
 * the other body errors of {@link ProblemMappers}.
 */
public class JsonInputProblemMappers {

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = field(e);
        String message = e instanceof InvalidFormatException ife && ife.getTargetType() != null
                && ife.getTargetType().isEnum()
                        ? "one of " + String.join(", ", constants(ife.getTargetType()))
                        : "not readable as the documented type";
        Problem p = new Problem(ProblemMappers.TYPE_PREFIX + "malformed-json", "Malformed request body", 400,
                "The body could not be read at '" + field + "': correct the value and send the request again.",
                uri == null ? null : "/" + uri.getPath().replaceFirst("^/", ""),
                List.of(new Problem.FieldError(field, message)), null, null);
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static List<String> constants(Class<?> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
    }

    private static String field(JsonMappingException e) {
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
