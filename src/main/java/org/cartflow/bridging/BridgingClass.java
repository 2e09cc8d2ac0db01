package org.cartflow.bridging;

/** Drug classes of bridging therapy. BRG-1 names all but OTHER; OTHER needs a physician's override with a reason. */
public enum BridgingClass {
    CORTICOSTEROID, ALKYLATING_AGENT, IMMUNOMODULATORY_DRUG, PROTEASOME_INHIBITOR, ANTI_CD38_ANTIBODY, OTHER;

    public boolean namedByLabel() {
        return this != OTHER;
    }
}
