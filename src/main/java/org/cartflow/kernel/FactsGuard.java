package org.cartflow.kernel;

import java.util.List;

/**
 * A guard of a journey step written as a pure function of a facts record ({@link #check(Object)}), unit-tested over a
 * fixture without a container or a database. Only {@link #facts(GuardContext)} reads the database, through a stage's
 * facts loader, which loads each kind of facts once per step ({@link GuardContext#facts}).
 */
public abstract class FactsGuard<F> implements Guard {

    @Override
    public final List<Finding> check(GuardContext ctx) {
        return check(facts(ctx));
    }

    /** Empty when the step may go ahead; otherwise why not, each finding naming a declared rule. */
    public abstract List<Finding> check(F facts);

    /** The facts this guard judges, from the step's context (through the stage's loader: the only query). */
    protected abstract F facts(GuardContext ctx);
}
