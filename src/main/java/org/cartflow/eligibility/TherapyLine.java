package org.cartflow.eligibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cartflow.eligibility.EligibilityEnums.AgentClass;
import org.cartflow.eligibility.EligibilityEnums.LineOutcome;

/** One prior line of therapy (ELIG-2, ELIG-3, ELIG-4). A line entered in error is retracted, not deleted. */
@Entity
@Table(name = "therapy_line")
public class TherapyLine extends Finding {

    @Column(name = "line_number", nullable = false)
    public int lineNumber;

    @Column(nullable = false)
    public String regimen;

    /** Comma-separated {@link AgentClass} names. */
    @Column(name = "agent_classes", nullable = false)
    public String agentClasses;

    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LineOutcome outcome;

    @Column(nullable = false)
    public boolean retracted;

    @Column(name = "retraction_reason")
    public String retractionReason;

    public Set<AgentClass> classes() {
        EnumSet<AgentClass> s = EnumSet.noneOf(AgentClass.class);
        Arrays.stream(agentClasses.split(",")).filter(x -> !x.isBlank()).map(AgentClass::valueOf).forEach(s::add);
        return s;
    }

    public void classes(Set<AgentClass> classes) {
        agentClasses = classes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    /** The lines that count: not retracted, in line order. */
    public static List<TherapyLine> active(long courseId) {
        return list("courseId = ?1 and retracted = false order by lineNumber, id", courseId);
    }
}
