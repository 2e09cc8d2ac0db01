package org.cartflow.kernel;

import java.util.List;

/**
 * A stage command declared like a transition of the journey table: its slug, the roles that may give it and the
 * guards it runs. Each stage declares its commands in one {@code *Commands} class; {@code GET /rules} lists them
 * under the rules their guards enforce, and a guard run for a command that does not declare it fails loudly.
 * A command run through the command runner must declare its roles ({@link #by}); the runner checks them.
 */
public record Command(String slug, List<String> roles, List<Class<? extends CommandGuard<?>>> guards) {

    public Command {
        roles = List.copyOf(roles);
        guards = List.copyOf(guards);
    }

    @SafeVarargs
    public static Command of(String slug, Class<? extends CommandGuard<?>>... guards) {
        return new Command(slug, List.of(), List.of(guards));
    }

    /** The same command, given only by these roles. */
    public Command by(String... roles) {
        return new Command(slug, List.of(roles), guards);
    }
}
