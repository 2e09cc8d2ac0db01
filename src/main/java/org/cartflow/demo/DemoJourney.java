package org.cartflow.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cartflow.apheresis.Iso7064Mod37_2;

/**
 * One demo patient walked through the journey by the API, step by step, each step at its own moment of a timeline
 * anchored on the planned infusion day {@code d0} (day 0): the app's clock is moved to that moment first, so a past
 * stage is recorded the way the ward would have recorded it then. A moment that would lie after the real now is
 * taken at the real now, and the moments of one patient never go backwards.
 */
final class DemoJourney {

    static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private final DemoApi api;
    private final Consumer<Instant> clock;
    private final Instant realNow;
    private final LocalDate d0;
    private Instant now;

    final String mrn;
    final String familyName;
    final String givenName;
    final String birthDate;
    final String coi;
    final String din;
    long patientId;
    long courseId;

    DemoJourney(DemoApi api, Consumer<Instant> clock, Instant realNow, LocalDate d0, int serial, String familyName,
            String givenName, String birthDate, String sex) {
        this.api = api;
        this.clock = clock;
        this.realNow = realNow;
        this.d0 = d0;
        this.mrn = String.format("DEMO-%04d", serial);
        this.familyName = familyName;
        this.givenName = givenName;
        this.birthDate = birthDate;
        this.coi = String.format("COI-DEMO-%04d", serial);
        this.din = String.format("W9999%02d%06d", d0.getYear() % 100, 900_000 + serial);
        this.now = Instant.EPOCH;
        at(-40, 9, 0);
        patientId = api.post("coordinator", "/patients", Map.of("mrn", mrn, "familyName", familyName,
                "givenName", givenName, "birthDate", birthDate, "sex", sex, "hospitalZone", ZONE.getId()))
                .path("id").asLong();
        courseId = api.post("coordinator", "/patients/" + patientId + "/courses", null).path("id").asLong();
    }

    /** Moves the app's clock to day {@code day} (relative to day 0) at the given local time. */
    DemoJourney at(int day, int hour, int minute) {
        return at(d0.plusDays(day).atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant());
    }

    DemoJourney at(Instant planned) {
        Instant t = planned.isAfter(realNow) ? realNow : planned;
        if (!t.isAfter(now)) {
            t = now.plusSeconds(1);
        }
        now = t;
        clock.accept(t);
        return this;
    }

    Instant now() {
        return now;
    }

    LocalDate today() {
        return now.atZone(ZONE).toLocalDate();
    }

    String path(String rest) {
        return "/courses/" + courseId + rest;
    }

    JsonNode course() {
        return api.get("coordinator", path(""));
    }

    void transition(String user, String transition) {
        api.post(user, path("/transitions"), Map.of("transition", transition));
    }

    void transition(String user, String transition, String reason) {
        api.post(user, path("/transitions"), Map.of("transition", transition, "reason", reason));
    }

    // ------------------------------------------------------------------ eligibility (SITE-1, ELIG-1..6, CONSENT-1)

    void siteAndDiagnosis() {
        api.put("physician", path("/eligibility/site-qualification"), Map.of("siteCode", "DEMO-01",
                "siteName", "DEMO University Hospital", "crsEmergencyCapable", true, "treatingPhysician", "physician",
                "hemeSctExperienced", true, "manufacturerTrainingOn", today().minusMonths(6).toString()));
        api.put("physician", path("/eligibility/diagnosis"), Map.of("diagnosis", "MULTIPLE_MYELOMA",
                "diseaseStatus", "RELAPSED_AND_REFRACTORY"));
    }

    void therapyLine(int number, List<String> classes, String outcome, String regimen) {
        LocalDate started = today().minusMonths(40 - 10L * number);
        api.post("physician", path("/eligibility/therapy-lines"), Map.of("lineNumber", number, "regimen", regimen,
                "agentClasses", classes, "startedOn", started.toString(), "endedOn", started.plusMonths(8).toString(),
                "outcome", outcome));
    }

