package org.podium.gates.internal;

/** A supervisor's admission after an identity check refused, with the gate's reason. */
class AdmissionRefused extends IllegalArgumentException {

    private final Refusal refusal;

    AdmissionRefused(Refusal refusal, String message) {
        super(message);
        this.refusal = refusal;
    }

    Refusal refusal() {
        return refusal;
    }
}
