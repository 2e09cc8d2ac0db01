package org.cartflow.ui;

import jakarta.ws.rs.FormParam;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import org.cartflow.monitoring.MonitoringEnums.CerebralOedema;
import org.cartflow.monitoring.MonitoringEnums.Consciousness;
import org.cartflow.monitoring.MonitoringEnums.OxygenDevice;
import org.cartflow.monitoring.MonitoringEnums.Seizure;
import org.cartflow.monitoring.MonitoringRequests.AssessmentRequest;
import org.cartflow.monitoring.MonitoringRequests.Ice;

/** The nurse's vital signs and ICE form as posted by the monitoring page, turned into the API's request. */
public class AssessmentForm {

    @FormParam("temperatureC")
    public BigDecimal temperatureC;
    @FormParam("systolicBp")
    public Integer systolicBp;
    @FormParam("diastolicBp")
    public Integer diastolicBp;
    @FormParam("heartRate")
    public Integer heartRate;
    @FormParam("spo2")
    public Integer spo2;
    @FormParam("oxygenDevice")
    public OxygenDevice oxygenDevice;
    @FormParam("oxygenFlowLpm")
    public BigDecimal oxygenFlowLpm;
    @FormParam("hypotension")
    public Boolean hypotension;
    @FormParam("vasopressors")
    public Integer vasopressors;
    @FormParam("vasopressin")
    public Boolean vasopressin;
    @FormParam("orientation")
    public Integer orientation;
    @FormParam("naming")
    public Integer naming;
    @FormParam("commands")
    public Integer commands;
    @FormParam("writing")
    public Integer writing;
    @FormParam("attention")
    public Integer attention;
    @FormParam("consciousness")
    public Consciousness consciousness;
    @FormParam("seizure")
    public Seizure seizure;
    @FormParam("motorWeakness")
    public Boolean motorWeakness;
    @FormParam("cerebralOedema")
    public CerebralOedema cerebralOedema;
    @FormParam("iceNotPerformedReason")
    public String iceNotPerformedReason;
    @FormParam("happenedAt")
    public String happenedAt;
    @FormParam("happenedAtShown")
    public String happenedAtShown;
    @FormParam("lateEntryReason")
    public String lateEntryReason;

    /**
     * An unarousable patient cannot do the ICE test: no ICE score then (ICANS grade 4 by consciousness). The
     * assessment happened at the form's "happened at", or {@code now} when the default was left.
     */
    public AssessmentRequest toRequest(Instant now, ZoneId zone) {
        Instant posted = UiPages.happenedAt(happenedAt, happenedAtShown, zone);
        Instant at = posted == null ? now : posted;
        Ice ice = consciousness == Consciousness.UNAROUSABLE || orientation == null ? null
                : new Ice(orientation, naming, commands, writing, attention);
        return new AssessmentRequest(at, temperatureC, systolicBp, diastolicBp, heartRate, spo2,
                oxygenDevice == null ? OxygenDevice.NONE : oxygenDevice, oxygenFlowLpm, Boolean.TRUE.equals(hypotension),
                vasopressors == null ? 0 : vasopressors, Boolean.TRUE.equals(vasopressin), ice,
                consciousness == null ? Consciousness.ALERT : consciousness,
                seizure == null ? Seizure.NONE : seizure, Boolean.TRUE.equals(motorWeakness),
                cerebralOedema == null ? CerebralOedema.NONE : cerebralOedema,
                UiPages.blankToNull(iceNotPerformedReason), UiPages.blankToNull(lateEntryReason));
    }
}
