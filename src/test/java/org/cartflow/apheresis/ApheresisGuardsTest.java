package org.cartflow.apheresis;

import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** APH-1, CONSENT-2, APH-2, AUTOLOGOUS-1 and APH-3 through the API, each guard allowed and refused. */
@QuarkusTest
class ApheresisGuardsTest {

    private static String base(long course) {
        return "/courses/" + course + "/apheresis/";
    }

    private static ValidatableResponse step(long course, String transition) {
        return coordinator().body(Map.of("transition", transition)).post("/courses/" + course + "/transitions").then();
    }

    private static void infection(long course, String marker, String result) {
        coordinator().body(Map.of("marker", marker, "result", result, "testedOn", LocalDate.now().minusDays(2).toString()))
                .post(base(course) + "infection-tests").then().statusCode(201);
    }

    private static ValidatableResponse temperature(long course, double celsius) {
        return coordinator().body(Map.of("measuredAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).toString(),
                "celsius", celsius)).post(base(course) + "shipment/temperatures").then();
    }

    @Test
    void startCollectionNeedsAllFourInfectionResultsAndTheLeukapheresisConsent() {
        long course = eligibleCourse();
        step(course, "start-collection").statusCode(422).contentType("application/problem+json")
                .body("ruleIds", containsInAnyOrder("APH-1", "CONSENT-2"))
                .body("refusals.find { it.ruleId == 'APH-1' }.guard", is("InfectionScreeningOnFileGuard"));
        for (String m : List.of("CMV", "HBSAG", "ANTI_HBC", "HCV")) {
            infection(course, m, "NEGATIVE");
        }
        // APH-1: HIV is still missing, so leukapheresis cannot be scheduled either
        step(course, "start-collection").statusCode(422).body("ruleIds", hasItem("APH-1"))
                .body("refusals.find { it.ruleId == 'APH-1' }.message", containsString("HIV"));
        coordinator().body(Map.of("date", LocalDate.now().plusDays(7).toString(), "time", "09:00", "unit", "Apheresis 3F"))
                .put(base(course) + "slot").then().statusCode(422).body("ruleIds", contains("APH-1"));
        coordinator().get(base(course)).then().body("slot", nullValue());
        infection(course, "HIV", "NEGATIVE");
        coordinator().body(Map.of("date", LocalDate.now().plusDays(7).toString(), "time", "09:00", "unit", "Apheresis 3F"))
                .put(base(course) + "slot").then().statusCode(200)
                .body("slot.unit", is("Apheresis 3F")).body("slot.startsAtLocal", endsWith("09:00+09:00"));
        step(course, "start-collection").statusCode(422).body("ruleIds", contains("CONSENT-2"));
        coordinator().body(Map.of("signedOn", LocalDate.now().toString(), "signerName", "Yamada Taro", "witnessName",
                "Suzuki", "explainedBy", "dr-sato", "documentReference", "IC-APH-9", "written", false,
                "useOfCellsExplained", true)).put(base(course) + "consent").then().statusCode(200);
        step(course, "start-collection").statusCode(422).body("ruleIds", contains("CONSENT-2"))
                .body("refusals[0].message", containsString("written"));
        physician().body(leukapheresisConsent()).put(base(course) + "consent").then().statusCode(200)
                .body("consent.witnessName", is("Suzuki Ichiro"));
        step(course, "start-collection").statusCode(200).body("state", is("COLLECTION"));
        physician().get("/courses/" + course + "/audit").then()
                .body("action", hasItems("apheresis.infection-test.recorded", "apheresis.consent.recorded",
                        "apheresis.slot.booked"))
                .body("find { it.action == 'apheresis.infection-test.recorded' }.actor", is("coord-ann"));
    }

    @Test
    void aPositiveResultDoesNotBlockButFlagsPostInfusionMonitoring() {
        long course = eligibleCourse();
        for (String m : List.of("CMV", "ANTI_HBC", "HCV", "HIV")) {
            infection(course, m, "NEGATIVE");
        }
        infection(course, "HBSAG", "POSITIVE");
        physician().body(leukapheresisConsent()).put(base(course) + "consent").then().statusCode(200);
        nurse().get(base(course)).then().statusCode(200)
                .body("flags", hasSize(1))
                .body("flags[0].ruleId", is("APH-1"))
                .body("flags[0].markers", contains("HBSAG"))
                .body("flags[0].message", containsString("liver function"))
                .body("infectionTests.find { it.marker == 'HBSAG' }.enteredBy", is("coord-ann"));
        step(course, "start-collection").statusCode(200);
    }

