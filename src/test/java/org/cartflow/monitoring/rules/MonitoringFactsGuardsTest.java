package org.cartflow.monitoring.rules;

import static org.cartflow.kernel.GuardAssert.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.cartflow.monitoring.DischargeRecord;
import org.cartflow.monitoring.LabPanel;
import org.cartflow.monitoring.MonitoringAssessment;
import org.cartflow.rules.LabelProfiles;
import org.junit.jupiter.api.Test;

/**
 * The discharge and follow-up guards as pure functions of their facts, both sides of each threshold, with the numbers
 * from the label profiles where the profile holds them. Plain JUnit, no container, no database.
 */
class MonitoringFactsGuardsTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** 00:30 in Tokyo: still the previous day in UTC, so "today" must be the hospital's. */
    private static final Instant NOW = ZonedDateTime.of(2026, 3, 16, 0, 30, 0, 0, TOKYO).toInstant();
    private static final LabelProfiles PROFILES = new LabelProfiles();

    private static MonitoringAssessment assessment(Instant at, int crs, int icans) {
        MonitoringAssessment a = new MonitoringAssessment();
        a.assessedAt = at;
        a.crsGrade = crs;
        a.icansGrade = icans;
        a.dayNumber = 14;
        return a;
    }

    private static List<String> discharge(MonitoringAssessment latest, Integer maxAgeHours) {
        return ids(new NoActiveCrsOrIcansGuard(), new NoActiveCrsOrIcansGuard.Facts(latest, NOW, TOKYO, maxAgeHours));
    }

    @Test
    void mon3AndMon4TheLatestAssessmentIsFromTheDischargeDayInTheHospitalsZone() {
        Instant midnightTokyo = ZonedDateTime.of(2026, 3, 16, 0, 0, 0, 0, TOKYO).toInstant();
        assertEquals(List.of(), discharge(assessment(midnightTokyo, 0, 0), null));
        assertEquals(List.of("MON-3"), discharge(assessment(midnightTokyo.minusSeconds(1), 0, 0), null),
                "23:59:59 yesterday in Tokyo (the same UTC day as now) is not today");
        assertEquals(List.of("MON-3", "MON-4"), discharge(null, null), "no assessment at all");
    }

    @Test
    void mon3WithTheSitesMaximumAgeInHours() {
        assertEquals(List.of(), discharge(assessment(NOW.minus(Duration.ofHours(12)), 0, 0), 12));
        assertEquals(List.of("MON-3"), discharge(assessment(NOW.minus(Duration.ofHours(12)).minusSeconds(1), 0, 0), 12));
    }

    @Test
    void crsAndIcansOfAnyGradeRefuseTheDischarge() {
        assertEquals(List.of("CRS-ALG"), discharge(assessment(NOW, 1, 0), null));
        assertEquals(List.of("NEURO-ALG"), discharge(assessment(NOW, 0, 1), null));
        assertEquals(List.of("CRS-ALG", "NEURO-ALG"), discharge(assessment(NOW, 2, 3), null));
    }

    @Test
    void mon3EveryDayFromDayZeroToYesterdayIsAssessedOrExplained() {
        var g = new NoUnexplainedMissingDayGuard();
        assertEquals(List.of(), ids(g, new NoUnexplainedMissingDayGuard.Facts(3, Set.of(0, 1, 2))));
        assertEquals(List.of("MON-3"), ids(g, new NoUnexplainedMissingDayGuard.Facts(3, Set.of(0, 2))));
        assertTrue(g.check(new NoUnexplainedMissingDayGuard.Facts(3, Set.of(0, 2))).get(0).message().contains("[1]"));
        assertEquals(List.of(), ids(g, new NoUnexplainedMissingDayGuard.Facts(0, Set.of())), "today is not yet due");
        assertEquals(List.of(), ids(g, new NoUnexplainedMissingDayGuard.Facts(null, Set.of())), "not infused");
    }

    private static DischargeRecord arrangements(Consumer<DischargeRecord> change) {
        DischargeRecord d = new DischargeRecord();
        d.lodgingMinutesToSite = 30;
        d.ackNoDriving = true;
        d.ackNoDonation = true;
        d.ackLiveVaccines = true;
        d.ackHivNatFalsePositive = true;
        change.accept(d);
        return d;
    }

    @Test
    void mon2LodgingWithinTheProfilesMinutesAndPost1To4Acknowledged() {
        var g = new DischargeArrangementsGuard();
        for (String profile : List.of("abecma-jp-2022", "abecma-jp-2023-12-06")) {
            int max = PROFILES.get(profile).value("proximityMaxMinutesToSite");
            assertEquals(30, max, profile);
            assertEquals(List.of(), ids(g, new DischargeArrangementsGuard.Facts(arrangements(d -> { }), max)));
            assertEquals(List.of("MON-2"), ids(g, new DischargeArrangementsGuard.Facts(
                    arrangements(d -> d.lodgingMinutesToSite = 31), max)));
        }
        assertEquals(List.of(), ids(g, new DischargeArrangementsGuard.Facts(
                arrangements(d -> d.lodgingMinutesToSite = 31), 31)), "the limit comes from the facts");
        assertEquals(List.of("POST-1"), ids(g, new DischargeArrangementsGuard.Facts(arrangements(d -> d.ackNoDriving = false), 30)));
        assertEquals(List.of("POST-2"), ids(g, new DischargeArrangementsGuard.Facts(arrangements(d -> d.ackNoDonation = false), 30)));
        assertEquals(List.of("POST-3"), ids(g, new DischargeArrangementsGuard.Facts(arrangements(d -> d.ackLiveVaccines = false), 30)));
        assertEquals(List.of("POST-4"), ids(g, new DischargeArrangementsGuard.Facts(
                arrangements(d -> d.ackHivNatFalsePositive = false), 30)));
        assertEquals(List.of("MON-2"), ids(g, new DischargeArrangementsGuard.Facts(null, 30)), "nothing recorded");
    }

    @Test
    void mon5To8EachLabGroupIsNeededOnceAfterTheInfusion() {
        var g = new PostInfusionLabsGuard();
        LabPanel complete = new LabPanel();
        complete.infection = LabPanel.Infection.NONE;
        complete.anc = complete.platelets = complete.hemoglobin = BigDecimal.ONE;
        complete.potassium = complete.uricAcid = complete.creatinine = BigDecimal.ONE;
        complete.igg = BigDecimal.ONE;
        assertEquals(List.of(), ids(g, new PostInfusionLabsGuard.Facts(List.of(complete))));
        assertEquals(List.of("MON-5", "MON-6", "MON-7", "MON-8"), ids(g, new PostInfusionLabsGuard.Facts(List.of())));
        LabPanel noPlatelets = new LabPanel();
        noPlatelets.anc = noPlatelets.hemoglobin = BigDecimal.ONE;
        assertEquals(List.of("MON-5", "MON-6", "MON-7", "MON-8"), ids(g, new PostInfusionLabsGuard.Facts(
                List.of(noPlatelets))), "a blood count without platelets is not a blood count");
    }

    @Test
    void post5FollowUpCompletesFromDay730ProgressionOrNot() {
        var g = new LongTermFollowUpGuard();
        int minimum = PROFILES.get("abecma-jp-2023-12-06").value("followUpMinimumDays");
        assertEquals(730, minimum);
        assertEquals(730, (int) PROFILES.get("abecma-jp-2022").value("followUpMinimumDays"));
        assertEquals(List.of("POST-5"), ids(g, new LongTermFollowUpGuard.Facts(729, minimum, false)));
        assertEquals(List.of("POST-5"), ids(g, new LongTermFollowUpGuard.Facts(729, minimum, true)),
                "progression before 24 months does not end follow-up");
        assertEquals(List.of(), ids(g, new LongTermFollowUpGuard.Facts(730, minimum, false)));
        assertEquals(List.of("POST-5"), ids(g, new LongTermFollowUpGuard.Facts(null, minimum, false)));
    }

    @Test
    void surv1SafetyAndEfficacyDataOnFile() {
        var g = new SurveillanceDataGuard();
        assertEquals(List.of(), ids(g, new SurveillanceDataGuard.Facts(true, true)));
        assertEquals(List.of("SURV-1"), ids(g, new SurveillanceDataGuard.Facts(false, true)));
        assertEquals(List.of("SURV-1"), ids(g, new SurveillanceDataGuard.Facts(true, false)));
        assertEquals(List.of("SURV-1", "SURV-1"), ids(g, new SurveillanceDataGuard.Facts(false, false)));
    }

    @Test
    void mon1AndMon2OverTheirFacts() {
        var inpatient = new InpatientThroughDay14Guard(PROFILES);
        assertEquals(List.of("MON-1"), ids(inpatient, new InpatientThroughDay14Guard.Facts(13, 14)));
        assertEquals(List.of(), ids(inpatient, new InpatientThroughDay14Guard.Facts(14, 14)));
        assertEquals(List.of("MON-1"), ids(inpatient, new InpatientThroughDay14Guard.Facts(null, 14)));
        var proximity = new ProximityThroughDay30Guard(PROFILES);
        assertEquals(List.of("MON-2"), ids(proximity, new ProximityThroughDay30Guard.Facts(29, 30)));
        assertEquals(List.of(), ids(proximity, new ProximityThroughDay30Guard.Facts(30, 30)));
    }
}
