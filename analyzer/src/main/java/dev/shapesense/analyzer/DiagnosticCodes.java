package dev.shapesense.analyzer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every diagnostic code the analyzer reports, with a one-line description. Codes are stable: they
 * are SARIF rule ids and what suppressions name ({@code // shapesense:ignore[shape/view-size]}).
 */
public final class DiagnosticCodes {
  private DiagnosticCodes() {}

  public static final String LINEAR_IN_FEATURES = "shape/linear-in-features";
  public static final String CONV_IN_CHANNELS = "shape/conv-in-channels";
  public static final String NORM_NUM_FEATURES = "shape/norm-num-features";
  public static final String NORM_NORMALIZED_SHAPE = "shape/norm-normalized-shape";
  public static final String NORM_NUM_CHANNELS = "shape/norm-num-channels";
  public static final String RNN_INPUT_SIZE = "shape/rnn-input-size";
  public static final String ATTENTION_EMBED_DIM = "shape/attention-embed-dim";
  public static final String MODULE_INPUT = "shape/module-input";
  public static final String CONFIG = "shape/config";
  public static final String VIEW_SIZE = "shape/view-size";
  public static final String CAT_SIZES = "shape/cat-sizes";
  public static final String MATMUL = "shape/matmul";
  public static final String BROADCAST = "shape/broadcast";
  public static final String OP = "shape/op";
  public static final String USER_CHECK = "shape/user-check";
  public static final String DECLARED_OUTPUT = "shape/declared-output";
  public static final String PINNED_INPUT = "shape/pinned-input";
  public static final String VALUE_DEPENDENT = "shape/value-dependent";
  public static final String NO_INPUT_SHAPE = "analysis/no-input-shape";
  public static final String BAD_DIMS = "analysis/bad-dims";
  public static final String STEP_BUDGET = "analysis/step-budget";
  public static final String UNKNOWN_LOOP = "analysis/unknown-loop";
  public static final String BUILD_THROWS = "analysis/build-throws";
  public static final String INTERNAL_ERROR = "analysis/internal-error";
  public static final String UNKNOWN_SUPPRESSION = "analysis/unknown-suppression";
  public static final String SYNTAX = "java/syntax";
  public static final String UNKNOWN_SHAPE = "analysis/unknown-shape";
  public static final String NO_OVERLOAD = "java/no-overload";

  /** Codes reported only when shapesense.json turns them on (a severity for them). */
  public static final java.util.Set<String> OFF_BY_DEFAULT = java.util.Set.of(UNKNOWN_SHAPE);

  /** Code to description, in documentation order. */
  public static final Map<String, String> ALL = all();

  private static Map<String, String> all() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(LINEAR_IN_FEATURES, "A Linear layer's in_features differs from its input's last dim.");
    m.put(CONV_IN_CHANNELS, "A convolution's in_channels differs from its input's channels.");
    m.put(
        NORM_NUM_FEATURES,
        "A batch or instance norm's num_features differs from its input's channels.");
    m.put(
        NORM_NORMALIZED_SHAPE,
        "A LayerNorm's normalized_shape differs from its input's trailing dims.");
    m.put(NORM_NUM_CHANNELS, "A GroupNorm's num_channels differs from its input's channels.");
    m.put(RNN_INPUT_SIZE, "A recurrent layer's input_size differs from its input's feature size.");
    m.put(ATTENTION_EMBED_DIM, "An attention layer's embed_dim differs from its input's features.");
    m.put(MODULE_INPUT, "A layer rejects the shape of its input.");
    m.put(CONFIG, "A layer's configuration is invalid (PyTorch's constructor would raise).");
    m.put(VIEW_SIZE, "A view or reshape cannot hold the tensor's elements.");
    m.put(CAT_SIZES, "Tensors joined by cat or stack differ outside the joined dim.");
    m.put(MATMUL, "The operands of a matrix product do not fit.");
    m.put(BROADCAST, "The operands of an element-wise op do not broadcast.");
    m.put(OP, "A tensor operation rejects its arguments.");
    m.put(USER_CHECK, "A ShapeError thrown by the model's own check is reached.");
    m.put(DECLARED_OUTPUT, "forward's result differs from the shape its @Dims declares.");
    m.put(
        VALUE_DEPENDENT,
        "A check holds only for some sizes of a declared symbol (a pinned size, a divisibility).");
    m.put(PINNED_INPUT, "An inferred input fits only for some values of its dims.");
    m.put(NO_INPUT_SHAPE, "A forward input's shape is unknown: declare it with @Dims.");
    m.put(BAD_DIMS, "An @Dims annotation cannot be read.");
    m.put(STEP_BUDGET, "The analysis stopped at its step budget.");
    m.put(UNKNOWN_LOOP, "A loop depends on values the analysis cannot know.");
    m.put(
        BUILD_THROWS,
        "Building the model reaches a throw that no catch takes: its layers are not shown.");
    m.put(INTERNAL_ERROR, "ShapeSense failed on this class: please report it.");
    m.put(UNKNOWN_SUPPRESSION, "A suppression names a code ShapeSense does not have.");
    m.put(SYNTAX, "The file is not valid Java here.");
    m.put(
        NO_OVERLOAD,
        "No method, overload or constructor of the nn API takes these arguments: javac rejects the call.");
    m.put(
        UNKNOWN_SHAPE,
        "An expression's shape is not known, and why (off unless shapesense.json gives it a severity).");
    return java.util.Collections.unmodifiableMap(m);
  }
}
