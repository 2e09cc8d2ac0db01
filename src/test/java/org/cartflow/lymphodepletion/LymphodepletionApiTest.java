package org.cartflow.lymphodepletion;

import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cartflow.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** LD through the API: arithmetic shown, renal tiers, verification rules, DELAY guards, administration order. */
@QuarkusTest
class LymphodepletionApiTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A patient aged exactly 65 (birthday 10 days ago) with a course that has its product received. */
    private static long courseWithProduct(String sex) {
        Map<String, Object> p = new HashMap<>(patientBody(newMrn(), sex));
        p.put("birthDate", LocalDate.now(TOKYO).minusDays(1).minusYears(65).minusDays(10).toString());
        long patient = coordinator().body(p).post("/patients").then().statusCode(201).extract().jsonPath().getLong("id");
        long course = newCourse(patient);
        transition(course, "start-screening", coordinator());
        recordEligibleWorkUp(course);
        transition(course, "declare-eligible", physician());
        recordApheresisWorkUp(course);
        transition(course, "start-collection", coordinator());
        recordCollectionAndManufacturing(course);
        receiveAndStoreProduct(course);
        transition(course, "receive-product", coordinator());
        return course;
    }

    private static String base(long course) {
        return "/courses/" + course + "/lymphodepletion/";
    }

    private static void assess(long course, double h, double w, double cr, String unit) {
        nurse().body(assessmentBody(h, w, cr, unit)).post(base(course) + "assessments").then().statusCode(201);
    }

    private static long prescribe(long course, Map<String, Object> body) {
        return physician().body(body).post(base(course) + "orders").then().statusCode(201).extract().jsonPath()
                .getLong("orders[-1].id");
    }

    private static Map<String, Object> order(Object... kv) {
        Map<String, Object> m = new HashMap<>(Map.of("ldDay1", LocalDate.now(TOKYO).plusDays(1).toString()));
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void theArithmeticIsShownStepByStepForBothSexesAndUnits() {
        long male = courseWithProduct("MALE");
        assess(male, 170, 70, 88.4, "UMOL_L");
        nurse().get(base(male) + "calculation").then().statusCode(200)
                .body("bsaM2", is(1.82f)).body("crclMlMin", is(72.9f)).body("tier", is("NORMAL"))
                .body("fludarabineDailyMg", is(54.6f)).body("cyclophosphamideDailyMg", is(546.0f))
                .body("policyVersion", not(emptyOrNullString()))
                .body("steps.name", hasItems(startsWith("BSA"), is("Creatinine in mg/dL"), is("CrCl (Cockcroft-Gault)"),
                        startsWith("Renal tier"), is("Fludarabine daily dose"), is("Cyclophosphamide daily dose")))
                .body("steps.find { it.name == 'CrCl (Cockcroft-Gault)' }.formula", containsString("(140 - 65)"));
        long female = courseWithProduct("FEMALE");
        assess(female, 170, 70, 1.0, "MG_DL");
        pharmacist().get(base(female) + "calculation").then().body("crclMlMin", is(62.0f)).body("tier", is("MODERATE"))
                .body("fludarabineDailyMg", is(43.7f));
        pharmacist().queryParam("bsaMethod", "DUBOIS").get(base(female) + "calculation").then().body("bsaM2", is(1.81f));
    }

    @Test
    void renalTierBoundariesThroughTheApi() {
        long c70 = courseWithProduct("MALE");
        assess(c70, 170, 67.2, 1.0, "MG_DL");
        nurse().get(base(c70) + "calculation").then().body("crclMlMin", is(70.0f)).body("tier", is("NORMAL"));
        long c69 = courseWithProduct("MALE");
        assess(c69, 170, 67.1, 1.0, "MG_DL");
        nurse().get(base(c69) + "calculation").then().body("crclMlMin", is(69.9f)).body("tier", is("MODERATE"));
        long c30 = courseWithProduct("MALE");
        assess(c30, 170, 72, 2.5, "MG_DL");
        nurse().get(base(c30) + "calculation").then().body("crclMlMin", is(30.0f)).body("tier", is("MODERATE"));
        long c29 = courseWithProduct("MALE");
        assess(c29, 170, 72, 2.51, "MG_DL");
        nurse().get(base(c29) + "calculation").then().body("tier", is("SEVERE")).body("fludarabineDailyMg", nullValue());
        // LD-3: below 30 LD is blocked unless a physician orders an explicit dose with a reason
        physician().body(order()).post(base(c29) + "orders").then().statusCode(422).body("ruleIds", contains("LD-3"));
        prescribe(c29, order("fludarabineDailyMg", 21.4, "reason", "CrCl 29.9 after hydration; haematology consultant"));
    }

    @Test
    void plausibilityNamesTheFieldAndTheLikelyUnitMistake() {
        long course = courseWithProduct("MALE");
        nurse().body(assessmentBody(1.7, 70, 1.0, "MG_DL")).post(base(course) + "assessments").then().statusCode(422)
                .body("errors[0].field", is("heightCm")).body("errors[0].message", containsString("metres"));
        nurse().body(assessmentBody(170, 350, 1.0, "MG_DL")).post(base(course) + "assessments").then().statusCode(422)
                .body("errors[0].field", is("weightKg")).body("errors[0].message", containsString("pounds"));
        nurse().body(assessmentBody(170, 70, 88.4, "MG_DL")).post(base(course) + "assessments").then().statusCode(422)
                .body("errors[0].field", is("creatinine.value")).body("errors[0].message", containsString("umol/L"));
        // the pre-LD panel takes units as the post-infusion one: an unknown unit or a per-uL count sent as 10^9/L
        Map<String, Object> units = assessmentBody(170, 70, 1.0, "mmol/L");
        nurse().body(units).post(base(course) + "assessments").then().statusCode(422)
                .body("errors[0].field", is("creatinine.unit")).body("errors[0].message", containsString("umol/L"));
        units = assessmentBody(170, 70, 1.0, "MG_DL");
        units.put("anc", lab(2500, "10*9/L"));
        nurse().body(units).post(base(course) + "assessments").then().statusCode(422)
                .body("errors[0].field", is("anc.value"));
        nurse().get(base(course)).then().body("latestAssessment", nullValue());
        // 2500 /uL = 2.5 x 10^9/L; 15 x 10^4/uL = 150 x 10^9/L; creatinine 88.4 umol/L kept as reported
        units = assessmentBody(170, 70, 88.4, "UMOL_L");
        nurse().body(units).post(base(course) + "assessments").then().statusCode(201);
        nurse().get(base(course)).then().body("latestAssessment.anc", is(2.5f))
                .body("latestAssessment.platelets", is(150.0f))
                .body("latestAssessment.creatinineUnit", is("UMOL_L"))
                .body("latestAssessment.asEntered", allOf(containsString("anc=2500 /uL"),
                        containsString("platelets=15 10*4/uL"), containsString("creatinine=88.4 umol/L")));
    }

    @Test
    void verificationIsIndependentAndWithinTolerance() {
        long course = courseWithProduct("MALE");
        assess(course, 170, 70, 1.0, "MG_DL");
        long order = prescribe(course, order());
        String verify = base(course) + "orders/" + order + "/verification";
        nurse().post(verify).then().statusCode(403);
        physician().post(verify).then().statusCode(403);
        // the prescriber cannot verify, even holding the pharmacist role too
        as("dr-sato", "physician", "pharmacist").post(verify).then().statusCode(403)
                .body("detail", containsString("cannot be the prescriber"));
        pharmacist().get("/lymphodepletion/verification-queue").then().statusCode(200)
                .body("find { it.orderId == " + order + " }.order.calculation.result.bsaM2", is(1.82f))
                .body("find { it.orderId == " + order + " }.assessment.weightKg", is(70.0f));
        pharmacist().post(verify).then().statusCode(200)
                .body("orders.find { it.id == " + order + " }.status", is("VERIFIED"))
                .body("orders.find { it.id == " + order + " }.verifiedBy", is("pharm-lee"))
                .body("orders.find { it.id == " + order + " }.verificationMeaning", is("verified LD doses"))
                .body("orders.find { it.id == " + order + " }.verifiedSnapshot.recomputed.fludarabineDailyMg", is(54.6f));
        pharmacist().post(verify).then().statusCode(409);
        physician().get("/courses/" + course + "/audit").then()
                .body("find { it.action == 'lymphodepletion.order.verified' }.actorRole", is("pharmacist"));
    }

    @Test
    void aDoseBeyondTheToleranceCanOnlyBeRejected() {
        long course = courseWithProduct("MALE");
        assess(course, 170, 70, 1.0, "MG_DL");
        // 60 mg vs 54.6 mg recomputed = 9.9 % > 5 %
        long far = prescribe(course, order("fludarabineDailyMg", 60, "reason", "rounded up to vial size"));
        pharmacist().post(base(course) + "orders/" + far + "/verification").then().statusCode(422)
                .body("ruleIds", contains("LD-1")).body("refusals[0].message", containsString("9.9 %"));
        pharmacist().body(Map.of("reason", "9.9 % above the recomputed dose")).post(base(course) + "orders/" + far
                + "/rejection").then().statusCode(200).body("orders.find { it.id == " + far + " }.status", is("REJECTED"));
        // 57.0 mg = 4.4 %: within tolerance
        long near = prescribe(course, order("fludarabineDailyMg", 57.0, "reason", "vial rounding"));
        pharmacist().post(base(course) + "orders/" + near + "/verification").then().statusCode(200);
        // different doses need the physician's reason
        physician().body(order("fludarabineDailyMg", 55)).post(base(course) + "orders").then().statusCode(422)
                .body("errors[0].field", is("reason"));
    }

    @Test
    void ld3ADeliberateReductionWithTheReasonIsVerifiedAnIncreaseIsNot() {
        long course = courseWithProduct("MALE");
        assess(course, 170, 70, 1.0, "MG_DL");
        // recomputed 54.6 mg fludarabine and 546 mg cyclophosphamide; both reduced to 80 % (43.7 and 437 mg):
        // 20 % below, beyond the 5 % tolerance, with the prescriber's reason (the label: reduce as appropriate)
        String why = "frailty: 79 years, ECOG 2, recent pneumonia; both agents at 80 %";
        long reduced = prescribe(course, order("fludarabineDailyMg", 43.7, "cyclophosphamideDailyMg", 437,
                "reason", why));
        pharmacist().post(base(course) + "orders/" + reduced + "/verification").then().statusCode(200)
                .body("orders.find { it.id == " + reduced + " }.status", is("VERIFIED"))
                .body("orders.find { it.id == " + reduced + " }.prescriptionReason", is(why));
        physician().get("/courses/" + course + "/audit").then()
                .body("find { it.action == 'lymphodepletion.order.verified' }.reason", is(why))
                .body("find { it.action == 'lymphodepletion.order.verified' }.details.deliberateReductions",
                        contains("FLUDARABINE", "CYCLOPHOSPHAMIDE"));
        // above the recomputed dose beyond the tolerance stays refused even with a reason: 600 mg = 9.9 % over 546
        long increased = prescribe(course, order("cyclophosphamideDailyMg", 600, "reason", "rounded up"));
        pharmacist().post(base(course) + "orders/" + increased + "/verification").then().statusCode(422)
                .body("ruleIds", contains("LD-1")).body("refusals[0].message", containsString("9.9 %"));
    }

    @Test
    void aNewWeightOrRenalTierInvalidatesTheVerification() {
        long course = courseWithProduct("MALE");
        assess(course, 170, 70, 1.0, "MG_DL");
        long order = prescribe(course, order());
        pharmacist().post(base(course) + "orders/" + order + "/verification").then().statusCode(200);
        assess(course, 170, 76, 1.0, "MG_DL"); // +8.6 %: still valid
        nurse().get(base(course)).then().body("orders.find { it.id == " + order + " }.status", is("VERIFIED"));
        assess(course, 170, 77.5, 1.0, "MG_DL"); // +10.7 %: void
        nurse().get(base(course)).then().body("orders.find { it.id == " + order + " }.status", is("INVALIDATED"))
                .body("orders.find { it.id == " + order + " }.invalidationReason", containsString("10.7 %"));
        long second = prescribe(course, order());
        pharmacist().post(base(course) + "orders/" + second + "/verification").then().statusCode(200);
        assess(course, 170, 77.5, 1.3, "MG_DL"); // CrCl 75 x 77.5 / 93.6 = 62.1: NORMAL -> MODERATE
        nurse().get(base(course)).then().body("orders.find { it.id == " + second + " }.status", is("INVALIDATED"))
                .body("orders.find { it.id == " + second + " }.invalidationReason", containsString("MODERATE"));
        coordinator().body(Map.of("transition", "start-lymphodepletion")).post("/courses/" + course + "/transitions")
                .then().statusCode(422).body("ruleIds", hasItem("LD-1"));
    }

    @Test
    void oldMeasurementsBlockOrdering() {
        long course = courseWithProduct("MALE");
        Map<String, Object> old = assessmentBody(170, 70, 1.0, "MG_DL");
        old.put("creatinineMeasuredOn", LocalDate.now(TOKYO).minusDays(9).toString());
        nurse().body(old).post(base(course) + "assessments").then().statusCode(201);
        physician().body(order()).post(base(course) + "orders").then().statusCode(422).body("ruleIds", contains("LD-2"))
                .body("refusals[0].message", containsString("older than 7 days"));
    }

    @Test
    void delayFindingsBlockTheStartUntilALaterAssessmentClearsThem() {
        long course = courseWithProduct("MALE");
        assess(course, 170, 70, 1.0, "MG_DL");
        long order = prescribe(course, order());
        pharmacist().post(base(course) + "orders/" + order + "/verification").then().statusCode(200);
        Map<String, Object> sick = assessmentBody(170, 70, 1.0, "MG_DL");
        sick.put("activeInfection", true);
        sick.put("seriousAdverseEventCardiac", true);
        nurse().body(sick).post(base(course) + "assessments").then().statusCode(201);
        coordinator().body(Map.of("transition", "start-lymphodepletion")).post("/courses/" + course + "/transitions")
                .then().statusCode(422).body("ruleIds", containsInAnyOrder("DELAY-1", "DELAY-2"))
                .body("refusals.find { it.ruleId == 'DELAY-1' }.message", containsString("cardiac"));
        assess(course, 170, 70, 1.0, "MG_DL");
        transition(course, "start-lymphodepletion", coordinator());
    }

    @Test
    void administrationFollowsTheVerifiedOrderDayByDay() {
        long course = courseWithProduct("FEMALE");
        LocalDate day1 = LocalDate.now(TOKYO);
        assess(course, 170, 70, 1.0, "MG_DL");
        long order = prescribe(course, order("ldDay1", day1.toString()));
        String give = base(course) + "administrations";
        Map<String, Object> fluDay1 = Map.of("drug", "FLUDARABINE", "ldDay", 1, "doseMg", 43.7,
                "startedAt", day1.atTime(9, 0).atZone(TOKYO).toInstant().toString(),
                "endedAt", day1.atTime(9, 30).atZone(TOKYO).toInstant().toString(), "lot", "F-1");
        clock.set(day1.atTime(12, 0).atZone(TOKYO).toInstant());
        // before LD has started (course PRODUCT_RECEIVED) and before verification: refused
        nurse().body(fluDay1).post(give).then().statusCode(422).body("ruleIds", contains("LD-1"));
        coordinator().body(Map.of("transition", "start-lymphodepletion")).post("/courses/" + course + "/transitions")
                .then().statusCode(422).body("ruleIds", contains("LD-1"));
        pharmacist().post(base(course) + "orders/" + order + "/verification").then().statusCode(200);
        transition(course, "start-lymphodepletion", coordinator());
        pharmacist().body(fluDay1).post(give).then().statusCode(403);
        Map<String, Object> wrongDose = new HashMap<>(fluDay1);
        wrongDose.put("doseMg", 54.6);
        nurse().body(wrongDose).post(give).then().statusCode(422).body("errors[0].field", is("doseMg"));
        Map<String, Object> fluDay2 = new HashMap<>(fluDay1);
        fluDay2.put("ldDay", 2);
        nurse().body(fluDay2).post(give).then().statusCode(422).body("ruleIds", contains("LD-1"))
                .body("refusals[0].message", containsString("before LD day 1"));
        nurse().body(fluDay1).post(give).then().statusCode(201);
        nurse().body(fluDay1).post(give).then().statusCode(409);
        // day 2 recorded on day 1's date: refused (the plan says tomorrow)
        nurse().body(fluDay2).post(give).then().statusCode(422).body("ruleIds", contains("LD-1"));
        nurse().body(Map.of("transition", "confirm-infusion-ready")).post("/courses/" + course + "/transitions").then()
                .statusCode(422).body("ruleIds", hasItem("LD-1"))
                .body("refusals.find { it.ruleId == 'LD-1' }.message", containsString("CYCLOPHOSPHAMIDE day 1"));
        giveRest(course, day1);
        // LD-1: not confirmed before day 0, 2 days after the last dose
        nurse().body(Map.of("transition", "confirm-infusion-ready")).post("/courses/" + course + "/transitions").then()
                .statusCode(422).body("ruleIds", hasItem("LD-1"))
                .body("refusals.find { it.ruleId == 'LD-1' }.message", containsString(day1.plusDays(5).toString()));
        clock.set(day1.plusDays(4).atTime(8, 0).atZone(TOKYO).toInstant());
        readyForInfusionDay(course);
        nurse().body(Map.of("transition", "confirm-infusion-ready")).post("/courses/" + course + "/transitions").then()
                .statusCode(422).body("ruleIds", contains("LD-1"));
        clock.set(day1.plusDays(5).atTime(8, 0).atZone(TOKYO).toInstant());
        readyForInfusionDay(course);
        transition(course, "confirm-infusion-ready", nurse());
        nurse().get(base(course)).then().body("administrations", hasSize(6))
                .body("plannedInfusionOn", is(day1.plusDays(5).toString()));
    }

    @Test
    void ld1OnceDailyMeansAtLeast20HoursApartNotJustAnotherDate() {
        long course = courseInLd(clock, null);
        LocalDate day1 = clock.instant().atZone(TOKYO).toLocalDate();
        String flu = nurse().get(base(course)).then().extract().jsonPath()
                .getString("orders.find { it.status == 'VERIFIED' }.prescribedFludarabineMg");
        String give = base(course) + "administrations";
        // day 1 at 23:00, day 2 at 00:30 the next date: 90 minutes apart
        clock.set(day1.atTime(23, 45).atZone(TOKYO).toInstant());
        nurse().body(Map.of("drug", "FLUDARABINE", "ldDay", 1, "doseMg", flu,
                "startedAt", day1.atTime(23, 0).atZone(TOKYO).toInstant().toString(),
                "endedAt", day1.atTime(23, 30).atZone(TOKYO).toInstant().toString(), "lot", "L1")).post(give).then()
                .statusCode(201);
        clock.set(day1.plusDays(1).atTime(1, 15).atZone(TOKYO).toInstant());
        Map<String, Object> day2 = new HashMap<>(Map.of("drug", "FLUDARABINE", "ldDay", 2, "doseMg", flu,
                "startedAt", day1.plusDays(1).atTime(0, 30).atZone(TOKYO).toInstant().toString(),
                "endedAt", day1.plusDays(1).atTime(1, 0).atZone(TOKYO).toInstant().toString(), "lot", "L2"));
        nurse().body(day2).post(give).then().statusCode(422).body("ruleIds", contains("LD-1"))
                .body("refusals[0].message", allOf(containsString("90 minutes"), containsString("20 hours")));
        nurse().get(base(course)).then().body("administrations", hasSize(1));
        // it was given: recorded with the reason, and flagged
        day2.put("spacingDeviationReason", "night dose after the delayed day 1 infusion; haematologist informed");
        nurse().body(day2).post(give).then().statusCode(201)
                .body("administrations.find { it.ldDay == 2 }.spacingDeviationReason", containsString("haematologist"));
        physician().get("/courses/" + course + "/audit").then()
                .body("findAll { it.action == 'lymphodepletion.dose.given' }[1].details.spacingDeviation", is(true))
                .body("findAll { it.action == 'lymphodepletion.dose.given' }[1].reason", containsString("haematologist"));
    }

    @Test
    void ld1ADoseGivenOnAnotherDateThanScheduledIsRecordedWithItsReasonNotRefused() {
        long course = courseInLd(clock, null);
        LocalDate day1 = clock.instant().atZone(TOKYO).toLocalDate();
        double flu = Double.parseDouble(nurse().get(base(course)).then().extract().jsonPath()
                .getString("orders.find { it.status == 'VERIFIED' }.prescribedFludarabineMg"));
        String give = base(course) + "administrations";
        clock.set(day1.atTime(18, 0).atZone(TOKYO).toInstant());
        Map<String, Object> onSchedule = new HashMap<>(dose("FLUDARABINE", flu, 1, day1));
        onSchedule.put("scheduleDeviationReason", "x");
        nurse().body(onSchedule).post(give).then().statusCode(422).body("errors[0].field", is("scheduleDeviationReason"));
        onSchedule.remove("scheduleDeviationReason");
        nurse().body(onSchedule).post(give).then().statusCode(201);
        // day 2 was scheduled for day1 + 1 but given a day later (documented on the ward, entered now)
        clock.set(day1.plusDays(2).atTime(18, 0).atZone(TOKYO).toInstant());
        Map<String, Object> late = new HashMap<>(dose("FLUDARABINE", flu, 2, day1.plusDays(2)));
        nurse().body(late).post(give).then().statusCode(422).body("ruleIds", contains("LD-1"))
                .body("refusals[0].message", containsString("scheduleDeviationReason"));
        late.put("scheduleDeviationReason", "day 2 given a day late after a transient fever; physician informed");
        nurse().body(late).post(give).then().statusCode(201)
                .body("administrations.find { it.ldDay == 2 }.scheduleDeviationReason", containsString("a day late"));
        physician().get("/courses/" + course + "/audit").then()
                .body("findAll { it.action == 'lymphodepletion.dose.given' }[1].details.scheduleDeviation", is(true))
                .body("findAll { it.action == 'lymphodepletion.dose.given' }[1].details.scheduledOn",
                        is(day1.plusDays(1).toString()))
                .body("findAll { it.action == 'lymphodepletion.dose.given' }[1].reason", containsString("a day late"));
    }

    @Test
    void aMissedOrDelayedDayMovesThePlanWithARecordedReason() {
        long course = courseWithProduct("FEMALE");
        LocalDate t = LocalDate.now(TOKYO);
        assess(course, 170, 70, 1.0, "MG_DL");
        long order = prescribe(course, order("ldDay1", t.toString()));
        pharmacist().post(base(course) + "orders/" + order + "/verification").then().statusCode(200);
        String move = base(course) + "orders/" + order + "/plan-moves";
        // no bed on the ward: the coordinator moves the whole plan one day later
        Map<String, Object> oneDayLater = Map.of("fromLdDay", 1, "newDate", t.plusDays(1).toString(), "reason",
                "no bed on the ward");
        nurse().body(oneDayLater).post(move).then().statusCode(403);
        pharmacist().body(oneDayLater).post(move).then().statusCode(403);
        coordinator().body(Map.of("fromLdDay", 1, "newDate", t.plusDays(1).toString())).post(move).then()
                .statusCode(400).body("errors.field", hasItem("reason"));
        coordinator().body(Map.of("fromLdDay", 1, "newDate", t.toString(), "reason", "x")).post(move).then()
                .statusCode(422).body("errors[0].field", is("newDate"));
        // LD-2: measured yesterday, so LD day 1 nine days out would rest on measurements older than 7 days
        coordinator().body(Map.of("fromLdDay", 1, "newDate", t.plusDays(9).toString(), "reason", "x")).post(move)
                .then().statusCode(422).body("ruleIds", contains("LD-2"));
        coordinator().body(oneDayLater).post(move).then().statusCode(200)
                .body("orders[0].ldDays", contains(t.plusDays(1).toString(), t.plusDays(2).toString(),
                        t.plusDays(3).toString()))
                .body("orders[0].status", is("VERIFIED"))
                .body("plannedInfusionOn", is(t.plusDays(6).toString()))
                .body("planMoves[0].reason", is("no bed on the ward")).body("planMoves[0].movedBy", is("coord-ann"));
        transition(course, "start-lymphodepletion", coordinator());
        giveDay(course, 1, t.plusDays(1));
        // day 2 (t+2) is missed for a fever; on t+3 the old plan refuses day 2 and says how to move it
        clock.set(t.plusDays(3).atTime(12, 0).atZone(TOKYO).toInstant());
        nurse().body(dose("FLUDARABINE", 43.7, 2, t.plusDays(3))).post(base(course) + "administrations").then()
                .statusCode(422).body("ruleIds", contains("LD-1"))
                .body("refusals[0].message", containsString("plan-moves"));
        Map<String, Object> dayTwoLater = Map.of("fromLdDay", 2, "newDate", t.plusDays(3).toString(), "reason",
                "fever 38.4 C on day -4, resolved without antibiotics");
        // a gap after a given day is the physician's decision
        coordinator().body(dayTwoLater).post(move).then().statusCode(403).body("ruleIds", contains("LD-1"));
        physician().body(Map.of("fromLdDay", 1, "newDate", t.plusDays(3).toString(), "reason", "x")).post(move).then()
                .statusCode(409);
        physician().body(dayTwoLater).post(move).then().statusCode(200)
                .body("orders[0].ldDays", contains(t.plusDays(1).toString(), t.plusDays(3).toString(),
                        t.plusDays(4).toString()))
                .body("plannedInfusionOn", is(t.plusDays(7).toString())).body("planMoves", hasSize(2))
                .body("planMoves[1].previousDate", is(t.plusDays(2).toString()));
        giveDay(course, 2, t.plusDays(3));
        giveDay(course, 3, t.plusDays(4));
        nurse().get(base(course)).then().body("administrations", hasSize(6));
        physician().get("/courses/" + course + "/audit").then()
                .body("findAll { it.action == 'lymphodepletion.plan.moved' }.reason",
                        contains("no bed on the ward", "fever 38.4 C on day -4, resolved without antibiotics"))
                .body("find { it.action == 'lymphodepletion.plan.moved' && it.actorRole == 'physician' }"
                        + ".details.fromLdDay", is(2));
    }

    private static Map<String, Object> dose(String drug, double mg, int ldDay, LocalDate date) {
        return Map.of("drug", drug, "ldDay", ldDay, "doseMg", mg,
                "startedAt", date.atTime(10, 0).atZone(TOKYO).toInstant().toString(),
                "endedAt", date.atTime(11, 0).atZone(TOKYO).toInstant().toString(), "lot", "L-" + ldDay);
    }

    private void giveDay(long course, int ldDay, LocalDate date) {
        clock.set(date.atTime(18, 0).atZone(TOKYO).toInstant());
        nurse().body(dose("FLUDARABINE", 43.7, ldDay, date)).post(base(course) + "administrations").then()
                .statusCode(201);
        nurse().body(dose("CYCLOPHOSPHAMIDE", 546, ldDay, date)).post(base(course) + "administrations").then()
                .statusCode(201);
    }

    private void giveRest(long course, LocalDate day1) {
        for (int day = 1; day <= 3; day++) {
            LocalDate date = day1.plusDays(day - 1);
            clock.set(date.atTime(18, 0).atZone(TOKYO).toInstant());
            for (Object[] d : List.of(new Object[] { "FLUDARABINE", 43.7 }, new Object[] { "CYCLOPHOSPHAMIDE", 546 })) {
                if (day == 1 && d[0].equals("FLUDARABINE")) {
                    continue;
                }
                nurse().body(Map.of("drug", d[0], "ldDay", day, "doseMg", d[1],
                        "startedAt", date.atTime(10, 0).atZone(TOKYO).toInstant().toString(),
                        "endedAt", date.atTime(11, 0).atZone(TOKYO).toInstant().toString(), "lot", "L-" + day))
                        .post(base(course) + "administrations").then().statusCode(201);
            }
        }
    }
}
