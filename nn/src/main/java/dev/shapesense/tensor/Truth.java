package dev.shapesense.tensor;

/** The answer to a question about symbolic dims: yes, no, or not decidable from what is known. */
public enum Truth {
  TRUE,
  FALSE,
  UNKNOWN;

  public static Truth of(boolean b) {
    return b ? TRUE : FALSE;
  }

  public Truth and(Truth o) {
    if (this == FALSE || o == FALSE) {
      return FALSE;
    }
    return this == TRUE && o == TRUE ? TRUE : UNKNOWN;
  }

  public Truth or(Truth o) {
    if (this == TRUE || o == TRUE) {
      return TRUE;
    }
    return this == FALSE && o == FALSE ? FALSE : UNKNOWN;
  }

  public Truth not() {
    return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
  }
}
