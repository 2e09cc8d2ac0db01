package org.cartflow.kernel;

import java.util.List;

/**
 * A stage command declared like a transition of the journey table: its slug and the guards it runs. Each stage
 * declares its commands in one {@code *Commands} class; {@code GET /rules} lists them under the rules their guards
 * enforce, and a guard run for a command that does not declare it fails loudly.
 */
public record Command(String slug, List<Class<? extends CommandGuard<?>>> guards) {

    public Command {
        guards = List.copyOf(guards);
    }

    @SafeVarargs
    public static Command of(String slug, Class<? extends CommandGuard<?>>... guards) {
        return new Command(slug, List.of(guards));
    }
}
