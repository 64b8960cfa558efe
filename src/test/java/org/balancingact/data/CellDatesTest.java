package org.balancingact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date cells of imported tables: what each written form becomes, and what is refused with a reason. */
class CellDatesTest {

    @ParameterizedTest(name = "{0} ({1}) → {2} at {3}")
    @CsvSource(delimiter = '|', value = {
        "2022-03-15                 | -   | 2022-03-15    | ''",
        "2022-03                    | -   | 2022-03       | ''",
        "2022                       | -   | 2022          | ''",
        "'  2022-3-5 '              | -   | 2022-03-05    | ''",
        "2022-03-15 16:10:34+00:00  | -   | 2022-03-15    | 16:10:34+00:00",
        "2022-03-15T23:59:59Z       | -   | 2022-03-15    | 23:59:59Z",
        "2022-03-15T23:30:00-05:00  | -   | 2022-03-15    | 23:30:00-05:00",
        "2022-03-15 16:10           | -   | 2022-03-15    | 16:10",
        "3/21/2014                  | MDY | 2014-03-21    | ''",
        "21.03.2014                 | DMY | 2014-03-21    | ''",
        "21-3-2014                  | DMY | 2014-03-21    | ''",
        "'21 03 2014'               | DMY | 2014-03-21    | ''",
        "3/21/2014 4:10 PM          | MDY | 2014-03-21    | 4:10 PM",
        "2014/03/21                 | -   | 2014-03-21    | ''",
        "2014.03.21                 | DMY | 2014-03-21    | ''",
        "3/2014                     | -   | 2014-03       | ''",
        "2022-03~                   | -   | 2022-03~      | ''",
        "198X                       | -   | 198X          | ''",
        "2020-08-09/2020-12         | -   | 2020-08-09/2020-12 | ''",
        "-0044-03-15                | -   | -0044-03-15   | ''",
    })
    void readsEachForm(String cell, String order, String edtf, String time) {
        CellDates dates = new CellDates(order.equals("-") ? null : DateOrder.valueOf(order));
        CellDates.Reading reading = new CellDates.Reading();
        assertTrue(dates.read(cell, reading), () -> cell + ": " + reading.problem);
        assertEquals(edtf, reading.date.edtf());
        assertEquals(time, reading.time);
    }

    @ParameterizedTest(name = "{0} ({1}) is refused: {2}")
    @CsvSource(delimiter = '|', value = {
        "''              | -   | empty",
        "2022-02-30      | -   | 28 days",
        "2022-13         | -   | 13",
        "3/21/14         | MDY | two-digit year",
        "21.03.2014      | MDY | 21",
        "March 21, 2014  | MDY | cannot be read",
        "12345-01-01     | -   | cannot be read",
        "2022-03-15 noon | -   | cannot be read",
    })
    void refusesWithAReason(String cell, String order, String said) {
        CellDates dates = new CellDates(order.equals("-") ? null : DateOrder.valueOf(order));
        CellDates.Reading reading = new CellDates.Reading();
        assertFalse(dates.read(cell, reading));
        assertNotNull(reading.problem);
        assertTrue(reading.problem.contains(said), reading.problem);
        assertFalse(reading.hint.isBlank());
    }

    @ParameterizedTest(name = "{0} needs an order")
    @CsvSource({"3/4/2014", "21.03.2014", "12-11-2020"})
    void dayMonthDatesWithoutAnOrderAskForOne(String cell) {
        CellDates.Reading reading = new CellDates.Reading();
        assertFalse(new CellDates(null).read(cell, reading));
        assertTrue(reading.needsOrder);
    }

    @ParameterizedTest(name = "{0} proves {1}")
    @CsvSource({"21.03.2014, 1", "3/21/2014, 2", "3/4/2014, 0", "2014-03-21, -1", "x, -1"})
    void datesProveTheirOrderOnlyWhenOneNumberIsAboveTwelve(String cell, int evidence) {
        assertEquals(evidence, new CellDates(null).orderEvidence(cell));
    }
}
