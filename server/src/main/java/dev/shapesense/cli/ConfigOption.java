package dev.shapesense.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --config} option shared by the commands. */
final class ConfigOption {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "project settings (default: the nearest shapesense.json above the working directory)")
  Path file;

  ProjectConfig load() throws Inputs.BadInput {
    return ProjectConfig.find(file);
  }
}
