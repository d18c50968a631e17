package dev.shapesense.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The version of this build, as Maven wrote it into {@code version.txt} ({@code
 * ${project.version}}): what {@code --version}, the server's {@code serverInfo} and {@code
 * shapesense/status} tell.
 */
public final class Version {
  private Version() {}

  private static final String VERSION = read();

  /**
   * The build's version, e.g. {@code 0.1.0-SNAPSHOT}; {@code unknown} when the resource is missing.
   */
  public static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = Version.class.getResourceAsStream("version.txt")) {
      if (in == null) {
        return "unknown";
      }
      String v = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      // An unfiltered resource (a build that skipped Maven's resource step) names no version.
      return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
