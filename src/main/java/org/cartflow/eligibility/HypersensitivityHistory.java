package org.cartflow.eligibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** HYPERSENS-1: history of hypersensitivity to a component of the product. */
@Entity
@Table(name = "hypersensitivity_history")
public class HypersensitivityHistory extends Finding {

    @Column(nullable = false)
    public boolean dmso;

    @Column(name = "human_serum_albumin", nullable = false)
    public boolean humanSerumAlbumin;

    @Column(name = "electrolyte_solution", nullable = false)
    public boolean electrolyteSolution;

    @Column(name = "other_component")
    public String otherComponent;

    /** The components the patient reacted to, named in the language of {@code text}. */
    public List<String> components(EligibilityText text) {
        List<String> out = new ArrayList<>();
        if (dmso) {
            out.add("DMSO");
        }
        if (humanSerumAlbumin) {
            out.add(text.humanSerumAlbumin());
        }
        if (electrolyteSolution) {
            out.add(text.multipleElectrolyteSolution());
        }
        if (otherComponent != null && !otherComponent.isBlank()) {
            out.add(otherComponent);
        }
        return out;
    }

    public static Optional<HypersensitivityHistory> current(long courseId) {
        return find("courseId = ?1 order by id desc", courseId).firstResultOptional();
    }
}
