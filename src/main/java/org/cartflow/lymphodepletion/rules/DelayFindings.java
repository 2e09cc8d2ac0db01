package org.cartflow.lymphodepletion.rules;

import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.CommonText;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Guard.Finding;
import org.cartflow.lymphodepletion.LymphodepletionText;

/**
 * DELAY-1 and DELAY-2 as the clinical checks before LD (pre-LD assessment) and before the infusion (same-day check)
 * report them: what is unresolved, and that the step waits for recovery and a new check.
 */
public final class DelayFindings {
    private DelayFindings() {
    }

    /**
     * @param step what is postponed, in the request's language, e.g. "LD" ({@link LymphodepletionText#stepLd()}) or
     *     "the infusion"
     */
    public static List<Finding> of(List<String> seriousAdverseEvents, boolean activeInfection,
            boolean inflammatoryDisease, String step) {
        var text = Texts.of(LymphodepletionText.class);
        List<Finding> out = new ArrayList<>();
        if (!seriousAdverseEvents.isEmpty()) {
            String events = String.join(Texts.of(CommonText.class).listSeparator(),
                    seriousAdverseEvents.stream().map(e -> named(e, text)).toList());
            out.add(new Finding("DELAY-1", text.delaySeriousAdverseEvents(events, step)));
        }
        if (activeInfection) {
            out.add(new Finding("DELAY-2", text.delayActiveInfection(step)));
        }
        if (inflammatoryDisease) {
            out.add(new Finding("DELAY-2", text.delayInflammatoryDisease(step)));
        }
        return out;
    }

    /** The fixed names of SeriousAdverseEvents in the request's language; free text ("other") as written. */
    private static String named(String event, LymphodepletionText text) {
        return switch (event) {
            case "pulmonary" -> text.saePulmonary();
            case "cardiac" -> text.saeCardiac();
            case "hypotension" -> text.saeHypotension();
            default -> event;
        };
    }
}
