package org.cartflow.apheresis;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cartflow.common.Texts;

/**
 * AUTOLOGOUS-1: the course's chain of identity (Chain-of-Identity ID and the ISBT 128 DINs of its collections).
 * Later stages match every product, bag and label scan against it.
 */
@ApplicationScoped
public class ChainOfIdentity {

    public static final String RULE = "AUTOLOGOUS-1";

    /** The identity assigned at collection: one COI per course; one DIN per collection. */
    public record Identity(String coiId, List<String> dins) {
    }

    public Optional<Identity> of(long courseId) {
        return of(ApheresisCollection.ofCourse(courseId));
    }

    /** The identity those collections (of one course, in the order recorded) carry; empty when there are none. */
    public static Optional<Identity> of(List<ApheresisCollection> collections) {
        if (collections.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Identity(collections.get(0).coiId, collections.stream().map(c -> c.din).toList()));
    }

    /**
     * Mismatches between a scanned or quoted identity and the course's: empty when the COI is the course's and the
     * DIN is one of its collections' (when {@code din} is null only the COI is compared). In the request's language.
     */
    public List<String> mismatches(long courseId, String coiId, String din) {
        return mismatches(of(courseId).orElse(null), courseId, coiId, din);
    }

    /** As {@link #mismatches(long, String, String)}, against an identity already loaded (null: the course has none). */
    public static List<String> mismatches(Identity id, long courseId, String coiId, String din) {
        var text = Texts.of(ApheresisText.class);
        if (id == null) {
            return List.of(text.noChainOfIdentity(courseId));
        }
        List<String> out = new ArrayList<>();
        if (coiId == null || !id.coiId().equals(coiId.trim())) {
            out.add(text.coiNotThisPatients(String.valueOf(coiId), id.coiId()));
        }
        dinMismatch(id, din).ifPresent(out::add);
        return out;
    }

    /** Why {@code din} is not one of this course's collections, if it is not (nothing when there is no chain). */
    public Optional<String> dinMismatch(long courseId, String din) {
        return of(courseId).flatMap(id -> dinMismatch(id, din));
    }

    private static Optional<String> dinMismatch(Identity id, String din) {
        if (din != null && !id.dins().contains(DonationIdentificationNumber.normalise(din))) {
            return Optional.of(Texts.of(ApheresisText.class).dinNotThisPatients(din));
        }
        return Optional.empty();
    }

    /** The course other than {@code courseId} that already holds {@code coiId}, if any. */
    public Optional<Long> otherCourseHolding(String coiId, long courseId) {
        return ApheresisCollection.<ApheresisCollection>find("coiId = ?1 and courseId <> ?2", coiId, courseId)
                .firstResultOptional().map(c -> c.courseId);
    }
}
