package dev.shapesense.intellij.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapesense.intellij.ServerLaunch;
import dev.shapesense.intellij.ShapeSenseOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The plugin project as files: {@code plugin.xml}, its classes and the Gradle build. The plugin
 * cannot be compiled here (no IntelliJ Platform artifact is reachable), so these checks are what
 * stands between a typo and a broken plugin.
 */
class PluginProjectTest {
  private static Document pluginXml() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(Repo.plugin().resolve("src/main/resources/META-INF/plugin.xml").toFile());
  }

  private static List<Element> elements(Document doc, String tag) {
    NodeList nodes = doc.getElementsByTagName(tag);
    List<Element> result = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      result.add((Element) nodes.item(i));
    }
    return result;
  }

  private static Element only(Document doc, String tag) {
    List<Element> found = elements(doc, tag);
    assertEquals(1, found.size(), "<" + tag + "> elements");
    return found.get(0);
  }

  private static Map<String, String> attributes(Element e) {
    Map<String, String> result = new TreeMap<>();
    for (int i = 0; i < e.getAttributes().getLength(); i++) {
      result.put(e.getAttributes().item(i).getNodeName(), e.getAttributes().item(i).getNodeValue());
    }
    return result;
  }

  private static Path source(String className) {
    return Repo.pluginSources().resolve(className.replace('.', '/') + ".java");
  }

  @Test
  void pluginXmlDependsOnLsp4ijAndJava() throws Exception {
    Document doc = pluginXml();
    assertEquals(ServerLaunch.PLUGIN_ID, only(doc, "id").getTextContent());
    Set<String> depends = new TreeSet<>();
    elements(doc, "depends").forEach(e -> depends.add(e.getTextContent()));
    assertEquals(
        Set.of(
            "com.intellij.modules.platform",
            "com.intellij.modules.java",
            "com.redhat.devtools.lsp4ij"),
        depends);
  }

  @Test
  void pluginXmlDeclaresTheServerAndMapsJavaToIt() throws Exception {
    Document doc = pluginXml();
    Element server = only(doc, "server");
    assertEquals(
        "com.redhat.devtools.lsp4ij",
        ((Element) server.getParentNode()).getAttribute("defaultExtensionNs"));
    assertEquals(
        Map.of(
            "id", ServerLaunch.SERVER_ID,
            "name", "ShapeSense",
            "factoryClass", "dev.shapesense.intellij.ShapeSenseServerFactory"),
        attributes(server));
    Element mapping = only(doc, "languageMapping");
    assertEquals(server.getParentNode(), mapping.getParentNode());
    assertEquals(
        Map.of("language", "JAVA", "serverId", ServerLaunch.SERVER_ID, "languageId", "java"),
        attributes(mapping));
  }

  @Test
  void everyClassNamedInPluginXmlExistsWithTheRightSupertype() throws Exception {
    Document doc = pluginXml();
    Map<String, String> expected =
        Map.of(
            only(doc, "server").getAttribute("factoryClass"), "implements LanguageServerFactory",
            only(doc, "applicationService").getAttribute("serviceImplementation"),
                "implements PersistentStateComponent<",
            only(doc, "applicationConfigurable").getAttribute("instance"),
                "implements Configurable");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      Path file = source(e.getKey());
      assertTrue(Files.isRegularFile(file), file + " exists");
      String text = Files.readString(file);
      assertTrue(
          text.contains("public final class " + simpleName(e.getKey())),
          file + " is a public class");
      assertTrue(text.contains(e.getValue()), file + " " + e.getValue());
    }
  }

  @Test
  void sourcesUseNoSecondLsp4jAndOnlyPlatformApis() throws IOException {
    Pattern importLine =
        Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);
    List<String> allowed =
        List.of(
            "java.",
            "javax.swing.",
            "com.intellij.",
            "com.redhat.devtools.lsp4ij.",
            "com.google.gson.",
            "org.jetbrains.annotations");
    try (Stream<Path> files = Files.walk(Repo.pluginSources())) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = importLine.matcher(Files.readString(file));
        while (m.find()) {
          String pkg = m.group(1) + ".";
          assertTrue(allowed.stream().anyMatch(pkg::startsWith), file + " imports " + m.group(1));
        }
      }
    }
  }

  @Test
  void gradleBuildDependsOnLsp4ijAndBundlesTheJarOutsideLib() throws IOException {
    String build = Files.readString(Repo.plugin().resolve("build.gradle.kts"));
    assertTrue(
        build.contains("id(\"org.jetbrains.intellij.platform\")"),
        "IntelliJ Platform Gradle Plugin");
    assertTrue(build.contains("plugin(\"com.redhat.devtools.lsp4ij:"), "LSP4IJ plugin dependency");
    assertTrue(!build.contains("org.eclipse.lsp4j"), "no LSP4J dependency of its own");
    assertTrue(
        !build.matches("(?s).*\\b(implementation|api|runtimeOnly)\\(.*"),
        "no library bundled in lib/");
    assertTrue(
        build.contains("layout.projectDirectory.file(\"../../server/target/shapesense.jar\")"),
        "the Maven-built jar");
    assertTrue(
        build.contains("into(\"${intellijPlatform.projectName.get()}/server\")"),
        "copied to <plugin>/server");
    assertEquals(
        Path.of("home", "server", "shapesense.jar"), ServerLaunch.bundledJar(Path.of("home")));
  }

  @Test
  void serverArgumentsFollowTheJavaLauncher(@TempDir Path home) throws IOException {
    // The server's JVM options and archive go before LSP4IJ's -jar, after its own options (a debug
    // agent).
    Path archive = ServerLaunch.archive(home);
    assertEquals(home.resolve(".shapesense/intellij-plugin.jsa"), archive);
    List<String> launcher =
        List.of("/jbr/bin/java", "-agentlib:jdwp=x", "-jar", "/p/server/shapesense.jar");
    assertEquals(
        List.of(
            "/jbr/bin/java",
            "-agentlib:jdwp=x",
            "-XX:+UseParallelGC",
            "-Dshapesense.archive=" + archive,
            "-jar",
            "/p/server/shapesense.jar",
            "server",
            "--stdio"),
        ServerLaunch.command(launcher, List.of("-XX:+UseParallelGC"), archive));
    Files.createDirectories(archive.getParent());
    Files.writeString(archive, "archive");
    assertEquals(
        List.of(
            "/jbr/bin/java",
            "-agentlib:jdwp=x",
            "-XX:+UseParallelGC",
            "-XX:SharedArchiveFile=" + archive,
            "-Dshapesense.archive=" + archive,
            "-jar",
            "/p/server/shapesense.jar",
            "server",
            "--stdio"),
        ServerLaunch.command(launcher, List.of("-XX:+UseParallelGC"), archive));
  }

  @Test
  void theJvmOptionsAreTheServerJarsOwn() throws IOException {
    // The jar carries jvm.options, the list the launcher, VS Code and the template use too.
    assertEquals(Repo.jvmOptions(), ServerLaunch.jvmOptions(Repo.serverJar()));
    assertEquals(List.of(), ServerLaunch.jvmOptions(Path.of("no/such.jar")));
  }

  @Test
  void optionsRejectWhatTheSettingsPageMustRefuse() {
    assertEquals(List.of(), ShapeSenseOptions.DEFAULTS.problems());
    assertEquals(
        List.of("The longest hint cannot be negative (0 shows every hint in full): -1."),
        new ShapeSenseOptions(true, -1, "N").problems());
    assertEquals(
        List.of("The batch symbol must be a name such as N or batch, not '2b'."),
        new ShapeSenseOptions(true, 0, "2b").problems());
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
