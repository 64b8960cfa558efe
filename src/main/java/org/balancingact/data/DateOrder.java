package org.balancingact.data;

import java.util.Locale;
import java.util.Optional;

/**
 * The order of day, month and year in dates that are not ISO ({@code 3/21/2014} is month-day-year):
 * what {@code --date-format} and the column dialog choose. Separators do not matter.
 */
public enum DateOrder {
    YMD, MDY, DMY;

    public static Optional<DateOrder> named(String name) {
        String wanted = name.trim().toUpperCase(Locale.ROOT);
        for (DateOrder order : values()) {
            if (order.name().equals(wanted)) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }
}
