package dev.shapesense.nn;

import dev.shapesense.tensor.DType;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a shape: on a {@code forward} parameter, the input's shape (symbols and numbers, comma
 * separated, e.g. {@code "N, 3, 32, 32"}; {@code ""} for 0-d); on a {@code forward} method, the
 * expected output shape. Documentation at run time; the analyzer uses it as input and checks the
 * output against it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface Dims {
  String value();

  DType dtype() default DType.FLOAT32;
}
