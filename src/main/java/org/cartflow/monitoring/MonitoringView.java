package org.cartflow.monitoring;

import java.math.BigDecimal;
import java.util.List;

/** The monitoring board of a course: assessments with grades, days missing an assessment, alerts, drugs given. */
public record MonitoringView(long courseId, long courseVersion, Integer dayNumber, List<Assessment> assessments,
        List<Integer> daysWithoutAssessment, List<String> alerts, int activeCrsGrade, int activeIcansGrade,
        List<Intervention> interventions, Integer tocilizumabDosesOnHand, DischargeRecord dischargeRecord, List<LabPanel> labs,
        List<ResponseAssessment> responses) {

    public record Assessment(long id, String assessedAt, String assessedAtLocal, int dayNumber,
            BigDecimal temperatureC, Integer iceScore, int crsGrade, int icansGrade, String recordedBy) {
    }

    public record Intervention(long id, String drug, String givenAt, String givenAtLocal, BigDecimal doseMg,
            BigDecimal weightKg, String recordedBy, String spacingDeviationReason, boolean givenWithoutStock) {
    }
}
