package org.cartflow.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks every request a test sends through {@link Api} and every response it gets against the committed
 * openapi/openapi.yaml (Atlassian's swagger-request-validator), so the file clients generate from cannot drift
 * from what the API really accepts and returns. A request the server refused (4xx) is expected to break the
 * contract—many tests send bad input on purpose—so for those only the response (the problem+json) is checked.
 */
public final class OpenApiContract implements Filter {

    public static final OpenApiContract FILTER = new OpenApiContract();

    // swagger-request-validator 2.46 reads a query parameter of OpenAPI 3.1 `type: array` (GET /schedule?type=…)
    // as a JSON document and reports it unparseable; the values themselves are still checked by the server
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(Path.of("openapi", "openapi.yaml").toUri().toString())
            .withLevelResolver(LevelResolver.create()
                    .withLevel("validation.request.parameter.schema.invalidJson", ValidationReport.Level.IGNORE).build())
            .build();

    private OpenApiContract() {
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        boolean refused = response.statusCode() >= 400;
        List<ValidationReport.Message> errors = VALIDATOR
                .validate(RestAssuredRequest.of(request), RestAssuredResponse.of(response)).getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !(refused && m.getKey().startsWith("validation.request")))
                .toList();
        if (!errors.isEmpty()) {
            throw new AssertionError("OpenAPI contract broken by " + request.getMethod() + " " + request.getURI()
                    + " -> " + response.statusCode() + ":\n" + errors.stream()
                            .map(m -> "- [" + m.getKey() + "] " + m.getMessage()).collect(Collectors.joining("\n"))
                    + "\nresponse: " + abbreviate(response.asString()));
        }
        return response;
    }

    private static String abbreviate(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
}
