package org.podium.ticketing.internal.change;

/** A transfer offer: waiting for its receiver, then accepted, declined, or cancelled (by its sender or by a refund). */
enum TransferStatus {
    PENDING, ACCEPTED, DECLINED, CANCELLED;

    boolean canBecome(TransferStatus next) {
        return this == PENDING && next != PENDING;
    }
}
