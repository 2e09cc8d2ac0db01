package org.cartflow.manufacturing;

import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.cartflow.product.DoseRange;
import org.cartflow.rules.LabelProfiles;
import org.junit.jupiter.api.Test;

/** MFG-1, MFG-2, MFG-INFO and AUTOLOGOUS-1 at manufacturing and receipt, each allowed and refused. */
@QuarkusTest
class ManufacturingGuardsTest {

    private static String base(long course) {
        return "/courses/" + course + "/manufacturing/";
    }

    private static ValidatableResponse step(long course, String transition, String reason) {
        Map<String, Object> body = reason == null ? Map.of("transition", transition)
                : Map.of("transition", transition, "reason", reason);
        return coordinator().body(body).post("/courses/" + course + "/transitions").then();
    }

    private static long courseInManufacturing() {
        long course = courseInCollection();
        recordCollectionAndShipment(course);
        transition(course, "start-manufacturing", coordinator());
        return course;
    }

    @Test
    void expectedDatesFollowTheKarmmaMediansAsARange() {
        long course = courseInManufacturing();
        var json = nurse().get(base(course)).then().statusCode(200)
                .body("estimate.ruleId", is("MFG-INFO"))
                .body("estimate.basis", containsString("32 days (24-55)"))
                .extract().jsonPath();
        LocalDate collected = LocalDate.parse(json.getString("estimate.collectedOn"));
        Assertions.assertEquals(collected.plusDays(24).toString(), json.getString("estimate.shipment.earliest"));
        Assertions.assertEquals(collected.plusDays(32).toString(), json.getString("estimate.shipment.median"));
        Assertions.assertEquals(collected.plusDays(55).toString(), json.getString("estimate.shipment.latest"));
        Assertions.assertEquals(collected.plusDays(33).toString(), json.getString("estimate.infusion.earliest"));
        Assertions.assertEquals(collected.plusDays(40).toString(), json.getString("estimate.infusion.median"));
        Assertions.assertEquals(collected.plusDays(79).toString(), json.getString("estimate.infusion.latest"));
    }

    @Test
    void aRunMustQuoteThisPatientsChainOfIdentity() {
        long course = courseInManufacturing();
        long other = courseInManufacturing();
        String[] mine = identity(course);
        String[] theirs = identity(other);
        coordinator().body(Map.of("chainOfIdentityId", theirs[0], "din", mine[1])).post(base(course) + "orders").then()
                .statusCode(422).body("ruleIds", contains("AUTOLOGOUS-1"))
                .body("refusals[0].message", containsString("not this patient's"));
        coordinator().body(Map.of("chainOfIdentityId", mine[0], "din", theirs[1])).post(base(course) + "orders").then()
                .statusCode(422).body("ruleIds", contains("AUTOLOGOUS-1"));
        coordinator().get(base(course)).then().body("orders", empty());
        // receipt of a product without a run quoting the chain of identity is refused
        step(course, "receive-product", null).statusCode(422).body("ruleIds", hasItem("AUTOLOGOUS-1"))
                .body("refusals.find { it.ruleId == 'AUTOLOGOUS-1' }.guard", is("ProductMatchesCollectionGuard"));
        long run = orderRun(course, null, null);
        shipRun(course, run, 400.0);
        physician().get(base(course)).then().body("orders[0].coiId", is(mine[0])).body("orders[0].din", is(mine[1]))
                .body("checks.find { it.guard == 'ProductMatchesCollectionGuard' }.passes", is(true));
        receiveAndStoreProduct(course);
        step(course, "receive-product", null).statusCode(200).body("state", is("PRODUCT_RECEIVED"));
        physician().get("/courses/" + course + "/audit").then()
                .body("action", hasItems("manufacturing.run.ordered", "manufacturing.run.status-changed"));
    }

