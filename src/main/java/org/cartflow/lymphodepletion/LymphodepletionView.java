package org.cartflow.lymphodepletion;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cartflow.audit.SignatureView;

/** The LD stage of a course: latest assessment, orders with their arithmetic, doses given, planned day 0, plan moves. */
public record LymphodepletionView(long courseId, long courseVersion, LdAssessment latestAssessment, List<Order> orders,
        List<LdAdministration> administrations, LocalDate plannedInfusionOn, List<LdPlanMove> planMoves) {

    public record Order(long id, String status, LocalDate ldDay1, List<LocalDate> ldDays, LocalDate plannedInfusionOn,
            String policyVersion,
            String renalTier, BigDecimal calculatedFludarabineMg, BigDecimal calculatedCyclophosphamideMg,
            BigDecimal prescribedFludarabineMg, BigDecimal prescribedCyclophosphamideMg, String prescriptionReason,
            String prescribedBy, Instant prescribedAt, String verifiedBy, Instant verifiedAt,
            String verificationMeaning, String rejectionReason, String invalidationReason, JsonNode calculation,
            JsonNode verifiedSnapshot, SignatureView verification) {
    }
}