    @Test
    void wrongIsbt128CheckCharacterIsA422NamingTheFieldAndNothingIsSaved() {
        long course = courseInCollection();
        String din = newDin();
        char good = check(din).charAt(0);
        String wrong = good == 'A' ? "B" : "A";
        Map<String, Object> body = collectionBody(newCoi(), din);
        body.put("dinCheckCharacter", wrong);
        coordinator().body(body).post(base(course) + "collections").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", is("dinCheckCharacter"))
                .body("errors[0].message", containsString("MOD 37-2"));
        body.put("dinCheckCharacter", String.valueOf(good));
        body.put("din", din.substring(1));
        coordinator().body(body).post(base(course) + "collections").then().statusCode(422)
                .body("errors[0].field", is("din"));
        coordinator().get(base(course)).then().body("collections", empty()).body("chainOfIdentity", nullValue());
        body.put("din", din);
        coordinator().body(body).post(base(course) + "collections").then().statusCode(201)
                .body("collections[0].din", is(din))
                .body("chainOfIdentity.dins", contains(din));
        // the same DIN is never recorded twice
        long other = courseInCollection();
        body.put("chainOfIdentityId", newCoi());
        coordinator().body(body).post(base(other) + "collections").then().statusCode(409);
    }

    @Test
    void aph2MobilizedCollectionIsRecordedButNeverShippedOrManufacturedAndHasNoOverride() {
        long course = courseInCollection();
        String coi = newCoi();
        Map<String, Object> body = collectionBody(coi, newDin());
        body.put("gcsfInPriorDays", true);
        // what happened is recorded, flagged as an APH-2 deviation
        physician().body(body).post(base(course) + "collections").then().statusCode(201)
                .body("collections[0].usableForManufacture", is(false))
                .body("checks.find { it.guard == 'NonMobilizedCollectionGuard' }.passes", is(false));
        physician().get("/courses/" + course + "/audit").then()
                .body("find { it.action == 'apheresis.collection.recorded-mobilized' }.details.deviation.ruleId",
                        is("APH-2"));
        // no role can ship it or start manufacturing from it: the label's rule has no override
        physician().body(shipmentBody()).put(base(course) + "shipment").then().statusCode(422)
                .body("ruleIds", contains("APH-2")).body("refusals[0].message", containsString("G-CSF"));
        physician().body(Map.of("transition", "start-manufacturing", "reason", "haematology agrees"))
                .post("/courses/" + course + "/transitions").then().statusCode(422).body("ruleIds", hasItem("APH-2"));
        physician().body(Map.of("transition", "start-manufacturing", "overrides",
                        List.of(Map.of("ruleId", "APH-2", "reason", "haematology agrees"))))
                .post("/courses/" + course + "/transitions").then().statusCode(422)
                .body("errors[0].field", is("overrides[0].ruleId"));
        // the old override field is gone: a client still sending it is told, not silently ignored
        Map<String, Object> plerixafor = collectionBody(coi, newDin());
        plerixafor.put("plerixaforInPriorDays", true);
        plerixafor.put("mobilizationOverrideReason", "single dose, haematology agrees");
        physician().body(plerixafor).post(base(course) + "collections").then().statusCode(400)
                .contentType("application/problem+json");
        plerixafor.remove("mobilizationOverrideReason");
        physician().body(plerixafor).post(base(course) + "collections").then().statusCode(201)
                .body("collections.find { it.plerixaforInPriorDays }.usableForManufacture", is(false));
        physician().body(shipmentBody()).put(base(course) + "shipment").then().statusCode(422)
                .body("ruleIds", contains("APH-2")).body("refusals[0].message", containsString("plerixafor"));
        // a new non-mobilized collection with the same chain of identity can go on
        coordinator().body(collectionBody(coi, newDin())).post(base(course) + "collections").then().statusCode(201)
                .body("checks.find { it.guard == 'NonMobilizedCollectionGuard' }.passes", is(true));
        coordinator().body(shipmentBody()).put(base(course) + "shipment").then().statusCode(200);
    }

