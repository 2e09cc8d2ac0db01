package org.cartflow.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The product of a course: the certificate, every bag with its state, the storage readings and excursions. */
public record ProductView(long courseId, long courseVersion, Shipment shipment, List<Bag> bags,
        List<Reading> readings, List<Excursion> excursions) {

    public record Shipment(long id, String certificateNumber, String chainOfIdentityId, String din,
            LocalDate expiryDate, long daysToExpiry, BigDecimal totalCarTCellsMillions,
            BigDecimal targetCarTCellsMillions, String doseRange, BigDecimal arrivalTemperatureC, String receivedBy,
            Instant receivedAt, String storageLocation, String storedBy, Instant storedAt) {
    }

    public record Bag(long id, int position, String bagCode, BigDecimal volumeMl, BigDecimal carTCellsMillions,
            ProductBag.State state, boolean neverInfusable, String quarantineReason, String notInfusableReason,
            String notInfusableRule, String notInfusableBy, Instant notInfusableAt) {

        static Bag of(ProductBag b) {
            return new Bag(b.id, b.position, b.bagCode, b.volumeMl, b.carTE6, b.state, b.neverInfusable,
                    b.quarantineReason, b.notInfusableReason, b.notInfusableRule, b.notInfusableBy, b.notInfusableAt);
        }
    }

    public record Reading(Instant measuredAt, BigDecimal temperatureC, String location, boolean coldEnough,
            String recordedBy) {
    }

    public record Excursion(long id, Instant openedAt, BigDecimal temperatureC, StorageExcursion.Decision decision,
            String reason, String decidedBy, Instant decidedAt, String manufacturerReference,
            String manufacturerAssessedBy, Instant manufacturerAssessedAt) {
    }
}
