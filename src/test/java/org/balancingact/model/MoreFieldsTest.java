package org.balancingact.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An imported table's more fields, kept per column: a map like any other to whoever reads an event. */
class MoreFieldsTest {
    private final MoreFields.Columns columns = new MoreFields.Columns(List.of("oblast", "level", "source"));

    @Test
    void actsAsTheOrderedMapOfTheValuesGiven() {
        String[] values = {"Kyiv", null, "official"};
        Map<String, String> fields = columns.of(values);
        values[0] = "changed";
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("oblast", "Kyiv");
        expected.put("source", "official");
        assertEquals(expected, fields);
        assertEquals(fields, expected);
        assertEquals(expected.hashCode(), fields.hashCode());
        assertEquals(expected.toString(), fields.toString());
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(fields.keySet()));
        assertEquals("official", fields.get("source"));
        assertEquals(null, fields.get("level"));
        assertTrue(fields.containsKey("oblast"));
        assertEquals(2, fields.size());
        assertTrue(columns.of(new String[3]).isEmpty());
    }

    @Test
    void cannotBeChangedAndIsKeptAsItIsByAnEvent() {
        Map<String, String> fields = columns.of(new String[] {"Kyiv", "1", null});
        assertThrows(UnsupportedOperationException.class, () -> fields.put("x", "y"));
        assertThrows(UnsupportedOperationException.class, () -> fields.remove("oblast"));
        Iterator<Map.Entry<String, String>> entries = fields.entrySet().iterator();
        Map.Entry<String, String> first = entries.next();
        assertThrows(UnsupportedOperationException.class, () -> first.setValue("z"));
        assertThrows(UnsupportedOperationException.class, entries::remove);
        Event event = new Event("e", "E", HistoricalDate.parse("2022"), "", List.of(), List.of(), 2, List.of(), "", List.of(),
                Translations.NONE, "", fields);
        assertSame(fields, event.moreFields());
    }
}
