package org.cartflow.eligibility;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.cartflow.eligibility.EligibilityEnums.AgentClass;
import org.cartflow.eligibility.EligibilityEnums.ConsentSigner;
import org.cartflow.eligibility.EligibilityEnums.Diagnosis;
import org.cartflow.eligibility.EligibilityEnums.DiseaseStatus;
import org.cartflow.eligibility.EligibilityEnums.LineOutcome;

/** Bodies of the eligibility work-up commands. */
public final class EligibilityRequests {
    private EligibilityRequests() {
    }

    public record SiteQualificationRequest(
            @NotBlank @Size(max = 32) String siteCode,
            @NotBlank @Size(max = 200) String siteName,
            @NotNull Boolean crsEmergencyCapable,
            @NotBlank @Size(max = 100) String treatingPhysician,
            @NotNull Boolean hemeSctExperienced,
            @PastOrPresent LocalDate manufacturerTrainingOn) {
    }

    public record DiagnosisRequest(
            @NotNull Diagnosis diagnosis,
            @NotNull DiseaseStatus diseaseStatus,
            @PastOrPresent LocalDate diagnosedOn) {
    }

    public record TherapyLineRequest(
            @NotNull @Min(1) @Max(30) Integer lineNumber,
            @NotBlank @Size(max = 200) String regimen,
            @NotEmpty @Size(max = 9) Set<@NotNull AgentClass> agentClasses,
            @NotNull @PastOrPresent LocalDate startedOn,
            @PastOrPresent LocalDate endedOn,
            @NotNull LineOutcome outcome) {
    }

    public record RetractionRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    public record EcogRequest(
            @NotNull @Min(0) @Max(5) Integer score,
            @NotNull @PastOrPresent LocalDate assessedOn) {
    }

    public record PregnancyStatusRequest(
            @NotNull Boolean childbearingPotential,
            @NotNull Boolean pregnant,
            @PastOrPresent LocalDate pregnancyTestNegativeOn,
            @NotNull Boolean contraceptionCounselled) {
    }

    /** ELIG-6: why the benefit outweighs the risk for this pregnant patient, and the contraception plan after it. */
    public record PregnancyBenefitRiskRequest(
            @NotBlank @Size(max = 2000) String reason,
            @NotBlank @Size(max = 2000) String contraceptionPlan) {
    }

    public record HypersensitivityRequest(
            @NotNull Boolean dmso,
            @NotNull Boolean humanSerumAlbumin,
            @NotNull Boolean electrolyteSolution,
            @Size(max = 200) String otherComponent) {
    }

    public record ConsentRequest(
            @NotNull @PastOrPresent LocalDate signedOn,
            @NotNull ConsentSigner signedBy,
            @NotBlank @Size(max = 200) String signerName,
            @NotBlank @Size(max = 100) String explainedBy,
            @NotBlank @Size(max = 100) String documentReference,
            @NotNull Boolean written) {
    }
}
