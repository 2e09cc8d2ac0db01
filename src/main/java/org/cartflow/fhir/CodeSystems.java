package org.cartflow.fhir;

import java.util.Date;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

/** What every CartFlow code system served at /fhir/CodeSystem/{id} shares: version 1, active, complete, case-sensitive. */
final class CodeSystems {

    private CodeSystems() {
    }

    /** {@code concepts}: code to display, in the order they are listed. */
    static CodeSystem complete(String id, String url, String name, String title, String description,
            Map<String, String> concepts, String narrative) {
        CodeSystem cs = new CodeSystem();
        cs.setId(id);
        cs.setUrl(url);
        cs.setVersion("1");
        cs.setName(name);
        cs.setTitle(title);
        cs.setStatus(PublicationStatus.ACTIVE);
        cs.setDate(new Date(0));
        cs.setDescription(description);
        cs.setCaseSensitive(true);
        cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        concepts.forEach((code, display) -> cs.addConcept().setCode(code).setDisplay(display));
        cs.setCount(concepts.size());
        return Narratives.generated(cs, narrative);
    }
}
