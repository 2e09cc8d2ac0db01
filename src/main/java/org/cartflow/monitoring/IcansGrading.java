package org.cartflow.monitoring;

import org.cartflow.monitoring.MonitoringEnums.CerebralOedema;
import org.cartflow.monitoring.MonitoringEnums.Consciousness;
import org.cartflow.monitoring.MonitoringEnums.Seizure;

/** ASTCT 2019 consensus ICANS grade: the most severe of the ICE score and the other neurological domains. */
public final class IcansGrading {

    private IcansGrading() {
    }

    /**
     * @param iceScore 0-10, or null when the ICE assessment could not be performed (unarousable, or a reason was
     *                 recorded): the ICE domain then does not count and the other domains decide
     */
    public static int grade(Integer iceScore, Consciousness consciousness, Seizure seizure, boolean motorWeakness,
            CerebralOedema oedema) {
        int g = Math.max(iceGrade(iceScore), consciousnessGrade(consciousness));
        g = Math.max(g, switch (seizure) {
            case NONE -> 0;
            case RESOLVING -> 3;
            case PROLONGED_OR_REPETITIVE -> 4;
        });
        g = Math.max(g, motorWeakness ? 4 : 0);
        return Math.max(g, switch (oedema) {
            case NONE -> 0;
            case FOCAL -> 3;
            case DIFFUSE_OR_POSTURING -> 4;
        });
    }

    static int iceGrade(Integer ice) {
        if (ice == null) {
            return 0;
        }
        if (ice >= 10) {
            return 0;
        }
        if (ice >= 7) {
            return 1;
        }
        if (ice >= 3) {
            return 2;
        }
        return 3;
    }

    /** ASTCT 2019: awakens spontaneously 1, to voice 2, only to tactile stimulus 3, unarousable 4; alert 0. */
    static int consciousnessGrade(Consciousness c) {
        return switch (c) {
            case ALERT -> 0;
            case SPONTANEOUS -> 1;
            case TO_VOICE -> 2;
            case TO_TOUCH -> 3;
            case UNAROUSABLE -> 4;
        };
    }
}
