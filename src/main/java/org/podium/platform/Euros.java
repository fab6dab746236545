package org.podium.platform;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Amounts in euros as the page's language writes them: "125,00 €" in French, "€125.00" in English. */
@Component("euros")
public class Euros {

    private static final Currency EUR = Currency.getInstance("EUR");

    public String format(long cents) {
        var format = NumberFormat.getCurrencyInstance(LocaleContextHolder.getLocale());
        format.setCurrency(EUR);
        return format.format(BigDecimal.valueOf(cents, 2));
    }
}
