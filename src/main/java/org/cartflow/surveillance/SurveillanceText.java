package org.cartflow.surveillance;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** What the surveillance export says, in English; Japanese in messages/surveillance_ja.properties. */
@MessageBundle("surveillance")
public interface SurveillanceText {

    @Message("say why the data leaves CartFlow (e.g. \"PMDA all-case surveillance, periodic report 2026-Q4\"), {min}-{max} characters; it is kept in the audit trail with who exported")
    String statePurpose(int min, int max);
}
