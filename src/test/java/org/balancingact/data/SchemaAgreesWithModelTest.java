package org.balancingact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.balancingact.model.ActorKind;
import org.balancingact.model.RelationType;
import org.junit.jupiter.api.Test;

/**
 * The schema and the model name the same relation types and actor kinds. A type in the schema but
 * not in the model would pass validation and then be silently dropped; this keeps them in step.
 */
class SchemaAgreesWithModelTest {
    private static JsonNode schema() throws Exception {
        try (InputStream in = SchemaAgreesWithModelTest.class.getResourceAsStream(SchemaCheck.SCHEMA_RESOURCE)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    void relationTypesMatch() throws Exception {
        JsonNode types = schema().at("/properties/relations/items/properties/type/enum");
        assertEquals(Arrays.stream(RelationType.values()).map(RelationType::jsonValue).toList(), values(types));
    }

    @Test
    void actorKindsMatch() throws Exception {
        JsonNode kinds = schema().at("/properties/actors/items/properties/kind/enum");
        assertEquals(Arrays.stream(ActorKind.values()).map(ActorKind::jsonValue).toList(), values(kinds));
    }
}
