package org.cartflow.fhir;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.cartflow.audit.SignatureMeaning;
import org.hl7.fhir.r4.model.CodeSystem;

/**
 * What a CartFlow signer attests to (21 CFR 11.50, Japan's ER/ES guideline), as the Provenance activity of a
 * signature. The codes are {@link SignatureMeaning}'s, lower-case with hyphens; the display is the recorded meaning.
 */
final class SignatureMeaningCodes {

    private SignatureMeaningCodes() {
    }

    static String code(SignatureMeaning m) {
        return m.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static CodeSystem codeSystem() {
        Map<String, String> concepts = new LinkedHashMap<>();
        for (SignatureMeaning m : SignatureMeaning.values()) {
            concepts.put(code(m), m.text());
        }
        return CodeSystems.complete("signature-meaning", FhirCodes.SIGNATURE_MEANING, "CartFlowSignatureMeaning",
                "CartFlow electronic signature meanings", "What the signer of a CartFlow electronic signature attests to.",
                concepts, "CartFlow signature meanings: " + String.join("; ", concepts.values()) + ".");
    }
}
