package org.cartflow.kernel;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the shared kernel (courses, entry times) says, in English; Japanese in messages/kernel_ja.properties. Obtained
 * in the request's language with {@code Texts.of(KernelText.class)}.
 */
@MessageBundle("kernel")
public interface KernelText {

    @Message("Course")
    String course();

    @Message("Patient")
    String patient();

    @Message("The time this happened ({at}) is more than {minutes} minutes ahead of the server's clock; check the device's clock and the date.")
    String entryInTheFuture(String at, long minutes);

    @Message("The time this happened ({at}) is more than {hours} hours ago, beyond the site's window for entries after the fact; a physician documents it as a correction in the notes.")
    String entryTooOld(String at, long hours);

    @Message("This is entered {minutes} minutes after it happened ({at}); entries later than {limit} minutes are flagged as late and need the reason in lateEntryReason.")
    String lateEntryNeedsReason(String at, long minutes, long limit);
}
