package org.podium.transport.internal.buses;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.mobilitydata.gtfsvalidator.input.CountryCode;
import org.mobilitydata.gtfsvalidator.input.DateForValidation;
import org.mobilitydata.gtfsvalidator.input.GtfsInput;
import org.mobilitydata.gtfsvalidator.notice.NoticeContainer;
import org.mobilitydata.gtfsvalidator.runner.ValidationRunner;
import org.mobilitydata.gtfsvalidator.table.GtfsFeedLoader;
import org.mobilitydata.gtfsvalidator.validator.ClassGraphDiscovery;
import org.mobilitydata.gtfsvalidator.validator.ValidationContext;
import org.mobilitydata.gtfsvalidator.validator.ValidatorLoader;

/** MobilityData's canonical GTFS validator, run in-process on a feed: its notices, by severity. */
final class GtfsValidation {

    record Notices(List<String> errors, List<String> warnings) {}

    private GtfsValidation() {
    }

    /** @param on the date the feed is validated for (a Games feed checked today would be "expired") */
    static Notices validate(Path feed, LocalDate on) throws Exception {
        var notices = new NoticeContainer();
        var context = ValidationContext.builder()
                .setCountryCode(CountryCode.forStringOrUnknown("FR"))
                .setDateForValidation(new DateForValidation(on))
                .build();
        var validators = ValidatorLoader.createForClasses(ClassGraphDiscovery.discoverValidatorsInDefaultPackage());
        var loader = new GtfsFeedLoader(ClassGraphDiscovery.discoverTables());
        try (var input = GtfsInput.createFromPath(feed, notices)) {
            ValidationRunner.loadAndValidate(validators, loader, notices, input, context);
        }
        var resolved = notices.getResolvedValidationNotices();
        var errors = resolved.stream().filter(n -> n.isError()).map(n -> n.getContext().getCode() + " " + n.getContext().toJsonTree()).toList();
        var warnings = resolved.stream().filter(n -> n.isWarning()).map(n -> n.getContext().getCode()).distinct().toList();
        return new Notices(errors, warnings);
    }
}
