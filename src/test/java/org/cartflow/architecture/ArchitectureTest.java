package org.cartflow.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.cartflow.common.Problem;
import org.cartflow.audit.AuditEntry;
import org.cartflow.audit.AuditTrail;
import org.cartflow.command.CommandRunner;
import org.cartflow.common.CurrentUser;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.infusion.IncidentLog;
import org.cartflow.kernel.Courses;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardEvaluator;
import org.junit.jupiter.api.Test;

/**
 * The package structure README's architecture section describes: one package per stage, a small kernel that imports
 * no stage, the transition table's wiring ({@code journey}) the only package that imports every stage's rules, each
 * stage depending only on the shared packages and an explicit list of neighbours, and no cycle between packages.
 * A new import that breaks this fails here; changing the structure means changing {@link #ALLOWED} and README.
 */
class ArchitectureTest {

    private static final String ROOT = "org.cartflow";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    /** Shared packages every stage may use. */
    private static final Set<String> SHARED = Set.of("common", "rules", "kernel", "audit", "schedule", "command");

    /** What each package may import besides itself (stages: besides {@link #SHARED}); edges (ui, demo) are free. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("common", Set.of()),
            Map.entry("rules", Set.of("common")),
            Map.entry("kernel", Set.of("common", "rules")),
            Map.entry("audit", Set.of("common", "kernel")),
            Map.entry("schedule", Set.of("common", "kernel", "audit")),
            Map.entry("command", Set.of("common", "rules", "kernel", "audit")),
            Map.entry("eligibility", SHARED),
            Map.entry("apheresis", SHARED),
            Map.entry("manufacturing", union(SHARED, "apheresis")),
            Map.entry("product", union(SHARED, "apheresis", "manufacturing")),
            Map.entry("labs", Set.of("common")),
            Map.entry("adt", union(SHARED, "apheresis")),
            Map.entry("lymphodepletion", union(SHARED, "product", "labs")),
            Map.entry("bridging", union(SHARED, "lymphodepletion")),
            Map.entry("monitoring", SHARED),
            Map.entry("infusion", union(SHARED, "eligibility", "lymphodepletion", "monitoring", "product")),
            Map.entry("surveillance", union(SHARED, "monitoring", "product")),
            Map.entry("journey", union(SHARED, "eligibility", "apheresis", "manufacturing", "product",
                    "lymphodepletion", "bridging", "monitoring", "infusion")),
            Map.entry("fhir", union(SHARED, "eligibility", "apheresis", "product", "lymphodepletion", "infusion", "monitoring", "labs", "adt",
                    "surveillance")),
            Map.entry("dev", Set.of()));

    private static final Set<String> EDGES = Set.of("ui", "demo");

    @Test
    void noCycleBetweenPackages() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void everyPackageImportsOnlyWhatItIsAllowed() {
        for (var e : ALLOWED.entrySet()) {
            Set<String> forbidden = new TreeSet<>(topLevelPackages());
            forbidden.removeAll(e.getValue());
            forbidden.remove(e.getKey());
            if (forbidden.isEmpty()) {
                continue;
            }
            noClasses().that().resideInAPackage(ROOT + "." + e.getKey() + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            forbidden.stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new))
                    .because(e.getKey() + " may import only " + new TreeSet<>(e.getValue()))
                    .check(CLASSES);
        }
    }

    @Test
    void kernelImportsNoStage() {
        noClasses().that().resideInAPackage(ROOT + ".kernel..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".journey..", ROOT + ".eligibility..", ROOT + ".apheresis..",
                        ROOT + ".manufacturing..", ROOT + ".product..", ROOT + ".lymphodepletion..",
                        ROOT + ".bridging..", ROOT + ".monitoring..", ROOT + ".infusion..", ROOT + ".surveillance..",
                        ROOT + ".ui..", ROOT + ".demo..")
                .check(CLASSES);
    }

    /** Every refusal comes from a declared guard: only the evaluator builds one, naming the guard that found it. */
    @Test
    void onlyTheGuardEvaluatorMakesRefusals() {
        noClasses().that().doNotBelongToAnyOf(GuardEvaluator.class).should()
                .callConstructorWhere(target(owner(type(Problem.Refusal.class))))
                .because("a rule is refused only by a declared guard run through GuardEvaluator")
                .check(CLASSES);
    }

    /** A command guard is a pure function of its facts: no state, and no query (an entity's static method). */
    @Test
    void commandGuardsArePureOverTheirFacts() {
        DescribedPredicate<JavaMethodCall> query = new DescribedPredicate<>("a static method of an entity (a query)") {
            @Override
            public boolean test(JavaMethodCall call) {
                return call.getTargetOwner().isAssignableTo(PanacheEntityBase.class) && call.getTarget().resolveMember()
                        .map(m -> m.getModifiers().contains(JavaModifier.STATIC)).orElse(true);
            }
        };
        noClasses().that().implement(CommandGuard.class).should().callMethodWhere(query).check(CLASSES);
        // a transition guard over loaded facts gets them from its stage's loader bean, never by a query of its own
        noClasses().that().areAssignableTo(FactsGuard.class).should().callMethodWhere(query).check(CLASSES);
        // and every transition guard is one: no guard reads the database inside its check
        classes().that().implement(Guard.class).and().areNotInterfaces().and().doNotHaveModifier(JavaModifier.ABSTRACT)
                .should().beAssignableTo(FactsGuard.class).check(CLASSES);
        // no command guard holds a field today (its numbers come in its facts); one that adds state must keep it static
        fields().that().areDeclaredInClassesThat().implement(CommandGuard.class).should().beStatic()
                .allowEmptyShould(true).check(CLASSES);
    }

    /** Stages whose commands all run through {@link CommandRunner} (issue 19 item 1). */
    private static final String[] ON_THE_RUNNER = { ROOT + ".apheresis..", ROOT + ".bridging..", ROOT + ".product..",
            ROOT + ".manufacturing..", ROOT + ".lymphodepletion..", ROOT + ".monitoring..", ROOT + ".eligibility..",
            ROOT + ".infusion.." };

    /** A stage on the runner neither checks roles nor appends audit events itself: the runner does both, once. */
    @Test
    void stagesOnTheRunnerLeaveRoleAndAuditToIt() {
        // a refused bedside identity check keeps its incident in a transaction of its own, with its own audit event
        noClasses().that().resideInAnyPackage(ON_THE_RUNNER).and().doNotBelongToAnyOf(IncidentLog.class)
                .should().callMethod(CurrentUser.class, "requireRole",
                java.util.Collection.class, String.class)
                .orShould().callMethod(AuditTrail.class, "append", AuditEntry.class)
                .orShould().callMethod(Courses.class, "beginEdit", long.class, String.class)
                .because("CommandRunner checks the command's declared roles and If-Match and appends its audit event")
                .check(CLASSES);
    }

    /** A package nobody listed would escape the rules above: every package is either listed or an edge. */
    @Test
    void everyPackageIsListed() {
        Set<String> unlisted = new TreeSet<>(topLevelPackages());
        unlisted.removeAll(ALLOWED.keySet());
        unlisted.removeAll(EDGES);
        assertEquals(Set.of(), unlisted, "add these packages to ArchitectureTest.ALLOWED and README");
    }

    private static Set<String> topLevelPackages() {
        return CLASSES.stream().map(JavaClass::getPackageName).filter(p -> p.startsWith(ROOT + "."))
                .map(p -> p.substring(ROOT.length() + 1).split("\\.")[0]).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> out = new TreeSet<>(base);
        out.addAll(Set.of(more));
        return out;
    }
}
