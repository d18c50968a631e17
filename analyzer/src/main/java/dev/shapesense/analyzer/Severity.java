package dev.shapesense.analyzer;

/** How bad a diagnostic is. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  public String label() {
    return name().toLowerCase();
  }
}
