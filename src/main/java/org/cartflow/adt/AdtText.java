package org.cartflow.adt;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** What the ADT feed's held changes say, in English; Japanese in messages/adt_ja.properties. */
@MessageBundle("adt")
public interface AdtText {

    @Message("AUTOLOGOUS-1: the EHR sent identity changes CartFlow holds until the coordinator decides (the patient's cells are in chain of identity and the bag label carries the identifiers): {changes}")
    String heldFlag(String changes);

    @Message("update a patient from the ADT feed")
    String actionReceive();

    @Message("decide on a held demographic change")
    String actionDecide();

    @Message("Demographic change {id} of this patient")
    String change(long id);

    @Message("This change is {status}, not held: there is nothing left to decide.")
    String notHeld(String status);

    @Message("CartFlow does not merge patient records. Resolve the merge in the EHR and with the manufacturer's chain of identity, then keep CartFlow's record with a reason.")
    String mergeNotApplied();

    @Message("State why you apply or keep this change: the reason is recorded with your decision.")
    String reasonRequired();
}
