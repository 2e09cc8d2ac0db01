package org.cartflow.product;

import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cartflow.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Receipt against the release certificate and storage (AUTOLOGOUS-1, STO-1, STO-2, STO-3, DOSE-1). */
@QuarkusTest
class ProductReceiptTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static String base(long course) {
        return "/courses/" + course + "/product/";
    }

    /** A course in MANUFACTURING whose run is SHIPPED: the product may arrive. */
    private static long courseAwaitingProduct() {
        long course = courseInCollection();
        recordCollectionAndManufacturing(course);
        return course;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> m = new HashMap<>(body);
        m.put(key, value);
        return m;
    }

    @Test
    void theCertificateMustBeThisPatientsWithinDoseAndNotExpired() {
        long course = courseAwaitingProduct();
        Map<String, Object> ok = receiptBody(course, List.of(certificateBag("BAG-A", 50, 420)));
        Map<String, Object> patient = new HashMap<>(patientIdentifiers(course));
        // AUTOLOGOUS-1: another MRN, another chain of identity, another collection's DIN
        pharmacist().body(with(ok, "patient", with(patient, "mrn", "MRN-OTHER"))).post(base(course) + "receipt").then()
                .statusCode(422).contentType("application/problem+json").body("ruleIds", contains("AUTOLOGOUS-1"))
                .body("refusals[0].message", containsString("MRN"));
        pharmacist().body(with(ok, "patient", with(patient, "chainOfIdentityId", newCoi())))
                .post(base(course) + "receipt").then().statusCode(422).body("ruleIds", contains("AUTOLOGOUS-1"))
                .body("refusals[0].message", containsString("chain-of-identity"));
        pharmacist().body(with(ok, "din", newDin())).post(base(course) + "receipt").then().statusCode(422)
                .body("ruleIds", contains("AUTOLOGOUS-1"));
        // STO-2: expired yesterday (hospital zone); names compare without case or width differences
        Map<String, Object> fullWidthName = with(with(patient, "familyName", "ＹＡＭＡＤＡ"), "givenName", " hanako");
        pharmacist().body(with(with(ok, "patient", fullWidthName), "expiryDate",
                LocalDate.now(TOKYO).minusDays(1).toString())).post(base(course) + "receipt").then().statusCode(422)
                .body("ruleIds", contains("STO-2")).body("refusals[0].message", containsString("expired"));
        // STO-3, DOSE-1: the total of the bags, boundaries 280 and 540 included
        pharmacist().body(with(ok, "bags", List.of(certificateBag("BAG-A", 40, 140), certificateBag("BAG-B", 40, 139.9))))
                .post(base(course) + "receipt").then().statusCode(422).body("ruleIds", contains("STO-3", "DOSE-1"))
                .body("refusals[0].message", containsString("279.9"));
        pharmacist().body(with(ok, "bags", List.of(certificateBag("BAG-A", 70, 540.1)))).post(base(course) + "receipt")
                .then().statusCode(422).body("ruleIds", contains("STO-3", "DOSE-1"));
        pharmacist().body(with(ok, "bags", List.of(certificateBag("BAG-A", 40, 140), certificateBag("BAG-A", 40, 140))))
                .post(base(course) + "receipt").then().statusCode(422).body("errors[0].field", is("bags[1].bagCode"));
        pharmacist().body(with(ok, "bags", List.of())).post(base(course) + "receipt").then().statusCode(400);
        // nothing was written by the refusals
        nurse().get(base(course)).then().statusCode(200).body("shipment", nullValue()).body("bags", empty());
        // the transition names what is missing
        coordinator().body(Map.of("transition", "receive-product")).post("/courses/" + course + "/transitions").then()
                .statusCode(422).body("ruleIds", hasItems("STO-3", "STO-1"));
        // roles: the pharmacy or the coordinator receives
        nurse().body(ok).post(base(course) + "receipt").then().statusCode(403);
        physician().body(ok).post(base(course) + "receipt").then().statusCode(403);
        pharmacist().body(with(ok, "bags", List.of(certificateBag("BAG-A", 40, 140), certificateBag("BAG-B", 40, 140))))
                .post(base(course) + "receipt").then().statusCode(201)
                .body("shipment.totalCarTCellsMillions", is(280.0f)).body("shipment.targetCarTCellsMillions", is(450))
                .body("bags.state", contains("RECEIVED", "RECEIVED")).body("bags.bagCode", contains("BAG-A", "BAG-B"))
                .body("shipment.chainOfIdentityId", is(patient.get("chainOfIdentityId")));
        pharmacist().body(ok).post(base(course) + "receipt").then().statusCode(409);
        // STO-1: not yet in storage
        coordinator().body(Map.of("transition", "receive-product")).post("/courses/" + course + "/transitions").then()
                .statusCode(422).body("ruleIds", contains("STO-1"))
                .body("refusals[0].message", containsString("not recorded in storage"));
        coordinator().body(Map.of("location", "LN2 tank 1", "temperatureC", -160)).post(base(course) + "storage").then()
                .statusCode(200).body("bags.state", everyItem(is("STORED")))
                .body("shipment.storageLocation", is("LN2 tank 1"));
        transition(course, "receive-product", coordinator());
        physician().get("/courses/" + course + "/audit").then()
                .body("action", hasItems("product.received", "product.stored"))
                .body("find { it.action == 'product.received' }.actorRole", is("pharmacist"));
    }

    @Test
    void theUpperDoseBoundaryIsAccepted() {
        long course = courseAwaitingProduct();
        pharmacist().body(receiptBody(course, List.of(certificateBag("BAG-1", 70, 540))))
                .post(base(course) + "receipt").then().statusCode(201).body("shipment.totalCarTCellsMillions", is(540.0f));
    }

    @Test
    void aWarmReadingQuarantinesTheBagsUntilAPhysicianDecides() {
        long course = courseAwaitingProduct();
        receiveAndStoreProduct(course);
        // STO-1: -130 C is still cold enough
        nurse().body(Map.of("temperatureC", -130)).post(base(course) + "temperature-readings").then().statusCode(201)
                .body("excursions", empty()).body("bags[0].state", is("STORED"));
        long excursion = nurse().body(Map.of("temperatureC", -129.5)).post(base(course) + "temperature-readings").then()
                .statusCode(201).body("bags[0].state", is("QUARANTINED")).body("excursions", hasSize(1))
                .body("readings[0].coldEnough", is(false)).extract().jsonPath().getLong("excursions[0].id");
        coordinator().body(Map.of("transition", "receive-product")).post("/courses/" + course + "/transitions").then()
                .statusCode(422).body("ruleIds", contains("STO-1"))
                .body("refusals.message", hasItem(containsString("awaits a physician's decision")));
        Map<String, Object> release = Map.of("decision", "RELEASE", "reason", "door open 40 s; product core stayed "
                + "below -150 C per the shipper's logger");
        nurse().body(release).post(base(course) + "excursions/" + excursion + "/decision").then().statusCode(403);
        pharmacist().body(release).post(base(course) + "excursions/" + excursion + "/decision").then().statusCode(403);
        physician().body(Map.of("decision", "RELEASE")).post(base(course) + "excursions/" + excursion + "/decision")
                .then().statusCode(400);
        // STO-1: the release rests on the manufacturer's assessment, recorded with it
        physician().body(release).post(base(course) + "excursions/" + excursion + "/decision").then().statusCode(422)
                .body("ruleIds", contains("STO-1"))
                .body("refusals[0].message", containsString("manufacturer's assessment"));
        coordinator().get(base(course)).then().body("bags[0].state", is("QUARANTINED"));
        Map<String, Object> assessment = new java.util.HashMap<>(Map.of("reference", "BMS-QA-2026-0412",
                "assessedBy", "K. Tanaka, BMS Japan quality", "assessedAt",
                java.time.OffsetDateTime.now().plusHours(2).toString()));
        Map<String, Object> released = new java.util.HashMap<>(release);
        released.put("manufacturerAssessment", assessment);
        physician().body(released).post(base(course) + "excursions/" + excursion + "/decision").then().statusCode(422)
                .body("errors[0].field", is("manufacturerAssessment.assessedAt"));
        assessment.put("assessedAt", java.time.OffsetDateTime.now().minusDays(3).toString());
        physician().body(released).post(base(course) + "excursions/" + excursion + "/decision").then().statusCode(422)
                .body("errors[0].field", is("manufacturerAssessment.assessedAt"));
        assessment.remove("assessedBy");
        physician().body(released).post(base(course) + "excursions/" + excursion + "/decision").then().statusCode(400)
                .body("errors[0].field", containsString("assessedBy"));
        assessment.put("assessedBy", "K. Tanaka, BMS Japan quality");
        assessment.put("assessedAt", java.time.OffsetDateTime.now().toString());
        physician().body(released).post(base(course) + "excursions/" + excursion + "/decision").then().statusCode(200)
                .body("bags[0].state", is("STORED")).body("excursions[0].decidedBy", is("dr-sato"))
                .body("excursions[0].manufacturerReference", is("BMS-QA-2026-0412"))
                .body("excursions[0].manufacturerAssessedBy", is("K. Tanaka, BMS Japan quality"));
        physician().get("/courses/" + course + "/audit").then()
                .body("find { it.action == 'product.excursion.decided' }.details.manufacturerAssessment.reference",
                        is("BMS-QA-2026-0412"));
        physician().body(released).post(base(course) + "excursions/" + excursion + "/decision").then().statusCode(409);
        // the latest reading is still warm: a cold one is needed
        coordinator().body(Map.of("transition", "receive-product")).post("/courses/" + course + "/transitions").then()
                .statusCode(422).body("refusals.message", hasItem(containsString("-129.5")));
        pharmacist().body(Map.of("temperatureC", -155)).post(base(course) + "temperature-readings").then().statusCode(201);
        transition(course, "receive-product", coordinator());
        // a second excursion, discarded: nothing is left to infuse
        long second = nurse().body(Map.of("temperatureC", -80)).post(base(course) + "temperature-readings").then()
                .statusCode(201).extract().jsonPath().getLong("excursions[1].id");
        physician().body(Map.of("decision", "DISCARD", "reason", "tank failure, 6 h at -80 C"))
                .post(base(course) + "excursions/" + second + "/decision").then().statusCode(200)
                .body("bags[0].state", is("DISCARDED")).body("bags[0].notInfusableRule", is("STO-1"));
        pharmacist().body(Map.of("temperatureC", -155)).post(base(course) + "temperature-readings").then().statusCode(201);
        coordinator().get("/courses/" + course).then()
                .body("nextSteps.find { it.transition == 'start-lymphodepletion' }.refusals.message",
                        hasItem(containsString("Every bag of this product was discarded")));
        physician().get("/courses/" + course + "/audit").then()
                .body("findAll { it.action == 'product.excursion.decided' }.reason",
                        hasItems(containsString("door open"), containsString("tank failure")));
    }

    @Test
    void anExpiredProductIsRefusedAtEveryLaterStep() {
        long course = courseAwaitingProduct();
        Map<String, Object> body = receiptBody(course, List.of(certificateBag("BAG-1", 50, 450)));
        body.put("expiryDate", LocalDate.now(TOKYO).plusDays(1).toString());
        pharmacist().body(body).post(base(course) + "receipt").then().statusCode(201)
                .body("shipment.daysToExpiry", is(1));
        pharmacist().body(Map.of("location", "LN2 tank 1", "temperatureC", -150)).post(base(course) + "storage").then()
                .statusCode(200);
        clock.set(clock.instant().plus(Duration.ofDays(2)));
        coordinator().body(Map.of("transition", "receive-product")).post("/courses/" + course + "/transitions").then()
                .statusCode(422).body("ruleIds", contains("STO-2")).body("refusals[0].guard", is("WithinExpiryGuard"))
                .body("refusals[0].overridable", is(false));
    }
}
