package dev.shapesense.intellij;

import com.intellij.openapi.project.Project;
import com.redhat.devtools.lsp4ij.LanguageServerFactory;
import com.redhat.devtools.lsp4ij.client.LanguageClientImpl;
import com.redhat.devtools.lsp4ij.server.StreamConnectionProvider;
import org.jetbrains.annotations.NotNull;

/** LSP4IJ's entry point for the server declared in {@code plugin.xml} with id {@code shapesense}. */
public final class ShapeSenseServerFactory implements LanguageServerFactory {
  @Override
  public @NotNull StreamConnectionProvider createConnectionProvider(@NotNull Project project) {
    return new ShapeSenseConnectionProvider(project);
  }

  @Override
  public @NotNull LanguageClientImpl createLanguageClient(@NotNull Project project) {
    return new ShapeSenseLanguageClient(project);
  }
}
