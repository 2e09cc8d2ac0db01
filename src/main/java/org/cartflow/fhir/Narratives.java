package org.cartflow.fhir;

import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Narrative;

/** A generated plain-text narrative (dom-6: a resource should carry a human-readable summary). */
final class Narratives {

    private Narratives() {
    }

    static <T extends DomainResource> T generated(T resource, String text) {
        Narrative n = new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED);
        n.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">" + escape(text) + "</div>");
        resource.setText(n);
        return resource;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
