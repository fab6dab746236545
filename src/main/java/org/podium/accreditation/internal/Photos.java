package org.podium.accreditation.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.podium.accreditation.AccreditationStatus;
import org.podium.audit.StaffActionPerformed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The photo printed on a person's card: a JPEG or PNG of at least 300 x 400 pixels, portrait, at
 * most 2 MB, checked by decoding it (a file that only claims to be an image is refused), stored
 * encrypted. Replaced freely until the card is printed.
 */
@Component
class Photos {

    static final int MAX_BYTES = 2 * 1024 * 1024;

    /** A photo that cannot be taken: the message key of {@code accreditation.photo.*} and its arguments. */
    static final class PhotoRefused extends RuntimeException {
        final String key;
        final Object[] args;

        PhotoRefused(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }
    }

    record Photo(String contentType, byte[] image) {
    }

    private final JdbcClient jdbc;
    private final PersonalData personal;
    private final Requests requests;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Photos(JdbcClient jdbc, PersonalData personal, Requests requests, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.personal = personal;
        this.requests = requests;
        this.events = events;
        this.clock = clock;
    }

    /** Checks and stores the photo of one of the organisation's requests. */
    @Transactional
    void upload(UUID id, String organisation, byte[] image, String actor) {
        var request = requests.find(id).filter(r -> r.organisation().equals(organisation))
                .orElseThrow(() -> new org.podium.platform.NotFound("accreditation request", id.toString()));
        if (!java.util.EnumSet.of(AccreditationStatus.SUBMITTED, AccreditationStatus.VALIDATED, AccreditationStatus.IN_SCREENING,
                AccreditationStatus.FAVOURABLE, AccreditationStatus.APPROVED).contains(request.status())) {
            throw new PhotoRefused("accreditation.photo.tooLate");
        }
        var type = contentType(image);
        jdbc.sql("""
                insert into accreditation.photo (request_id, content_type, image, uploaded_at, uploaded_by) values (:id, :type, :image, :at, :by)
                on conflict (request_id) do update set content_type = excluded.content_type, image = excluded.image,
                    uploaded_at = excluded.uploaded_at, uploaded_by = excluded.uploaded_by""")
                .param("id", id).param("type", type).param("image", personal.encrypt(image))
                .param("at", Timestamp.from(clock.instant())).param("by", actor).update();
        events.publishEvent(new StaffActionPerformed(actor, "accreditation.photo.uploaded", id.toString(), "photo uploaded", clock.instant()));
    }

    /** The image's type when it decodes as a portrait JPEG or PNG of the minimum size, or {@link PhotoRefused}. */
    static String contentType(byte[] image) {
        if (image.length == 0 || image.length > MAX_BYTES) {
            throw new PhotoRefused("accreditation.photo.size", MAX_BYTES / 1024 / 1024);
        }
        var jpeg = image.length > 3 && (image[0] & 0xFF) == 0xFF && (image[1] & 0xFF) == 0xD8;
        var png = image.length > 8 && image[0] == (byte) 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G';
        if (!jpeg && !png) {
            throw new PhotoRefused("accreditation.photo.format");
        }
        java.awt.image.BufferedImage decoded;
        try {
            decoded = ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException | RuntimeException e) {
            decoded = null;
        }
        if (decoded == null) {
            throw new PhotoRefused("accreditation.photo.format");
        }
        if (decoded.getWidth() < 300 || decoded.getHeight() < 400 || decoded.getHeight() < decoded.getWidth()) {
            throw new PhotoRefused("accreditation.photo.dimensions", decoded.getWidth(), decoded.getHeight());
        }
        return jpeg ? "image/jpeg" : "image/png";
    }

    Optional<Photo> of(UUID id) {
        return jdbc.sql("select content_type, image from accreditation.photo where request_id = :id").param("id", id)
                .query((rs, n) -> new Photo(rs.getString(1), personal.decryptBytes(rs.getBytes(2)))).optional();
    }

    /** Which of these requests have a photo. */
    java.util.Set<UUID> among(java.util.List<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(jdbc.sql("select request_id from accreditation.photo where request_id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new)).query(UUID.class).list());
    }

    boolean has(UUID id) {
        return jdbc.sql("select count(*) from accreditation.photo where request_id = :id").param("id", id).query(Integer.class).single() > 0;
    }
}