    @Test
    void startManufacturingNeedsTheCollectionWithItsChainOfIdentityAndTheColdChain() {
        long course = courseInCollection();
        step(course, "start-manufacturing").statusCode(422)
                .body("ruleIds", containsInAnyOrder("AUTOLOGOUS-1", "APH-2", "APH-3"));
        String coi = newCoi();
        coordinator().body(collectionBody(coi, newDin())).post(base(course) + "collections").then().statusCode(201);
        step(course, "start-manufacturing").statusCode(422).body("ruleIds", contains("APH-3"))
                .body("refusals[0].message", containsString("2-8"));
        recordShipmentWithReading(course, 5.0);
        step(course, "start-manufacturing").statusCode(200).body("state", is("MANUFACTURING"));
    }

    @Test
    void aNewCollectionKeepsThePatientsChainOfIdentity() {
        long course = courseInCollection();
        String coi = newCoi();
        coordinator().body(collectionBody(coi, newDin())).post(base(course) + "collections").then().statusCode(201);
        // AUTOLOGOUS-1: another COI for the same course is refused
        coordinator().body(collectionBody(newCoi(), newDin())).post(base(course) + "collections").then().statusCode(422)
                .body("ruleIds", contains("AUTOLOGOUS-1"));
        // ... and so is this patient's COI on another patient's course
        long other = courseInCollection();
        coordinator().body(collectionBody(coi, newDin())).post(base(other) + "collections").then().statusCode(422)
                .body("ruleIds", contains("AUTOLOGOUS-1"))
                .body("refusals[0].message", containsString("another course"));
        coordinator().body(collectionBody(coi, newDin())).post(base(course) + "collections").then().statusCode(201)
                .body("chainOfIdentity.coiId", is(coi)).body("chainOfIdentity.dins", hasSize(2));
    }

    private static void recordShipmentWithReading(long course, double celsius) {
        coordinator().body(shipmentBody()).put(base(course) + "shipment").then().statusCode(200);
        coordinator().body(Map.of("fromParty", "Apheresis unit", "toParty", "World Courier", "handedAt",
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(20).toString(), "location", "Dock 2"))
                .post(base(course) + "shipment/handoffs").then().statusCode(201)
                .body("collections[0].shipment.custody[0].toParty", is("World Courier"));
        temperature(course, celsius).statusCode(201);
    }

    private static long collectedCourse() {
        long course = courseInCollection();
        coordinator().body(collectionBody(newCoi(), newDin())).post(base(course) + "collections").then().statusCode(201);
        return course;
    }

    @Test
    void temperaturesOfExactly2And8AreInRange() {
        long course = collectedCourse();
        recordShipmentWithReading(course, 2.0);
        temperature(course, 8.0).statusCode(201)
                .body("collections[0].shipment.temperatures.excursion", everyItem(is(false)))
                .body("collections[0].shipment.undecidedExcursion", is(false));
        step(course, "start-manufacturing").statusCode(200);
    }

    @Test
    void aReadingOf1Point9IsAnExcursionThatNeedsAPhysiciansDecision() {
        long course = collectedCourse();
        recordShipmentWithReading(course, 5.0);
        long reading = temperature(course, 1.9).statusCode(201)
                .body("collections[0].shipment.undecidedExcursion", is(true))
                .extract().jsonPath().getLong("collections[0].shipment.temperatures.find { it.excursion }.id");
        step(course, "start-manufacturing").statusCode(422).body("ruleIds", contains("APH-3"))
                .body("refusals[0].message", containsString("1.9"));
        String decision = base(course) + "shipment/temperatures/" + reading + "/decision";
        coordinator().body(Map.of("decision", "RELEASE_TO_MANUFACTURING", "reason", "x")).post(decision).then()
                .statusCode(403);
        physician().body(Map.of("decision", "RELEASE_TO_MANUFACTURING",
                "reason", "12 minutes at 1.9 °C; manufacturer QA accepts")).post(decision).then().statusCode(200)
                .body("collections[0].shipment.undecidedExcursion", is(false));
        physician().body(Map.of("decision", "DO_NOT_USE", "reason", "x")).post(decision).then().statusCode(409);
        step(course, "start-manufacturing").statusCode(200);
        physician().get("/courses/" + course + "/audit").then()
                .body("action", hasItems("apheresis.temperature.excursion", "apheresis.excursion.decided"));
    }

