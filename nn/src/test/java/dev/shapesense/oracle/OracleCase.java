package dev.shapesense.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One recorded PyTorch case of {@code ops-public.jsonl}, with its CPU verdict. */
record OracleCase(
    String id,
    String kind,
    String op,
    List<JsonNode> args,
    Map<String, JsonNode> kwargs,
    List<List<Long>> inputs,
    List<String> dtypes,
    boolean training,
    JsonNode inputStructure,
    Map<String, Integer> inputKwargs,
    Map<String, JsonNode> forwardKwargs,
    boolean inputsAsList,
    boolean messageVaries,
    String expectedPhase,
    JsonNode cpu) {

  boolean expectsError() {
    return cpu.has("error");
  }

  String expectedError() {
    return cpu.path("error").asText();
  }

  JsonNode expectedOutput() {
    return cpu.get("output");
  }

  String expectedOutputType() {
    return cpu.path("output_type").asText();
  }

  static List<OracleCase> load(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<OracleCase> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode d = json.readTree(line);
      List<JsonNode> args = new ArrayList<>();
      d.path("args").forEach(args::add);
      Map<String, JsonNode> kwargs = new LinkedHashMap<>();
      d.path("kwargs").fields().forEachRemaining(e -> kwargs.put(e.getKey(), e.getValue()));
      List<List<Long>> inputs = new ArrayList<>();
      for (JsonNode in : d.path("inputs")) {
        List<Long> dims = new ArrayList<>();
        in.forEach(x -> dims.add(x.longValue()));
        inputs.add(dims);
      }
      List<String> dtypes = new ArrayList<>();
      d.path("dtypes").forEach(x -> dtypes.add(x.asText()));
      Map<String, Integer> inputKwargs = new LinkedHashMap<>();
      d.path("input_kwargs")
          .fields()
          .forEachRemaining(e -> inputKwargs.put(e.getKey(), e.getValue().intValue()));
      Map<String, JsonNode> forwardKwargs = new LinkedHashMap<>();
      d.path("forward_kwargs")
          .fields()
          .forEachRemaining(e -> forwardKwargs.put(e.getKey(), e.getValue()));
      JsonNode cpu = d.get("cpu");
      String phase =
          d.has("error") && "construct".equals(d.path("phase").asText()) ? "construct" : "forward";
      out.add(
          new OracleCase(
              d.get("id").asText(),
              d.get("kind").asText(),
              d.get("op").asText(),
              args,
              kwargs,
              inputs,
              dtypes,
              d.path("training").asBoolean(true),
              d.get("input_structure"),
              inputKwargs,
              forwardKwargs,
              d.path("inputs_as_list").asBoolean(false),
              d.path("message_varies").asBoolean(false)
                  || cpu.path("message_varies").asBoolean(false),
              phase,
              cpu));
    }
    return out;
  }

  /** How a failure names this case: id, op, arguments and {@code inputs} (shapes or sizes). */
  String where(Object inputs) {
    return id()
        + " ("
        + op()
        + " args="
        + args()
        + " kwargs="
        + kwargs()
        + " inputs="
        + inputs
        + "): ";
  }
}
