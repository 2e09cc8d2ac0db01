package org.cartflow.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents on every operation (in a fixed order, so the committed file is stable) the RFC 9457 problem responses
 * the API really returns (see ProblemMappers), with the Problem schema, so clients can generate error handling from
 * openapi/openapi.yaml. It also corrects two schema details SmallRye gets wrong for this API (nullable enums, the
 * LocalTime example); the OpenAPI contract test (support/OpenApiContract) is what found them.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, String> PROBLEMS = new java.util.TreeMap<>(Map.of(
            "400", "Malformed or invalid request: errors[] names each field",
            "401", "No valid bearer token",
            "403", "Your role may not do this",
            "404", "No such resource",
            "409", "Edited concurrently (stale If-Match / version) or a duplicate",
            "422", "Refused by a label rule (ruleIds, refusals[]) or an invalid value (errors[])"));

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (operation.getRequestBody() != null && !responses.hasAPIResponse("415")) {
            responses.addAPIResponse("415", OASFactory.createAPIResponse()
                    .description("The body is not application/json").content(problemContent()));
        }
        for (var e : PROBLEMS.entrySet()) {
            var existing = responses.getAPIResponse(e.getKey());
            if (existing == null) {
                responses.addAPIResponse(e.getKey(), OASFactory.createAPIResponse().description(e.getValue())
                        .content(problemContent()));
            } else if (existing.getContent() == null) {
                // SmallRye adds 400/401/403 for @Valid and @RolesAllowed without a body; ours carry a problem
                existing.content(problemContent());
            }
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        Schema refusal = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("ruleId", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("kind", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("guard", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("overridable", OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN));
        Schema problem = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
                .addProperty("ruleIds", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING)))
                .addProperty("refusals", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(refusal))
                .addProperty("profile", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("with refusals: the label profile the course is judged under"))
                .addProperty("profileVersion", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("with refusals: that profile's version"));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problem);
        // SmallRye writes the LocalTime example unquoted (13:45:30.1…), which YAML 1.1 readers take for a
        // sexagesimal number and refuse: describe the format in words instead
        Schema localTime = openAPI.getComponents().getSchemas() == null ? null
                : openAPI.getComponents().getSchemas().get("LocalTime");
        if (localTime != null) {
            localTime.setExamples(null);
            localTime.setDescription("Local time of day, HH:mm or HH:mm:ss");
        }
        // an enum-typed field the server has not filled yet (a decision still open, say) is sent as null
        openAPI.getComponents().getSchemas().values().stream().filter(s -> s.getEnumeration() != null)
                .forEach(s -> {
                    List<Object> values = new ArrayList<>(s.getEnumeration());
                    values.add(null);
                    s.setEnumeration(values);
                    s.addType(Schema.SchemaType.NULL);
                });
    }

    private static Content problemContent() {
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
    }
}
