package org.podium.finance.internal.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * The balance sheet at a year's end and the income statement of the year, from the ledger's
 * balances (PCG classes: 1 equity and debts, 2 fixed assets, 3 stocks, 4 third parties, 5
 * financial, 6 expenses, 7 revenue). Third-party and financial accounts go to assets or
 * liabilities by the side of their balance. No closing entries are posted yet, so the balance
 * sheet carries the result of all years to date in equity, and assets equal liabilities exactly.
 */
@Service
public class FinancialStatements {

    /** An account's line: its number, title and amount on the side the statement shows it. */
    public record Line(String account, String name, BigDecimal amount) {}

    public record IncomeStatement(int year, List<Line> expenses, List<Line> revenue) {
        public BigDecimal totalExpenses() {
            return total(expenses);
        }

        public BigDecimal totalRevenue() {
            return total(revenue);
        }

        /** Profit (positive) or loss (negative) of the year. */
        public BigDecimal result() {
            return totalRevenue().subtract(totalExpenses());
        }
    }

    public record BalanceSheet(LocalDate at, List<Line> assets, List<Line> liabilities, BigDecimal resultToDate) {
        public BigDecimal totalAssets() {
            return total(assets);
        }

        /** Equity and debts, with the result of the years to date. */
        public BigDecimal totalLiabilities() {
            return total(liabilities).add(resultToDate);
        }
    }

    private final Ledger ledger;

    FinancialStatements(Ledger ledger) {
        this.ledger = ledger;
    }

    public IncomeStatement incomeStatement(int year) {
        var names = ledger.accountNames();
        var expenses = new ArrayList<Line>();
        var revenue = new ArrayList<Line>();
        for (var b : ledger.trialBalance(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
            var net = b.debit().subtract(b.credit());
            if (b.account().startsWith("6")) expenses.add(new Line(b.account(), names.get(b.account()), net));
            else if (b.account().startsWith("7")) revenue.add(new Line(b.account(), names.get(b.account()), net.negate()));
        }
        return new IncomeStatement(year, expenses, revenue);
    }

    public BalanceSheet balanceSheet(int year) {
        var at = LocalDate.of(year, 12, 31);
        var names = ledger.accountNames();
        var assets = new ArrayList<Line>();
        var liabilities = new ArrayList<Line>();
        var result = BigDecimal.ZERO;
        for (var b : ledger.trialBalance(at)) {
            var debitBalance = b.debit().subtract(b.credit());
            var klass = b.account().charAt(0);
            if (klass == '6' || klass == '7') {
                result = result.subtract(debitBalance);
            } else if (klass == '2' || klass == '3' || (klass == '4' || klass == '5') && debitBalance.signum() > 0) {
                assets.add(new Line(b.account(), names.get(b.account()), debitBalance));
            } else if (debitBalance.signum() != 0) {
                liabilities.add(new Line(b.account(), names.get(b.account()), debitBalance.negate()));
            }
        }
        return new BalanceSheet(at, assets, liabilities, result);
    }

    private static BigDecimal total(List<Line> lines) {
        return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
