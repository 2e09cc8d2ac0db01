package org.cartflow.journey;

import static org.cartflow.common.Role.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.cartflow.kernel.Command;
import org.cartflow.kernel.DeclaredGuard;
import org.cartflow.kernel.GuardEvaluator;
import org.cartflow.rules.RuleCatalog;
import org.cartflow.rules.RuleKind;
import org.cartflow.rules.Stage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/rules")
@Singleton
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rules")
public class RulesResource {

    @Inject
    RuleCatalog catalog;

    @Inject
    GuardEvaluator guards;

    /**
     * The catalogue and the table are fixed for the life of the process (this resource is a singleton), so the rule
     * list and the steps are worked out once (issue 21: a static read); a race only works one out twice.
     */
    private volatile List<RuleView> rules;

    private volatile List<StepView> steps;

    /** A label rule with the guards that enforce it and the transitions those guards protect. */
    public record RuleView(String id, RuleKind kind, String section, String text, Stage stage, boolean stageLive,
            List<GuardRef> guards) {
    }

    /** A guard and where it runs: transitions of the journey table, and stage commands. */
    public record GuardRef(String guard, List<String> transitions, List<String> commands) {
    }

    /** A declared step: a transition of the journey table or a stage command, who may take it, what it runs. */
    public record StepView(String slug, StepKind kind, List<String> roles, List<StepGuard> guards) {
    }

    public enum StepKind {
        TRANSITION, COMMAND
    }

    /** A guard a step runs and the rule IDs it enforces. */
    public record StepGuard(String guard, List<String> ruleIds) {
    }

    @GET
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN, ADMIN })
    @Operation(summary = "The label rule catalog: every rule ID, its kind and text, and the guards enforcing it with the transitions and commands that run them")
    public List<RuleView> list() {
        List<RuleView> out = rules;
        if (out == null) {
            out = rules = catalogWithGuards();
        }
        return out;
    }

    private List<RuleView> catalogWithGuards() {
        List<DeclaredGuard> all = guards.all();
        return catalog.all().stream().map(r -> new RuleView(r.id(), r.kind(), r.section(), r.text(), r.stage(),
                r.stage() != null && r.stage().live(),
                all.stream().filter(g -> g.ruleIds().contains(r.id())).sorted(Comparator.comparing(DeclaredGuard::name))
                        .map(g -> new GuardRef(g.name(), transitionsOf(g), commandsOf(g))).toList()))
                .toList();
    }

    @GET
    @Path("/steps")
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN, ADMIN })
    @Operation(summary = "Every declared step: the journey's transitions and the stages' commands, the roles that may take each and the guards it runs with their rule IDs")
    public List<StepView> steps() {
        List<StepView> out = steps;
        if (out == null) {
            out = steps = declaredSteps();
        }
        return out;
    }

    private List<StepView> declaredSteps() {
        List<DeclaredGuard> all = guards.all();
        List<StepView> out = new ArrayList<>();
        for (Transition t : Transition.values()) {
            out.add(new StepView(t.slug(), StepKind.TRANSITION, t.roles(), guardsOf(all, t.guards())));
        }
        for (Command c : StageCommands.ALL) {
            out.add(new StepView(c.slug(), StepKind.COMMAND, c.roles(), guardsOf(all, c.guards())));
        }
        return List.copyOf(out);
    }

    private static List<StepGuard> guardsOf(List<DeclaredGuard> all, List<? extends Class<?>> types) {
        return types.stream().flatMap(type -> all.stream().filter(type::isInstance))
                .map(g -> new StepGuard(g.name(), g.ruleIds())).toList();
    }

    private static List<String> transitionsOf(DeclaredGuard g) {
        return Arrays.stream(Transition.values())
                .filter(t -> t.guards().stream().anyMatch(type -> type.isInstance(g))).map(Transition::slug).toList();
    }

    private static List<String> commandsOf(DeclaredGuard g) {
        return StageCommands.ALL.stream().filter(c -> c.guards().stream().anyMatch(type -> type.isInstance(g)))
                .map(Command::slug).toList();
    }
}