    void threePriorLines() {
        therapyLine(1, List.of("IMMUNOMODULATORY_DRUG", "PROTEASOME_INHIBITOR", "CORTICOSTEROID"), "RELAPSED_AFTER",
                "bortezomib, lenalidomide, dexamethasone");
        therapyLine(2, List.of("ANTI_CD38_ANTIBODY", "PROTEASOME_INHIBITOR", "CORTICOSTEROID"), "RELAPSED_AFTER",
                "daratumumab, carfilzomib, dexamethasone");
        therapyLine(3, List.of("IMMUNOMODULATORY_DRUG", "CORTICOSTEROID"), "PROGRESSED_ON",
                "pomalidomide, dexamethasone");
    }

    void ecog(int score) {
        api.put("physician", path("/eligibility/ecog"), Map.of("score", score, "assessedOn", today().toString()));
    }

    void pregnancyHypersensitivityAndConsent() {
        api.put("physician", path("/eligibility/pregnancy-status"), Map.of("childbearingPotential", false,
                "pregnant", false, "contraceptionCounselled", true));
        api.put("physician", path("/eligibility/hypersensitivity"), Map.of("dmso", false, "humanSerumAlbumin", false,
                "electrolyteSolution", false));
        api.put("physician", path("/eligibility/consent"), Map.of("signedOn", today().toString(), "signedBy",
                "PATIENT", "signerName", givenName + " " + familyName, "explainedBy", "physician",
                "documentReference", "IC-" + mrn, "written", true));
    }

    /** Day −40: screening, the whole work-up and the physician's decision. */
    void declaredEligible() {
        at(-40, 9, 5);
        transition("coordinator", "start-screening");
        at(-40, 10, 0);
        siteAndDiagnosis();
        threePriorLines();
        ecog(1);
        pregnancyHypersensitivityAndConsent();
        at(-40, 11, 0);
        transition("physician", "declare-eligible");
    }

    // ------------------------------------------------------------------ apheresis (APH-1..3, CONSENT-2, AUTOLOGOUS-1)

    /** Day −38: infection markers, leukapheresis consent, the slot, then COLLECTION. */
    void collectionStarted() {
        at(-38, 9, 0);
        for (String marker : List.of("CMV", "HBSAG", "ANTI_HBC", "HCV", "HIV")) {
            api.post("coordinator", path("/apheresis/infection-tests"), Map.of("marker", marker, "result", "NEGATIVE",
                    "testedOn", today().minusDays(2).toString()));
        }
        api.put("coordinator", path("/apheresis/consent"), Map.of("signedOn", today().toString(), "signerName",
                givenName + " " + familyName, "witnessName", "DEMO witness", "explainedBy", "physician",
                "documentReference", "IC-APH-" + mrn, "written", true, "useOfCellsExplained", true));
        LocalDate slot = d0.minusDays(35);
        api.put("coordinator", path("/apheresis/slot"), Map.of("date", slot.toString(), "time", "08:30",
                "unit", "DEMO apheresis unit"));
        transition("coordinator", "start-collection");
    }

    /** Day −35: the non-mobilized collection, its 2-8 °C shipment, then MANUFACTURING with a run ordered. */
    long manufacturingStarted() {
        at(-35, 13, 0);
        Map<String, Object> collection = new HashMap<>();
        collection.put("startedAt", now.minus(Duration.ofHours(4)).toString());
        collection.put("endedAt", now.minus(Duration.ofMinutes(30)).toString());
        collection.put("volumeMl", 240);
        collection.put("totalNucleatedCellsE9", 11.8);
        collection.put("cd3CellsE9", 4.0);
        collection.put("gcsfInPriorDays", false);
        collection.put("plerixaforInPriorDays", false);
        collection.put("chainOfIdentityId", coi);
        collection.put("din", din);
        collection.put("dinCheckCharacter", String.valueOf(Iso7064Mod37_2.checkCharacter(din)));
        api.post("coordinator", path("/apheresis/collections"), collection);
        api.put("coordinator", path("/apheresis/shipment"), Map.of("boxId", "BOX-" + mrn, "boxSetLowC", 2.0,
                "boxSetHighC", 8.0, "packedAt", now.minus(Duration.ofMinutes(20)).toString(), "packedBy", "coordinator",
                "destination", "Manufacturing site (DEMO)"));
        api.post("coordinator", path("/apheresis/shipment/handoffs"), Map.of("fromParty", "Apheresis unit",
                "toParty", "Courier", "handedAt", now.minus(Duration.ofMinutes(10)).toString(), "location", "Dock 1"));
        api.post("coordinator", path("/apheresis/shipment/temperatures"), Map.of("measuredAt",
                now.minus(Duration.ofMinutes(5)).toString(), "celsius", 5.0));
        transition("coordinator", "start-manufacturing");
        return orderRun(null);
    }

