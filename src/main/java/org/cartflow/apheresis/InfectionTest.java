package org.cartflow.apheresis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** APH-1: one infection marker result with its test date and who entered it. */
@Entity
@Table(name = "infection_test")
public class InfectionTest extends ApheresisRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InfectionMarker marker;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InfectionResult result;

    @Column(name = "tested_on", nullable = false)
    public LocalDate testedOn;

    /** The newest result per marker. */
    public static Map<InfectionMarker, InfectionTest> current(long courseId) {
        Map<InfectionMarker, InfectionTest> out = new EnumMap<>(InfectionMarker.class);
        List<InfectionTest> all = list("courseId = ?1 order by id", courseId);
        for (InfectionTest t : all) {
            out.put(t.marker, t);
        }
        return out;
    }
}
