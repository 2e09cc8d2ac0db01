package org.cartflow.security;

import static io.restassured.RestAssured.given;
import static org.cartflow.support.Api.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cartflow.common.Role;
import org.cartflow.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Role x endpoint: every role is tried on every endpoint with a real signed token. A role outside the endpoint's
 * list gets 403 (problem+json); a role inside it is let through (any status but 401/403). No token: 401.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final Set<String> CLINICAL = Set.of(Role.COORDINATOR, Role.PHARMACIST, Role.NURSE, Role.PHYSICIAN);
    private static final Set<String> ALL = Set.copyOf(Role.ALL);
    private static final Set<String> RECORDERS = Set.of(Role.COORDINATOR, Role.PHYSICIAN);

    record Endpoint(String method, String path, Object body, Set<String> allowed) {
    }

    static List<Endpoint> endpoints(long patient, long course) {
        String c = "/courses/" + course;
        String e = c + "/eligibility/";
        Map<String, Object> empty = Map.of();
        List<Endpoint> list = new ArrayList<>();
        list.add(new Endpoint("GET", "/rules", null, ALL));
        list.add(new Endpoint("GET", "/rules/steps", null, ALL));
        list.add(new Endpoint("POST", "/patients", patientBody(newMrn(), "MALE"), RECORDERS));
        list.add(new Endpoint("GET", "/patients", null, CLINICAL));
        list.add(new Endpoint("GET", "/patients/" + patient, null, CLINICAL));
        list.add(new Endpoint("POST", "/patients/" + patient + "/courses", null, RECORDERS));
        list.add(new Endpoint("GET", "/courses", null, CLINICAL));
        list.add(new Endpoint("GET", c, null, CLINICAL));
        list.add(new Endpoint("POST", c + "/transitions", Map.of("transition", "no-such-step"),
                Set.of(Role.COORDINATOR, Role.NURSE, Role.PHYSICIAN)));
        list.add(new Endpoint("GET", c + "/audit", null, ALL));
        list.add(new Endpoint("GET", c + "/signatures", null, ALL));
        list.add(new Endpoint("GET", "/label-profiles", null, ALL));
        list.add(new Endpoint("POST", c + "/label-profile", empty, Set.of(Role.PHYSICIAN)));
        list.add(new Endpoint("GET", "/audit/verification", null, Set.of(Role.ADMIN)));
        list.add(new Endpoint("POST", "/audit/verification", empty, Set.of(Role.ADMIN)));
        list.add(new Endpoint("POST", "/audit/checkpoints", null, Set.of(Role.ADMIN)));
        list.add(new Endpoint("GET", "/audit/checkpoints/latest", null, Set.of(Role.ADMIN)));
        list.add(new Endpoint("GET", "/audit/access?patient=" + patient, null, Set.of(Role.ADMIN)));
        list.add(new Endpoint("GET", "/audit/access/break-glass", null, Set.of(Role.ADMIN)));
        list.add(new Endpoint("GET", c + "/eligibility", null, CLINICAL));
        for (String put : List.of("site-qualification", "diagnosis", "ecog", "pregnancy-status", "hypersensitivity",
                "consent")) {
            list.add(new Endpoint("PUT", e + put, empty, RECORDERS));
        }
        list.add(new Endpoint("POST", e + "pregnancy-benefit-risk", empty, Set.of(Role.PHYSICIAN)));
        list.add(new Endpoint("POST", e + "therapy-lines", empty, RECORDERS));
        list.add(new Endpoint("POST", e + "therapy-lines/1/retraction", empty, RECORDERS));
        String ld = c + "/lymphodepletion/";
        list.add(new Endpoint("GET", c + "/lymphodepletion", null, CLINICAL));
        list.add(new Endpoint("GET", ld + "calculation", null, CLINICAL));
        list.add(new Endpoint("POST", ld + "assessments", empty, Set.of(Role.PHYSICIAN, Role.NURSE)));
        list.add(new Endpoint("POST", ld + "orders", empty, Set.of(Role.PHYSICIAN)));
        list.add(new Endpoint("POST", ld + "orders/1/verification", null, Set.of(Role.PHARMACIST)));
        list.add(new Endpoint("POST", ld + "orders/1/rejection", empty, Set.of(Role.PHARMACIST)));
        list.add(new Endpoint("POST", ld + "orders/1/plan-moves", empty, Set.of(Role.COORDINATOR, Role.PHYSICIAN)));
        list.add(new Endpoint("POST", ld + "administrations", empty, Set.of(Role.NURSE)));
        list.add(new Endpoint("GET", "/lymphodepletion/verification-queue", null, Set.of(Role.PHARMACIST, Role.PHYSICIAN)));
        String m = c + "/monitoring";
        Set<String> bedside = Set.of(Role.NURSE, Role.PHYSICIAN);
        list.add(new Endpoint("GET", m, null, CLINICAL));
        list.add(new Endpoint("GET", m + "/follow-up", null, CLINICAL));
        list.add(new Endpoint("POST", m + "/assessments", empty, bedside));
        list.add(new Endpoint("POST", m + "/interventions", empty, bedside));
        list.add(new Endpoint("PUT", m + "/tocilizumab-stock", empty, Set.of(Role.NURSE, Role.PHARMACIST)));
        list.add(new Endpoint("PUT", m + "/discharge-record", empty, bedside));
        list.add(new Endpoint("POST", m + "/missed-days", empty, Set.of(Role.PHYSICIAN)));
        list.add(new Endpoint("POST", m + "/labs", empty, bedside));
        list.add(new Endpoint("POST", m + "/responses", empty, RECORDERS));
        list.add(new Endpoint("POST", m + "/secondary-malignancies", empty, RECORDERS));
        String pr = c + "/product/";
        Set<String> pharmacy = Set.of(Role.PHARMACIST, Role.COORDINATOR);
        list.add(new Endpoint("GET", c + "/product", null, CLINICAL));
        list.add(new Endpoint("POST", pr + "receipt", empty, pharmacy));
        list.add(new Endpoint("POST", pr + "storage", empty, pharmacy));
        list.add(new Endpoint("POST", pr + "temperature-readings", empty,
                Set.of(Role.PHARMACIST, Role.COORDINATOR, Role.NURSE)));
        list.add(new Endpoint("POST", pr + "excursions/1/decision", empty, Set.of(Role.PHYSICIAN)));
        String inf = c + "/infusion";
        list.add(new Endpoint("GET", inf, null, CLINICAL));
        list.add(new Endpoint("POST", inf + "/readiness", empty, bedside));
        list.add(new Endpoint("POST", inf + "/premedication", empty, bedside));
        for (String step : List.of("identity-check", "identity-cosign", "inspection", "thaw-start", "thaw-complete",
                "line-setup", "bedside-identity-check", "bedside-identity-cosign", "infusion-start", "infusion-end", "back-prime", "disposal")) {
            list.add(new Endpoint("POST", inf + "/bags/1/" + step, empty, bedside));
        }
        list.add(new Endpoint("POST", inf + "/bags/1/not-infusable", empty, Set.of(Role.PHYSICIAN)));
        list.add(new Endpoint("POST", inf + "/deviations/1/review", empty, Set.of(Role.PHYSICIAN)));
        list.add(new Endpoint("POST", inf + "/delay", empty, Set.of(Role.PHYSICIAN)));
        // personal calendar feeds (the .ics URL itself takes no token: its secret is the credential)
        list.add(new Endpoint("POST", "/schedule/feeds", null, CLINICAL));
        list.add(new Endpoint("GET", "/schedule/feeds", null, CLINICAL));
        list.add(new Endpoint("DELETE", "/schedule/feeds/1", null, CLINICAL));
        // FHIR R4 (metadata and the CodeSystem are public, as FHIR servers publish them)
        list.add(new Endpoint("GET", "/fhir/Patient/" + patient, null, CLINICAL));
        list.add(new Endpoint("GET", "/fhir/Patient?identifier=authorisation-matrix", null, CLINICAL));
        list.add(new Endpoint("GET", "/fhir/EpisodeOfCare/" + course, null, CLINICAL));
        list.add(new Endpoint("GET", "/fhir/EpisodeOfCare?patient=" + patient, null, CLINICAL));
        list.add(new Endpoint("GET", "/fhir/Procedure/infusion-" + course, null, CLINICAL));
        list.add(new Endpoint("GET", "/fhir/Procedure?patient=" + patient, null, CLINICAL));
        list.add(new Endpoint("GET", "/fhir/Flag/" + course + "-post-infusion-liver-and-viral-monitoring", null,
                CLINICAL));
        list.add(new Endpoint("GET", "/fhir/Flag?patient=" + patient, null, CLINICAL));
        list.add(new Endpoint("GET", "/fhir/BiologicallyDerivedProduct/1", null, CLINICAL));
        list.add(new Endpoint("GET", "/fhir/Observation/1-heart-rate", null, CLINICAL));
        list.add(new Endpoint("GET", "/fhir/Observation?patient=" + patient, null, CLINICAL));
        list.add(new Endpoint("GET", "/fhir/MedicationRequest/1-fludarabine", null, CLINICAL));
        list.add(new Endpoint("GET", "/fhir/MedicationRequest?patient=" + patient, null, CLINICAL));
        list.add(new Endpoint("GET", "/fhir/MedicationAdministration/ld-1", null, CLINICAL));
        list.add(new Endpoint("GET", "/fhir/MedicationAdministration?patient=" + patient, null, CLINICAL));
        list.add(new Endpoint("GET", "/fhir/Consent/treatment-1", null, CLINICAL));
        list.add(new Endpoint("GET", "/fhir/Consent?patient=" + patient, null, CLINICAL));
        list.add(new Endpoint("GET", "/fhir/CarePlan/" + course, null, CLINICAL));
        list.add(new Endpoint("GET", "/fhir/CarePlan?patient=" + patient, null, CLINICAL));
        list.add(new Endpoint("GET", "/fhir/Provenance/1", null, CLINICAL));
        list.add(new Endpoint("GET", "/fhir/Provenance?patient=" + patient, null, CLINICAL));
        list.add(new Endpoint("GET", "/fhir/AuditEvent/1", null, CLINICAL));
        list.add(new Endpoint("GET", "/fhir/AuditEvent?patient=" + patient, null, CLINICAL));
        list.add(new Endpoint("POST", "/fhir/Observation", empty, bedside));
        list.add(new Endpoint("POST", "/fhir", empty, bedside));
        list.add(new Endpoint("PUT", "/fhir/Patient?identifier=authorisation-matrix", empty, RECORDERS));
        list.add(new Endpoint("GET", "/patients/" + patient + "/demographic-changes", null, CLINICAL));
        list.add(new Endpoint("POST", "/patients/" + patient + "/demographic-changes/1/decision", empty,
                Set.of(Role.COORDINATOR)));
        Set<String> readers = Set.of(Role.COORDINATOR, Role.PHYSICIAN, Role.PHARMACIST);
        list.add(new Endpoint("GET", "/surveillance/export?purpose=authorisation+matrix+test", null, readers));
        list.add(new Endpoint("GET", "/surveillance/export.csv?purpose=authorisation+matrix+test", null, readers));
        list.add(new Endpoint("GET", "/surveillance/summary", null, readers));
        // without Prefer: respond-async a permitted role's kick-off is a 400 and starts nothing
        list.add(new Endpoint("GET", "/fhir/$export?purpose=authorisation+matrix+test", null, readers));
        list.add(new Endpoint("GET", "/fhir/bulk-export/00000000-0000-0000-0000-000000000000", null, readers));
        list.add(new Endpoint("GET", "/fhir/bulk-export/00000000-0000-0000-0000-000000000000/Patient.ndjson", null,
                readers));
        list.add(new Endpoint("DELETE", "/fhir/bulk-export/00000000-0000-0000-0000-000000000000", null, readers));
        return list;
    }

    private static Response call(Endpoint ep, String token) {
        var spec = given().contentType(ContentType.JSON).accept(ContentType.JSON);
        if (token != null) {
            spec = spec.auth().oauth2(token);
        }
        if (ep.body() != null) {
            spec = spec.body(ep.body());
        }
        return spec.request(ep.method(), ep.path());
    }

    @Test
    void everyRoleOnEveryEndpoint() {
        long patient = newPatient("MALE");
        long course = newCourse(patient);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Endpoint ep : endpoints(patient, course)) {
            for (String role : Role.ALL) {
                Response r = call(ep, Tokens.forRole(role));
                int status = r.statusCode();
                boolean allowed = ep.allowed().contains(role);
                if (allowed && (status == 401 || status == 403)) {
                    failures.add(role + " " + ep.method() + " " + ep.path() + " -> " + status + " (should be allowed)");
                }
                if (!allowed) {
                    if (status != 403) {
                        failures.add(role + " " + ep.method() + " " + ep.path() + " -> " + status + " (should be 403)");
                    } else if (!r.contentType().startsWith("application/problem+json")) {
                        failures.add(role + " " + ep.method() + " " + ep.path() + " 403 without problem+json");
                    }
                }
                checked++;
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(endpoints(patient, course).size() * Role.ALL.size(), checked);
    }

    @Test
    void noTokenIsUnauthorisedEverywhere() {
        long patient = newPatient("FEMALE");
        long course = newCourse(patient);
        List<String> failures = new ArrayList<>();
        for (Endpoint ep : endpoints(patient, course)) {
            Response r = call(ep, null);
            if (r.statusCode() != 401) {
                failures.add(ep.method() + " " + ep.path() + " -> " + r.statusCode());
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void aUserWithoutAnyCartflowRoleIsForbidden() {
        long patient = newPatient("FEMALE");
        given().auth().oauth2(Tokens.of("visitor", "offline_access")).get("/patients/" + patient).then().statusCode(403);
    }
}
