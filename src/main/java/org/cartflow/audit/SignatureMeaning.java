package org.cartflow.audit;

/**
 * What a signer attests to (21 CFR 11.50(a)(3), Japan's ER/ES guideline): recorded with every electronic signature
 * and shown wherever the signed record is shown. The code is stable; the text is the meaning in English.
 */
public enum SignatureMeaning {
    LD_DOSES_VERIFIED("verified LD doses"),
    IDENTITY_COSIGNED("second person: confirmed the patient's identity against the product bag (INF-4)"),
    BEDSIDE_IDENTITY_COSIGNED("second person: confirmed the typed bedside identity check (INF-9)"),
    BAG_NOT_INFUSABLE("declared the product bag not infusable (INF-12)"),
    OUT_OF_SPEC_RELEASE_AGREED("agreed to infuse an out-of-specification product (MFG-2)"),
    DISCHARGE_AUTHORISED("authorised discharge from inpatient monitoring");

    private final String text;

    SignatureMeaning(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
