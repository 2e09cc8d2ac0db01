package org.cartflow.kernel;

/** Where a course of the product stands. Terminal states accept no further transition. */
public enum CourseState {
    REFERRAL, SCREENING, ELIGIBLE, INELIGIBLE, COLLECTION, MANUFACTURING, MANUFACTURING_FAILED, PRODUCT_RECEIVED,
    LYMPHODEPLETION, INFUSION_READY, INFUSED, INPATIENT_MONITORING, OUTPATIENT_PROXIMITY, FOLLOW_UP, COMPLETED,
    WITHDRAWN, DECEASED;

    public boolean terminal() {
        return this == COMPLETED || this == WITHDRAWN || this == DECEASED || this == INELIGIBLE;
    }

    /** Once the product is in the patient, there is no going back (NOREUSE-1). */
    public boolean infusedOrLater() {
        return this == INFUSED || this == INPATIENT_MONITORING || this == OUTPATIENT_PROXIMITY || this == FOLLOW_UP
                || this == COMPLETED;
    }
}