    @Test
    void anOutOfSpecificationProductNeedsADeviationReviewAndThePhysiciansAgreement() {
        long course = courseInManufacturing();
        long run = orderRun(course, null, null);
        runStatus(course, run, Map.of("status", "RELEASE_TESTING"));
        runStatus(course, run, Map.of("status", "SHIPPED", "carTCellYieldMillions", 460.0, "outOfSpecification", true));
        receiveAndStoreProduct(course);
        step(course, "receive-product", null).statusCode(422).body("ruleIds", contains("MFG-2"))
                .body("refusals", hasSize(2)).body("refusals[0].kind", is("trial"));
        physician().body(Map.of("reason", "benefit outweighs")).post(base(course) + "orders/" + run + "/exception-release")
                .then().statusCode(422).body("ruleIds", contains("MFG-2"));
        coordinator().body(Map.of("deviationSummary", "viability 68% (spec >= 70%)", "patientConditionReview",
                "progressing disease, no alternative; ECOG 1")).post(base(course) + "orders/" + run + "/deviation-review")
                .then().statusCode(200).body("orders[0].deviationReviewedBy", is("coord-ann"));
        step(course, "receive-product", null).statusCode(422).body("ruleIds", contains("MFG-2"))
                .body("refusals[0].message", containsString("agreement"));
        coordinator().body(Map.of("reason", "x")).post(base(course) + "orders/" + run + "/exception-release").then()
                .statusCode(403);
        physician().body(Map.of("reason", "reviewed deviation; no alternative therapy; patient informed"))
                .post(base(course) + "orders/" + run + "/exception-release").then().statusCode(200)
                .body("orders[0].physicianAgreedBy", is("dr-sato"));
        step(course, "receive-product", null).statusCode(200);
        physician().get("/courses/" + course + "/audit").then()
                .body("find { it.action == 'manufacturing.exception-release.agreed' }.details.ruleId", is("MFG-2"));
    }

    @Test
    void aSecondRunAfterAYieldUnder150NeedsANewCollectionOrTheRetainedMaterial() {
        long course = courseInManufacturing();
        long first = orderRun(course, null, null);
        runStatus(course, first, Map.of("status", "RELEASE_TESTING", "carTCellYieldMillions", 149.9));
        step(course, "report-manufacturing-failure", "yield 149.9 x 10^6").statusCode(200);
        // MFG-1: no second run is ordered yet
        step(course, "restart-manufacturing", "second run").statusCode(422).body("ruleIds", contains("MFG-1"))
                .body("refusals[0].overridable", is(true));
        coordinator().body(Map.of("chainOfIdentityId", identity(course)[0], "din", latestDin(course), "source",
                "NEW_COLLECTION")).post(base(course) + "orders").then().statusCode(422)
                .body("errors[0].field", is("source"));
        // a new collection keeps the patient's chain of identity
        String coi = identity(course)[0];
        String din = newDin();
        coordinator().body(collectionBody(coi, din)).post("/courses/" + course + "/apheresis/collections").then()
                .statusCode(201);
        orderRun(course, "NEW_COLLECTION", din);
        coordinator().get(base(course)).then().body("orders", hasSize(2)).body("orders[1].din", is(din))
                .body("orders[1].source", is("NEW_COLLECTION"))
                .body("checks.find { it.guard == 'SecondRunJustifiedGuard' }.passes", is(true));
        step(course, "restart-manufacturing", "second run from a new collection").statusCode(200)
                .body("state", is("MANUFACTURING"));
    }

    @Test
    void mfg1ACommercialRunUnderTheLabelMinimumOf280CountsAsFailedAnd280DoesNot() {
        // the commercial product cannot be received below 280 x 10^6 (DOSE-1, STO-3): KarMMa's 150 no longer applies
        for (var p : new LabelProfiles().all()) {
            Assertions.assertEquals(0, ManufacturingOrder.minimumYieldE6(p).compareTo(DoseRange.of(p).minimumE6()),
                    p.id());
            Assertions.assertEquals(0, ManufacturingOrder.minimumYieldE6(p).compareTo(new java.math.BigDecimal("280")),
                    p.id());
        }
        long course = courseInManufacturing();
        long first = orderRun(course, null, null);
        runStatus(course, first, Map.of("status", "RELEASE_TESTING", "carTCellYieldMillions", 279.9));
        physician().get("/courses/" + course + "/audit").then()
                .body("findAll { it.action == 'manufacturing.run.status-changed' }[-1].details.secondRunPossible",
                        is("MFG-1"));
        step(course, "report-manufacturing-failure", "yield 279.9 x 10^6, under the label minimum").statusCode(200);
        orderRun(course, "RETAINED_MATERIAL", null);
        step(course, "restart-manufacturing", "retained material").statusCode(200).body("state", is("MANUFACTURING"));
    }

