package org.cartflow.rules;

/** label: hard guard. trial: default-on guard a physician may override with a reason. info: reference only. */
public enum RuleKind {
    LABEL, TRIAL, INFO;

    public boolean overridable() {
        return this == TRIAL;
    }
}
