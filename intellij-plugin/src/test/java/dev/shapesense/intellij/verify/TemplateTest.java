package dev.shapesense.intellij.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.shapesense.intellij.ShapeSenseOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The LSP4IJ template folder: the files LSP4IJ reads, in the format its loader expects. */
class TemplateTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode read(String name) throws IOException {
    return JSON.readTree(Repo.template().resolve(name).toFile());
  }

  @Test
  void folderHoldsOnlyFilesLsp4ijImports() throws IOException {
    try (Stream<Path> files = Files.list(Repo.template())) {
      Set<String> names =
          files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
      assertEquals(
          Set.of(
              "README.md",
              "initializationOptions.json",
              "settings.json",
              "settings.schema.json",
              "template.json"),
          names);
    }
  }

  @Test
  void templateNamesTheServerAndJavaFiles() throws IOException {
    JsonNode template = read("template.json");
    assertEquals("shapesense", template.get("id").asText());
    assertEquals("ShapeSense", template.get("name").asText());
    // One command for every OS: LSP4IJ falls back to "default" when no OS key matches.
    assertEquals(Set.of("default"), fieldNames(template.get("programArgs")));
    assertEquals(
        JSON.readTree("[{\"language\": \"JAVA\", \"languageId\": \"java\"}]"),
        template.get("languageMappings"));
    assertEquals(
        JSON.readTree(
            "[{\"fileType\": {\"name\": \"JAVA\", \"patterns\": [\"*.java\"]}, \"languageId\": \"java\"}]"),
        template.get("fileTypeMappings"));
  }

  /**
   * The template's command with {@code home} for {@code $USER_HOME$}: the server's JVM options
   * first.
   */
  static List<String> expected(String home) throws IOException {
    List<String> out = new java.util.ArrayList<>(List.of("java"));
    out.addAll(Repo.jvmOptions());
    out.addAll(
        List.of(
            "-XX:SharedArchiveFile=" + home + "/.shapesense/shapesense.jsa",
            "-Dshapesense.archive=" + home + "/.shapesense/shapesense.jsa",
            "-jar",
            home + "/.shapesense/shapesense.jar",
            "server",
            "--stdio"));
    return out;
  }

  @Test
  void commandRunsTheJarFromTheUsersHomeAsAStdioServer() throws IOException {
    String commandLine = read("template.json").get("programArgs").get("default").asText();
    // The server's own JVM options (jvm.options, which every launcher uses), and the class-data
    // archive the server writes after its first start and later starts map.
    assertEquals(expected("$USER_HOME$"), Lsp4ijCommandLine.split(commandLine));
    // A home folder with a space stays one argument, as the quotes in the template intend.
    assertEquals(
        expected("/home/Ada Lovelace"),
        Lsp4ijCommandLine.split(
            Lsp4ijCommandLine.expandMacros(
                commandLine, Map.of("USER_HOME", "/home/Ada Lovelace"))));
  }

  @Test
  void settingsAndInitializationOptionsAreThePluginsDefaults() throws IOException {
    JsonNode defaults = JSON.valueToTree(ShapeSenseOptions.DEFAULTS.asSettings());
    assertEquals(defaults, read("settings.json"));
    assertEquals(defaults, read("initializationOptions.json"));
    assertEquals(
        JSON.readTree(
            "{\"shapesense\": {\"inlayHints\": {\"enabled\": true, \"maxLength\": 0},"
                + " \"defaultBatchSymbol\": \"N\"}}"),
        defaults);
  }

  @Test
  void schemaAcceptsTheSettingsAndRejectsBadValues() throws IOException {
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
            .getSchema(Files.readString(Repo.template().resolve("settings.schema.json")));
    assertEquals(Set.of(), schema.validate(read("settings.json")));
    assertEquals(
        List.of("$.shapesense.inlayHints.maxLength"),
        paths(
            schema.validate(
                JSON.readTree("{\"shapesense\": {\"inlayHints\": {\"maxLength\": -1}}}"))));
    assertEquals(
        List.of("$.shapesense.defaultBatchSymbol"),
        paths(
            schema.validate(JSON.readTree("{\"shapesense\": {\"defaultBatchSymbol\": \"3 x\"}}"))));
    assertEquals(
        List.of("$.shapesense"),
        paths(schema.validate(JSON.readTree("{\"shapesense\": {\"inlayHint\": {}}}"))));
  }

  @Test
  void schemaDefaultsAreThePluginsDefaults() throws IOException {
    JsonNode properties = read("settings.schema.json").at("/properties/shapesense/properties");
    ShapeSenseOptions d = ShapeSenseOptions.DEFAULTS;
    assertEquals(
        d.inlayHintsEnabled(), properties.at("/inlayHints/properties/enabled/default").asBoolean());
    assertEquals(
        d.inlayHintsMaxLength(), properties.at("/inlayHints/properties/maxLength/default").asInt());
    assertEquals(d.defaultBatchSymbol(), properties.at("/defaultBatchSymbol/default").asText());
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> paths(Set<ValidationMessage> messages) {
    return messages.stream().map(m -> m.getInstanceLocation().toString()).sorted().toList();
  }
}
