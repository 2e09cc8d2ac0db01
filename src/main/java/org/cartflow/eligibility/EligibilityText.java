package org.cartflow.eligibility;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the eligibility stage's guards and service say, in English; Japanese in
 * messages/eligibility_ja.properties. Obtained in the request's language with {@code Texts.of(EligibilityText.class)}.
 */
@MessageBundle("eligibility")
public interface EligibilityText {

    @Message("Record the ECOG performance status at screening.")
    String ecogMissing();

    @Message("ECOG {score} (assessed {assessedOn}); KarMMa enrolled ECOG 0-1. A physician may override with a reason.")
    String ecogAboveOne(int score, java.time.LocalDate assessedOn);
}
