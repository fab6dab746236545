package org.podium.accreditation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may ride the Games' cars: the transport privileges an accreditation's category carries (T1
 * dedicated car, T2 shared car, T3 car on demand, TM the media and team buses), read by the
 * transport module when a team books a car for one of its people.
 */
public interface TransportPrivileges {

    /** An accreditation as transport sees it: the name on the card and its privileges, nothing more. */
    record Holder(UUID accreditation, String organisation, String category, String name, List<String> transport,
                  AccreditationStatus status) {

        public boolean active() {
            return status == AccreditationStatus.ACTIVE;
        }
    }

    Optional<Holder> holder(UUID accreditation);

    /** The organisation's active cards whose category carries a car privilege (T1, T2 or T3). */
    List<Holder> carHolders(String organisation);
}
