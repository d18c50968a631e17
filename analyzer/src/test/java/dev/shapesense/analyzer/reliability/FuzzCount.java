package dev.shapesense.analyzer.reliability;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Sizes a fuzz property from the system property {@code fuzz.count}, the total number of fuzz cases
 * of a run (default {@value #DEFAULT}, what CI runs; nightly runs pass {@code
 * -Dfuzz.count=100000}). A property annotated {@code @FuzzCount.Share(p)} gets p percent of it.
 */
public final class FuzzCount implements AroundPropertyHook {
  public static final int DEFAULT = 300;

  /** The percentage of {@code fuzz.count} a property runs. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @AddLifecycleHook(FuzzCount.class)
  public @interface Share {
    int value();
  }

  public static int total() {
    String s = System.getProperty("fuzz.count");
    return s == null || s.isBlank() ? DEFAULT : Integer.parseInt(s.strip());
  }

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    int percent = context.findAnnotation(Share.class).map(Share::value).orElse(100);
    context.attributes().setTries(Math.max(1, (int) ((long) total() * percent / 100)));
    return property.execute();
  }
}