    long orderRun(String source) {
        Map<String, Object> body = new HashMap<>(Map.of("chainOfIdentityId", coi, "din", din));
        if (source != null) {
            body.put("source", source);
        }
        JsonNode orders = api.post("coordinator", path("/manufacturing/orders"), body).path("orders");
        return orders.get(orders.size() - 1).path("id").asLong();
    }

    void runStatus(long run, Map<String, Object> body) {
        api.put("coordinator", path("/manufacturing/orders/" + run + "/status"), body);
    }

    /** Day −12: release testing passed, the run shipped (420 x 10^6 CAR+ T cells, in specification). */
    void runShipped(long run) {
        at(-14, 10, 0);
        runStatus(run, Map.of("status", "RELEASE_TESTING"));
        at(-12, 10, 0);
        runStatus(run, Map.of("status", "SHIPPED", "carTCellYieldMillions", 420.0, "outOfSpecification", false));
    }

    // ------------------------------------------------------------------ product (STO-1..3, DOSE-1)

    /** Day −9: receipt against the release certificate, storage at −150 °C, then PRODUCT_RECEIVED. */
    void productReceived() {
        at(-9, 14, 0);
        Map<String, Object> patient = Map.of("mrn", mrn, "familyName", familyName, "givenName", givenName,
                "birthDate", birthDate, "chainOfIdentityId", coi);
        Map<String, Object> receipt = new HashMap<>();
        receipt.put("certificateNumber", "CERT-" + mrn);
        receipt.put("patient", patient);
        receipt.put("din", din);
        receipt.put("expiryDate", today().plusMonths(10).toString());
        receipt.put("arrivalTemperatureC", -152);
        receipt.put("bags", List.of(Map.of("bagCode", bagCode(), "volumeMl", 50, "carTCellsMillions", 420)));
        api.post("pharmacist", path("/product/receipt"), receipt);
        api.post("pharmacist", path("/product/storage"), Map.of("location", "LN2 vapour tank 1, rack A",
                "temperatureC", -150));
        transition("coordinator", "receive-product");
    }

    String bagCode() {
        return "BAG-" + mrn + "-1";
    }

    // ------------------------------------------------------------------ lymphodepletion (LD-1..3)

    /** Day −7: the nurse's pre-LD assessment and the physician's order for LD days −5..−3. */
    void ldPrescribed() {
        at(-7, 9, 0);
        String yesterday = today().minusDays(1).toString();
        Map<String, Object> a = new HashMap<>();
        a.put("heightCm", 168);
        a.put("heightMeasuredOn", yesterday);
        a.put("weightKg", 64.5);
        a.put("weightMeasuredOn", yesterday);
        a.put("creatinine", Map.of("value", 0.9, "unit", "mg/dL"));
        a.put("creatinineMeasuredOn", yesterday);
        a.put("anc", Map.of("value", 2600, "unit", "/uL"));
        a.put("platelets", Map.of("value", 14.2, "unit", "10*4/uL"));
        a.put("hemoglobin", Map.of("value", 10.9, "unit", "g/dL"));
        a.put("countsMeasuredOn", yesterday);
        a.put("activeInfection", false);
        a.put("inflammatoryDisease", false);
        a.put("seriousAdverseEventPulmonary", false);
        a.put("seriousAdverseEventCardiac", false);
        a.put("seriousAdverseEventHypotension", false);
        api.post("nurse", path("/lymphodepletion/assessments"), a);
        at(-7, 11, 0);
        api.post("physician", path("/lymphodepletion/orders"), Map.of("ldDay1", d0.minusDays(5).toString()));
    }

    long ldOrderId() {
        JsonNode orders = api.get("pharmacist", path("/lymphodepletion")).path("orders");
        return orders.get(orders.size() - 1).path("id").asLong();
    }

    void ldVerified() {
        at(-7, 15, 0);
        api.post("pharmacist", path("/lymphodepletion/orders/" + ldOrderId() + "/verification"), null);
    }

    void lymphodepletionStarted() {
        at(-5, 8, 0);
        transition("coordinator", "start-lymphodepletion");
    }

