package org.cartflow.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** One HAPI FHIR R4 context for the application: building it scans the model classes, so it is made once. */
@ApplicationScoped
public class FhirContextProducer {

    @Produces
    @ApplicationScoped
    FhirContext r4() {
        return FhirContext.forR4Cached();
    }
}
