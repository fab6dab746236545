package org.podium.finance.internal.procurement;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The delegation-of-authority matrix, as data (finance/delegation-of-authority.csv): how many
 * distinct approvers an order needs by its amount before tax. An order that goes over its budget
 * line needs one approver more. Changing the matrix is editing the file, not the code.
 */
@Component
public class DelegationOfAuthority {

    /** One band: orders up to {@code upTo} (none: no ceiling) need {@code approvals} approvers. */
    public record Band(@Nullable BigDecimal upTo, int approvals) {}

    private final List<Band> bands;

    DelegationOfAuthority() {
        this(read());
    }

    private DelegationOfAuthority(List<Band> bands) {
        if (bands.isEmpty() || bands.getLast().upTo() != null) {
            throw new IllegalArgumentException("delegation of authority: the last band has no ceiling");
        }
        this.bands = List.copyOf(bands);
    }

    public int approvalsFor(BigDecimal net, boolean overBudget) {
        var band = bands.stream().filter(b -> b.upTo() == null || net.compareTo(b.upTo()) <= 0).findFirst().orElseThrow();
        return band.approvals() + (overBudget ? 1 : 0);
    }

    private static List<Band> read() {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get();
        try (var in = new InputStreamReader(new ClassPathResource("finance/delegation-of-authority.csv").getInputStream(),
                StandardCharsets.UTF_8); var csv = format.parse(in)) {
            var bands = new ArrayList<Band>();
            for (var row : csv) {
                var upTo = row.get("up_to_eur").isBlank() ? null : new BigDecimal(row.get("up_to_eur"));
                bands.add(new Band(upTo, Integer.parseInt(row.get("approvals"))));
            }
            return bands;
        } catch (IOException e) {
            throw new IllegalStateException("finance/delegation-of-authority.csv unreadable", e);
        }
    }
}