    /** Fludarabine and cyclophosphamide of LD day {@code ldDay} (1..3 = days −5..−3), 09:00-09:30 and 10:00-10:30. */
    void ldDosesOfDay(int ldDay) {
        JsonNode order = api.get("nurse", path("/lymphodepletion")).path("orders");
        JsonNode verified = order.get(order.size() - 1);
        int day = -6 + ldDay;
        at(day, 11, 0);
        Instant flu = d0.plusDays(day).atTime(9, 0).atZone(ZONE).toInstant();
        ldDose("FLUDARABINE", ldDay, verified.path("prescribedFludarabineMg").asText(), flu);
        ldDose("CYCLOPHOSPHAMIDE", ldDay, verified.path("prescribedCyclophosphamideMg").asText(), flu.plusSeconds(3600));
    }

    private void ldDose(String drug, int ldDay, String doseMg, Instant startedAt) {
        api.post("nurse", path("/lymphodepletion/administrations"), Map.of("drug", drug, "ldDay", ldDay, "doseMg", doseMg,
                "startedAt", startedAt.toString(), "endedAt", startedAt.plusSeconds(1800).toString(),
                "lot", "LOT-" + drug.substring(0, 3) + "-" + ldDay));
    }

    // ------------------------------------------------------------------ infusion day (INF-1..13, RATE-1)

    Map<String, Object> readiness() {
        Map<String, Object> m = new HashMap<>();
        m.put("activeInfection", false);
        m.put("inflammatoryDisease", false);
        m.put("seriousAdverseEventPulmonary", false);
        m.put("seriousAdverseEventCardiac", false);
        m.put("seriousAdverseEventHypotension", false);
        m.put("temperatureC", 36.5);
        m.put("heartRate", 74);
        m.put("systolicBp", 126);
        m.put("diastolicBp", 80);
        m.put("spo2", 98);
        m.put("respiratoryRate", 14);
        m.put("emergencyMeasuresReady", true);
        return m;
    }

    /** Day 0 morning: tocilizumab on hand, the same-day check, then INFUSION_READY. */
    void infusionReady() {
        at(0, 8, 0);
        api.put("pharmacist", path("/monitoring/tocilizumab-stock"), Map.of("dosesOnHand", 2));
        api.post("nurse", path("/infusion/readiness"), readiness());
        transition("nurse", "confirm-infusion-ready");
    }

    /** Day 0: premedication at 10:00, the label's bedside steps for the one bag (two nurses), infusion ends 11:00. */
    void infused() {
        Instant end = d0.atTime(11, 0).atZone(ZONE).toInstant();
        at(end.minus(Duration.ofMinutes(100)));
        api.post("nurse", path("/infusion/readiness"), readiness());
        at(end.minus(Duration.ofMinutes(60)));
        api.post("nurse", path("/infusion/premedication"), Map.of("givenAt", now.toString(), "acetaminophenMg", 650,
                "antihistamine", "DIPHENHYDRAMINE", "antihistamineMg", 25));
        long bag = api.get("nurse", path("/infusion")).path("bags").get(0).path("id").asLong();
        String step = "/infusion/bags/" + bag + "/";
        Map<String, Object> id = Map.of("mrn", mrn, "familyName", familyName, "givenName", givenName,
                "birthDate", birthDate, "chainOfIdentityId", coi);
        Map<String, Object> identity = Map.of("entry", "SCANNED", "bagCode", bagCode(), "cassette", id, "bag", id);
        at(end.minus(Duration.ofMinutes(30)));
        api.post("nurse", path(step + "identity-check"), identity);
        api.post("nurse2", path(step + "identity-cosign"), identity);
        api.post("nurse", path(step + "inspection"), Map.of("intact", true));
        at(end.minus(Duration.ofMinutes(27)));
        api.post("nurse", path(step + "thaw-start"), Map.of("method", "WATER_BATH", "temperatureC", 37));
        at(end.minus(Duration.ofMinutes(24)));
        api.post("nurse", path(step + "thaw-complete"), Map.of("completelyThawed", true));
        at(end.minus(Duration.ofMinutes(20)));
        api.post("nurse", path(step + "line-setup"), Map.of("primedWithSaline", true, "leukocyteDepletingFilter", false,
                "productIrradiated", false));
        api.post("nurse", path(step + "bedside-identity-check"), Map.of("entry", "SCANNED", "bagCode", bagCode(),
                "bag", id, "wristband", id));
        at(end.minus(Duration.ofMinutes(18)));
        api.post("nurse", path(step + "infusion-start"), Map.of("pumpRateMlMin", 5));
        at(end);
        api.post("nurse", path(step + "infusion-end"), Map.of("fullVolumeGiven", true));
        at(end.plus(Duration.ofMinutes(5)));
        api.post("nurse", path(step + "back-prime"), Map.of("salineMl", 30));
        api.post("nurse", path(step + "disposal"), Map.of("asInfectiousWaste", true));
        transition("nurse", "record-infusion");
        at(end.plus(Duration.ofMinutes(30)));
        transition("nurse", "admit-for-monitoring");
    }

