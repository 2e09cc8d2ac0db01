package org.cartflow.fhir;

import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import org.cartflow.audit.SignatureMeaning;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

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
        CodeSystem cs = new CodeSystem();
        cs.setId("signature-meaning");
        cs.setUrl(FhirCodes.SIGNATURE_MEANING);
        cs.setVersion("1");
        cs.setName("CartFlowSignatureMeaning");
        cs.setTitle("CartFlow electronic signature meanings");
        cs.setStatus(PublicationStatus.ACTIVE);
        cs.setDate(new Date(0));
        cs.setDescription("What the signer of a CartFlow electronic signature attests to.");
        cs.setCaseSensitive(true);
        cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        for (SignatureMeaning m : SignatureMeaning.values()) {
            cs.addConcept().setCode(code(m)).setDisplay(m.text());
        }
        cs.setCount(SignatureMeaning.values().length);
        return Narratives.generated(cs, "CartFlow signature meanings: " + String.join("; ",
                Arrays.stream(SignatureMeaning.values()).map(SignatureMeaning::text).toList()) + ".");
    }
}
