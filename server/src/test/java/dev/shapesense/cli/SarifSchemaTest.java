package dev.shapesense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The schema check itself: it accepts a minimal valid log and rejects a broken one. */
class SarifSchemaTest {
  @Test
  void acceptsAMinimalLog() throws Exception {
    assertEquals(
        Set.of(),
        SarifSchema.violations(
            "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\"}}}]}"));
  }

  @Test
  void rejectsAWrongVersionAndAMissingDriver() throws Exception {
    assertFalse(SarifSchema.violations("{\"version\":\"9\",\"runs\":[{\"tool\":{}}]}").isEmpty());
  }
}
