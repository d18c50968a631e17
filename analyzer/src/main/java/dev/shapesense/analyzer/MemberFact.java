package dev.shapesense.analyzer;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A kind of fact the analysis derives from one class member's tree alone and keeps with that tree
 * across the file's versions ({@link ParsedFile#fact}). One constant per kind.
 */
public final class MemberFact<T> {
  private static final AtomicInteger KINDS = new AtomicInteger();

  private final int id;
  private final String name;

  private MemberFact(String name) {
    this.id = KINDS.getAndIncrement();
    this.name = name;
  }

  /** A new kind of fact; {@code name} is for reading only. */
  public static <T> MemberFact<T> named(String name) {
    return new MemberFact<>(name);
  }

  int id() {
    return id;
  }

  /** How many kinds there are. */
  static int count() {
    return KINDS.get();
  }

  @Override
  public String toString() {
    return name;
  }
}