    @Test
    void aReadingOf8Point1IsAnExcursionAndDoNotUseKeepsManufacturingBlocked() {
        long course = collectedCourse();
        recordShipmentWithReading(course, 8.1);
        long reading = coordinator().get(base(course)).then()
                .body("collections[0].shipment.temperatures[0].excursion", is(true))
                .extract().jsonPath().getLong("collections[0].shipment.temperatures[0].id");
        step(course, "start-manufacturing").statusCode(422).body("ruleIds", contains("APH-3"));
        physician().body(Map.of("decision", "DO_NOT_USE", "reason", "box opened warm")).post(base(course)
                + "shipment/temperatures/" + reading + "/decision").then().statusCode(200);
        step(course, "start-manufacturing").statusCode(422).body("ruleIds", contains("APH-3"))
                .body("refusals[0].message", containsString("DO_NOT_USE"));
    }

    @Test
    void aBoxNotSetTo2To8IsRefusedByAph3() {
        long course = collectedCourse();
        Map<String, Object> box = new java.util.HashMap<>(shipmentBody());
        box.put("boxSetLowC", 0.0);
        box.put("boxSetHighC", 10.0);
        coordinator().body(box).put(base(course) + "shipment").then().statusCode(422).body("ruleIds", contains("APH-3"));
    }

    @Test
    void aRecordOnAStaleVersionOfTheJourneyIsAConflict() {
        long course = eligibleCourse();
        String etag = coordinator().get(base(course)).then().statusCode(200).extract().header("ETag");
        coordinator().header("If-Match", etag).body(leukapheresisConsent()).put(base(course) + "consent").then()
                .statusCode(200);
        // a second edit from the same (now stale) version is refused and changes nothing
        coordinator().header("If-Match", etag).body(Map.of("marker", "CMV", "result", "POSITIVE", "testedOn",
                LocalDate.now().minusDays(1).toString())).post(base(course) + "infection-tests").then().statusCode(409)
                .contentType("application/problem+json").body("type", is("urn:cartflow:problem:stale-version"));
        coordinator().get(base(course)).then().body("infectionTests", empty()).body("flags", empty());
    }

    @Test
    void rolesAndBadInput() {
        long course = eligibleCourse();
        nurse().get(base(course)).then().statusCode(200);
        pharmacist().get(base(course)).then().statusCode(200);
        admin().get(base(course)).then().statusCode(403).contentType("application/problem+json");
        nurse().body(Map.of("marker", "CMV", "result", "NEGATIVE", "testedOn", "2026-01-01"))
                .post(base(course) + "infection-tests").then().statusCode(403);
        pharmacist().body(leukapheresisConsent()).put(base(course) + "consent").then().statusCode(403);
        coordinator().body(Map.of("marker", "EBV", "result", "NEGATIVE", "testedOn", "2026-01-01"))
                .post(base(course) + "infection-tests").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("marker")).body("errors[0].message", containsString("ANTI_HBC"));
        coordinator().body(Map.of("marker", "CMV", "result", "NEGATIVE", "testedOn", "+99999-01-01"))
                .post(base(course) + "infection-tests").then().statusCode(422).body("errors[0].field", is("testedOn"));
        coordinator().body(Map.of("marker", "CMV", "result", "NEGATIVE", "testedOn", LocalDate.now().plusDays(5).toString()))
                .post(base(course) + "infection-tests").then().statusCode(422).body("errors[0].field", is("testedOn"));
        coordinator().body(Map.of("marker", "CMV", "result", "NEGATIVE"))
                .post(base(course) + "infection-tests").then().statusCode(400).body("errors.field", hasItem("testedOn"));
        coordinator().get("/courses/999999/apheresis").then().statusCode(404);
        // a collection cannot be recorded before start-collection
        coordinator().body(collectionBody(newCoi(), newDin())).post(base(course) + "collections").then().statusCode(409);
    }
}
