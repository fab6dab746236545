package org.podium.finance.internal.procurement;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The budget lines as configuration (podium.finance.budget): each functional area's envelope for
 * a year and the expense account its purchases are charged to.
 */
@ConfigurationProperties("podium.finance.budget")
public record BudgetPlan(List<Line> lines, List<Integer> alertPercents) {

    public record Line(String code, String area, int year, String account, BigDecimal amount) {}

    public BudgetPlan {
        lines = lines == null ? List.of() : List.copyOf(lines);
        alertPercents = alertPercents == null || alertPercents.isEmpty() ? List.of(80, 100) : List.copyOf(alertPercents);
    }
}
