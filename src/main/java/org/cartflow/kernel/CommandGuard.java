package org.cartflow.kernel;

import java.util.List;

/**
 * A rule check on a stage command (thaw start, verify LD order, record a bridging dose ...): a pure function of the
 * facts the command has loaded, so it is unit-tested without a container or a database. Declared with its rule IDs
 * ({@link Enforces}) and listed under each {@link Command} that runs it.
 */
public interface CommandGuard<F> extends DeclaredGuard {

    /** Empty when the command may go ahead; otherwise why not, each finding naming a declared rule. */
    List<Guard.Finding> check(F facts);
}
