package org.cartflow.journey;

import java.util.List;
import org.cartflow.common.Role;
import org.cartflow.kernel.Command;

/**
 * The journey's own commands beside its transitions (which {@link Transition} declares with their roles and guards):
 * moving an open course to a newer label profile is a physician's decision with a reason.
 */
public final class JourneyCommands {

    public static final Command MOVE_LABEL_PROFILE = Command.of("label-profile-move").by(Role.PHYSICIAN);

    public static final List<Command> ALL = List.of(MOVE_LABEL_PROFILE);

    private JourneyCommands() {
    }
}
