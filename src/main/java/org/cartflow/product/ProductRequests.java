package org.cartflow.product;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cartflow.product.StorageExcursion.Decision;

/** Bodies of the product receipt and storage commands. */
public final class ProductRequests {
    private ProductRequests() {
    }

    /** One bag as listed on the release certificate: bag ID (ISBT 128 DIN of the bag), volume, CAR+ T cells. */
    public record CertificateBag(
            @NotBlank @Size(max = 64) String bagCode,
            @NotNull @DecimalMin("1") @DecimalMax("500") BigDecimal volumeMl,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("2000") BigDecimal carTCellsMillions) {
    }

    /** STO-2, STO-3, DOSE-1, AUTOLOGOUS-1: what the release certificate and the shipper say on arrival. */
    public record ReceiptRequest(
            @NotBlank @Size(max = 64) String certificateNumber,
            @NotNull @Valid PatientIdentifiers patient,
            @NotBlank @Size(max = 32) String din,
            @NotNull LocalDate expiryDate,
            @NotNull @DecimalMin("-273") @DecimalMax("60") BigDecimal arrivalTemperatureC,
            @NotEmpty @Size(max = 10) List<@NotNull @Valid CertificateBag> bags) {
    }

    /** STO-1: the bags go into the vapour phase of liquid nitrogen; the first reading there. */
    public record StorageRequest(
            @NotBlank @Size(max = 100) String location,
            @NotNull @DecimalMin("-273") @DecimalMax("60") BigDecimal temperatureC) {
    }

    /** STO-1: a temperature reading of the storage; {@code measuredAt} defaults to now. */
    public record ReadingRequest(
            @NotNull @DecimalMin("-273") @DecimalMax("60") BigDecimal temperatureC,
            Instant measuredAt) {
    }

    /**
     * STO-1: the physician's documented decision on a temperature excursion. A release needs the manufacturer's
     * assessment of the excursion (its reference, who at the manufacturer assessed it, when); a discard does not.
     */
    public record ExcursionDecisionRequest(@NotNull Decision decision, @NotBlank @Size(max = 2000) String reason,
            @Valid ManufacturerAssessment manufacturerAssessment) {
        public ExcursionDecisionRequest(Decision decision, String reason) {
            this(decision, reason, null);
        }
    }

    public record ManufacturerAssessment(@NotBlank @Size(max = 200) String reference,
            @NotBlank @Size(max = 200) String assessedBy, @NotNull java.time.OffsetDateTime assessedAt) {
    }
}
