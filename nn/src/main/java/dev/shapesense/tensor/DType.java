package dev.shapesense.tensor;

/** Element types, with PyTorch's names and type promotion for binary ops. */
public enum DType {
  BOOL("torch.bool", "Bool", 0, 0, 1),
  UINT8("torch.uint8", "Byte", 1, 1, 1),
  INT8("torch.int8", "Char", 1, 1, 1),
  INT16("torch.int16", "Short", 1, 2, 2),
  INT32("torch.int32", "Int", 1, 3, 4),
  INT64("torch.int64", "Long", 1, 4, 8),
  FLOAT16("torch.float16", "Half", 2, 1, 2),
  BFLOAT16("torch.bfloat16", "BFloat16", 2, 1, 2),
  FLOAT32("torch.float32", "Float", 2, 2, 4),
  FLOAT64("torch.float64", "Double", 2, 3, 8);

  private final String torchName;
  private final String scalarName;
  private final int category;
  private final int rank;
  private final int itemSize;

  DType(String torchName, String scalarName, int category, int rank, int itemSize) {
    this.torchName = torchName;
    this.scalarName = scalarName;
    this.category = category;
    this.rank = rank;
    this.itemSize = itemSize;
  }

  /** Bytes per element, PyTorch's {@code element_size()}. */
  public int itemSize() {
    return itemSize;
  }

  /** {@code torch.float32}. */
  public String torchName() {
    return torchName;
  }

  /** PyTorch's scalar type name, {@code Float}, {@code Long}. */
  public String scalarName() {
    return scalarName;
  }

  /** The legacy tensor type name CPU error messages use: {@code torch.FloatTensor}. */
  public String tensorTypeName() {
    return "torch." + scalarName + "Tensor";
  }

  public boolean isFloatingPoint() {
    return category == 2;
  }

  public boolean isIntegral() {
    return category == 1;
  }

  /**
   * The result dtype of a binary op between tensors of these dtypes ({@code torch.result_type}).
   */
  public static DType promote(DType a, DType b) {
    if (a == b) {
      return a;
    }
    if (a.category != b.category) {
      return a.category > b.category ? a : b;
    }
    if (a.category == 2) {
      if ((a == FLOAT16 && b == BFLOAT16) || (a == BFLOAT16 && b == FLOAT16)) {
        return FLOAT32;
      }
      return a.rank >= b.rank ? a : b;
    }
    if ((a == UINT8 && b == INT8) || (a == INT8 && b == UINT8)) {
      return INT16;
    }
    return a.rank >= b.rank ? a : b;
  }

  /** Parses {@code float32}, {@code torch.int64}, {@code long}, {@code FLOAT32}. */
  public static DType parse(String s) {
    String n = s.strip().toLowerCase().replace("torch.", "");
    switch (n) {
      case "float":
        return FLOAT32;
      case "double":
        return FLOAT64;
      case "half":
        return FLOAT16;
      case "long":
        return INT64;
      case "int":
        return INT32;
      case "short":
        return INT16;
      default:
        return valueOf(n.toUpperCase());
    }
  }
}