    @Test
    void aYieldOf280IsNoReasonForASecondRunUnlessAPhysicianOverridesMfg1() {
        long course = courseInManufacturing();
        long first = orderRun(course, null, null);
        runStatus(course, first, Map.of("status", "RELEASE_TESTING", "carTCellYieldMillions", 280.0));
        step(course, "report-manufacturing-failure", "shipment delayed").statusCode(200);
        coordinator().body(Map.of("chainOfIdentityId", identity(course)[0], "din", latestDin(course), "source",
                "RETAINED_MATERIAL")).post(base(course) + "orders").then().statusCode(422)
                .body("ruleIds", contains("MFG-1")).body("refusals[0].message", containsString("280"));
        step(course, "restart-manufacturing", "again").statusCode(422).body("ruleIds", contains("MFG-1"));
        physician().body(Map.of("transition", "restart-manufacturing", "reason", "manufacturer requests a rerun",
                "overrides", List.of(Map.of("ruleId", "MFG-1", "reason", "sterility hold; manufacturer reruns"))))
                .post("/courses/" + course + "/transitions").then().statusCode(200).body("state", is("MANUFACTURING"));
    }

    @Test
    void aFailedFirstRunAllowsASecondRunFromRetainedMaterial() {
        long course = courseInManufacturing();
        long first = orderRun(course, null, null);
        coordinator().body(Map.of("status", "FAILED")).put(base(course) + "orders/" + first + "/status").then()
                .statusCode(422).body("errors[0].field", is("note"));
        runStatus(course, first, Map.of("status", "FAILED", "note", "sterility failure"));
        coordinator().body(Map.of("status", "SHIPPED")).put(base(course) + "orders/" + first + "/status").then()
                .statusCode(409);
        step(course, "report-manufacturing-failure", "sterility failure").statusCode(200);
        long second = orderRun(course, "RETAINED_MATERIAL", null);
        step(course, "restart-manufacturing", "retained material").statusCode(200);
        // no third run
        coordinator().body(Map.of("chainOfIdentityId", identity(course)[0], "din", latestDin(course), "source",
                "RETAINED_MATERIAL")).post(base(course) + "orders").then().statusCode(409);
        shipRun(course, second, 380.0);
        receiveAndStoreProduct(course);
        step(course, "receive-product", null).statusCode(200);
    }

    @Test
    void rolesAndBadInput() {
        long course = courseInManufacturing();
        nurse().get(base(course)).then().statusCode(200);
        pharmacist().get(base(course)).then().statusCode(200);
        admin().get(base(course)).then().statusCode(403);
        nurse().body(Map.of("chainOfIdentityId", "x", "din", "y")).post(base(course) + "orders").then().statusCode(403);
        long run = orderRun(course, null, null);
        coordinator().body(Map.of("status", "RELEASE_TESTING", "carTCellYieldMillions", -1))
                .put(base(course) + "orders/" + run + "/status").then().statusCode(400)
                .body("errors.field", hasItem("carTCellYieldMillions"));
        coordinator().body(Map.of("status", "SHIPPED")).put(base(course) + "orders/999999/status").then().statusCode(404);
        coordinator().body(Map.of("deviationSummary", "a", "patientConditionReview", "b"))
                .post(base(course) + "orders/" + run + "/deviation-review").then().statusCode(409);
    }
}
