package org.cartflow.journey;

import static org.cartflow.common.Role.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rules")
public class RulesResource {

    @Inject
    RuleCatalog catalog;

    @Inject
    GuardEvaluator guards;

    /** A label rule with the guards that enforce it and the transitions those guards protect. */
    public record RuleView(String id, RuleKind kind, String section, String text, Stage stage, boolean stageLive,
            List<GuardRef> guards) {
    }

    /** A guard and where it runs: transitions of the journey table, and stage commands. */
    public record GuardRef(String guard, List<String> transitions, List<String> commands) {
    }

    @GET
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN, ADMIN })
    @Operation(summary = "The label rule catalog: every rule ID, its kind and text, and the guards enforcing it with the transitions and commands that run them")
    public List<RuleView> list() {
        List<DeclaredGuard> all = guards.all();
        return catalog.all().stream().map(r -> new RuleView(r.id(), r.kind(), r.section(), r.text(), r.stage(),
                r.stage() != null && r.stage().live(),
                all.stream().filter(g -> g.ruleIds().contains(r.id())).sorted(Comparator.comparing(DeclaredGuard::name))
                        .map(g -> new GuardRef(g.name(), transitionsOf(g), commandsOf(g))).toList()))
                .toList();
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