    // ------------------------------------------------------------------ monitoring (MON-1..8, CRS-ALG, NEURO-ALG)

    /** The nurse's assessment at the clock's time; a temperature of 38.0 °C or more alone is CRS grade 1. */
    void assessment(double temperatureC) {
        Map<String, Object> m = new HashMap<>();
        m.put("assessedAt", now.toString());
        m.put("temperatureC", temperatureC);
        m.put("systolicBp", 118);
        m.put("diastolicBp", 72);
        m.put("heartRate", temperatureC >= 38 ? 104 : 80);
        m.put("spo2", 97);
        m.put("oxygenDevice", "NONE");
        m.put("hypotension", false);
        m.put("vasopressors", 0);
        m.put("vasopressin", false);
        m.put("ice", Map.of("orientation", 4, "naming", 3, "commands", 1, "writing", 1, "attention", 1));
        m.put("consciousness", "ALERT");
        m.put("seizure", "NONE");
        m.put("motorWeakness", false);
        m.put("cerebralOedema", "NONE");
        api.post("nurse", path("/monitoring/assessments"), m);
    }

    /** Daily assessments from day 0 (evening) to {@code lastDay} (08:00), afebrile except where {@code fever}. */
    void dailyAssessments(int lastDay, Map<Integer, Double> fever) {
        at(0, 20, 0);
        assessment(fever.getOrDefault(0, 36.8));
        for (int day = 1; day <= lastDay; day++) {
            at(day, 8, 0);
            assessment(fever.getOrDefault(day, 36.7));
        }
    }

    void labs() {
        Map<String, Object> m = new HashMap<>();
        m.put("collectedAt", now.minus(Duration.ofMinutes(30)).toString());
        // as a Japanese laboratory reports them: counts per uL, platelets in 10^4/uL
        m.put("anc", Map.of("value", 1800, "unit", "/uL"));
        m.put("platelets", Map.of("value", 9.6, "unit", "10*4/uL"));
        m.put("hemoglobin", Map.of("value", 10.4, "unit", "g/dL"));
        m.put("crp", 0.6);
        m.put("ferritin", 420);
        m.put("potassium", Map.of("value", 4.0, "unit", "mmol/L"));
        m.put("uricAcid", 4.8);
        m.put("creatinine", Map.of("value", 71, "unit", "umol/L"));
        m.put("igg", 520);
        m.put("infection", "NONE");
        api.post("nurse", path("/monitoring/labs"), m);
    }

    /** Day 14: calm assessment, labs, the caregiver and lodging arrangements, then the physician's discharge. */
    void discharged() {
        dailyAssessments(14, Map.of(2, 38.3));
        at(14, 10, 0);
        labs();
        api.put("physician", path("/monitoring/discharge-record"), Map.of("caregiverName", "DEMO caregiver",
                "caregiverContact", "+81-90-0000-0000", "lodgingAddress", "DEMO hotel near the hospital",
                "lodgingMinutesToSite", 12, "ackNoDriving", true, "ackNoDonation", true, "ackLiveVaccines", true,
                "ackHivNatFalsePositive", true));
        at(14, 11, 0);
        transition("physician", "discharge");
    }

    void proximityEnded() {
        at(30, 10, 0);
        transition("coordinator", "end-proximity-period");
    }

    void response(int day, String response, String mrd) {
        at(day, 10, 0);
        api.post("coordinator", path("/monitoring/responses"), Map.of("assessedOn", today().toString(),
                "response", response, "mrd", mrd));
    }
}
