package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Assumptions;
import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Shape rule of PyTorch 1.13's {@code F.multi_head_attention_forward} (and so of {@code
 * nn.MultiheadAttention}): {@code _mha_shape_check}, the in-projections, mask checks, bias_k/v and
 * zero-attention padding, in PyTorch's order and with its assertion texts. The projections and
 * views go through {@link LinearRules} and {@link ViewRules}, whose errors PyTorch raises here too.
 */
public final class AttentionRules {
  private AttentionRules() {}

  /** A tensor's shape and dtype; a null {@code Arg} stands for None. */
  public record Arg(Shape shape, DType dtype) {}

  /**
   * The projection parameters: either {@code inProjWeight} (packed) or the three separate ones;
   * biases and {@code biasK}/{@code biasV} may be null.
   */
  public record Weights(
      Arg inProjWeight,
      Arg inProjBias,
      Arg qProjWeight,
      Arg kProjWeight,
      Arg vProjWeight,
      Arg biasK,
      Arg biasV,
      Arg outProjWeight,
      Arg outProjBias) {}

  /** How query, key and value alias each other (PyTorch takes faster paths on identity). */
  public record Aliasing(boolean queryIsKey, boolean keyIsValue) {}

  /** The attention output and weights (null when need_weights is false). */
  public record Result(Shape output, Shape weights) {}

  /** {@code F.multi_head_attention_forward(...)} without static_k/static_v. */
  public static Result multiHeadAttentionForward(
      Arg query,
      Arg key,
      Arg value,
      Aliasing alias,
      long embedDimToCheck,
      long numHeads,
      Weights w,
      boolean addZeroAttn,
      Arg keyPaddingMask,
      boolean needWeights,
      Arg attnMask,
      boolean useSeparateProjWeight,
      boolean averageAttnWeights) {
    Assumptions into = new Assumptions();
    boolean batched = mhaShapeCheck(query, key, value, keyPaddingMask, attnMask, numHeads, into);
    Shape q = query.shape();
    Shape k = key.shape();
    Shape v = value.shape();
    Shape kpm = keyPaddingMask == null ? null : keyPaddingMask.shape();
    if (!batched) {
      q = TransposeRules.unsqueeze(q, 1);
      k = TransposeRules.unsqueeze(k, 1);
      v = TransposeRules.unsqueeze(v, 1);
      if (kpm != null) {
        kpm = TransposeRules.unsqueeze(kpm, 0);
      }
    }
    Dim tgtLen = q.get(0);
    Dim bsz = q.get(1);
    Dim embedDim = q.get(2);
    Dim srcLen = k.get(0);
    if (keyPaddingMask != null) {
      DType t = keyPaddingMask.dtype();
      Checks.check(
          t == DType.BOOL || t.isFloatingPoint(),
          "AssertionError",
          () -> "only bool and floating types of key_padding_mask are supported");
    }
    Checks.check(
        embedDim.eq(embedDimToCheck),
        "AssertionError",
        () -> "was expecting embedding dimension of " + embedDimToCheck + ", but got " + embedDim,
        () -> embedDim + " == " + embedDimToCheck,
        into);
    if (numHeads == 0) {
      throw new ShapeError("ZeroDivisionError", "integer division or modulo by zero");
    }
    long headDim = Math.floorDiv(embedDimToCheck, numHeads);
    Checks.check(
        headDim * numHeads == embedDimToCheck,
        "AssertionError",
        () -> "embed_dim " + embedDimToCheck + " not divisible by num_heads " + numHeads);
    Dim e = Dim.of(embedDimToCheck);
    if (useSeparateProjWeight) {
      Shape k2 = k.sub(0, 2);
      Shape v2 = v.sub(0, 2);
      Checks.check(
          RecurrentRules.sameShape(k2, v2),
          "AssertionError",
          () ->
              "key's sequence and batch dims "
                  + k2.torchSize()
                  + " do not match value's "
                  + v2.torchSize(),
          () -> k2 + " == " + v2,
          into);
    } else {
      Shape kk = k;
      Shape vv = v;
      Checks.check(
          RecurrentRules.sameShape(kk, vv),
          "AssertionError",
          () -> "key shape " + kk.torchSize() + " does not match value shape " + vv.torchSize(),
          () -> kk + " == " + vv,
          into);
    }
    Shape[] qkv =
        useSeparateProjWeight
            ? inProjection(q, query.dtype(), k, key.dtype(), v, value.dtype(), w)
            : inProjectionPacked(q, query.dtype(), k, key.dtype(), v, value.dtype(), alias, w);
    for (Shape projected : qkv) {
      into.addAll(projected);
    }
    Shape pk = qkv[1];
    Shape pv = qkv[2];
    Shape mask = null;
    if (attnMask != null) {
      DType t = attnMask.dtype();
      Checks.check(
          t == DType.UINT8 || t.isFloatingPoint() || t == DType.BOOL,
          "AssertionError",
          () ->
              "Only float, byte, and bool types are supported for attn_mask, not " + t.torchName());
      Shape m = attnMask.shape();
      if (m.rank() == 2 || m.rank() == 3) {
        Shape correct =
            m.rank() == 2
                ? Shape.of(tgtLen, srcLen)
                : Shape.of(bsz.times(numHeads), tgtLen, srcLen);
        Checks.check(
            RecurrentRules.sameShape(m, correct),
            () ->
                "The shape of the "
                    + m.rank()
                    + "D attn_mask is "
                    + m.torchSize()
                    + ", but should be "
                    + correct.tuple()
                    + ".",
            () -> m + " == " + correct,
            into);
        mask = m.rank() == 2 ? TransposeRules.unsqueeze(m, 0) : m;
      } else {
        throw new ShapeError("attn_mask's dimension " + m.rank() + " is not supported");
      }
    }
    if (w.biasK() != null && w.biasV() != null) {
      pk = catBatchBias(pk, bsz);
      pv = catBatchBias(pv, bsz);
      into.addAll(pk);
      into.addAll(pv);
      mask = mask == null ? null : padLast(mask);
      kpm = kpm == null ? null : padLast(kpm);
    } else {
      Checks.check(w.biasK() == null, "AssertionError", () -> "");
      Checks.check(w.biasV() == null, "AssertionError", () -> "");
    }
    Dim heads = bsz.times(numHeads);
    into.addAll(ViewRules.view(qkv[0], List.of(tgtLen, heads, Dim.of(headDim))));
    pk = ViewRules.view(pk, List.of(pk.get(0), heads, Dim.of(headDim)));
    into.addAll(pk);
    pv = ViewRules.view(pv, List.of(pv.get(0), heads, Dim.of(headDim)));
    into.addAll(pv);
    Dim src = pk.get(0);
    if (addZeroAttn) {
      src = src.plus(1);
      mask = mask == null ? null : padLast(mask);
      kpm = kpm == null ? null : padLast(kpm);
    }
    if (kpm != null) {
      Shape expected = Shape.of(bsz, src);
      Shape got = kpm;
      Checks.check(
          RecurrentRules.sameShape(got, expected),
          "AssertionError",
          () ->
              "expecting key_padding_mask shape of "
                  + expected.tuple()
                  + ", but got "
                  + got.torchSize(),
          () -> got + " == " + expected,
          into);
    }
    if (headDim == 0) {
      // q / math.sqrt(E) with E = head_dim.
      throw new ShapeError("ZeroDivisionError", "float division by zero");
    }
    Arg ob = w.outProjBias();
    Shape projected =
        linear(
            Shape.of(tgtLen.times(bsz), e),
            query.dtype(),
            w.outProjWeight().shape(),
            w.outProjWeight().dtype(),
            ob == null ? null : ob.shape(),
            ob);
    into.addAll(projected);
    Shape output = Shape.of(tgtLen, bsz, projected.get(1)).assuming(into);
    Shape weights = null;
    if (needWeights) {
      weights =
          averageAttnWeights
              ? Shape.of(bsz, tgtLen, src).assuming(into)
              : Shape.of(bsz, Dim.of(numHeads), tgtLen, src).assuming(into);
      if (!batched) {
        weights = weights.remove(0);
      }
    }
    if (!batched) {
      output = output.remove(1);
    }
    return new Result(output, weights);
  }

  /**
   * The rank of {@code mask}, asserted to pass {@code ok}: else "{@code expected} but found N-D
   * tensor instead".
   */
  private static int assertMaskRank(Arg mask, IntPredicate ok, String expected) {
    int rank = mask.shape().rank();
    Checks.check(
        ok.test(rank),
        "AssertionError",
        () -> expected + " but found " + rank + "-D tensor instead");
    return rank;
  }

  /**
   * {@code _mha_shape_check}: whether the query is batched, after PyTorch's rank assertions;
   * records an undecidable mask shape into {@code into}.
   */
  public static boolean mhaShapeCheck(
      Arg query,
      Arg key,
      Arg value,
      Arg keyPaddingMask,
      Arg attnMask,
      long numHeads,
      Assumptions into) {
    int qd = query.shape().rank();
    int kd = key.shape().rank();
    int vd = value.shape().rank();
    if (qd == 3 || qd == 2) {
      boolean b = qd == 3;
      String which = b ? "For batched (3-D) `query`, " : "For unbatched (2-D) `query`, ";
      int want = b ? 3 : 2;
      Checks.check(
          kd == want && vd == want,
          "AssertionError",
          () ->
              which
                  + "expected `key` and `value` to be "
                  + want
                  + "-D but found "
                  + kd
                  + "-D and "
                  + vd
                  + "-D tensors respectively");
      if (keyPaddingMask != null) {
        assertMaskRank(
            keyPaddingMask,
            r -> r == want - 1,
            which + "expected `key_padding_mask` to be `None` or " + (want - 1) + "-D");
      }
      if (attnMask != null) {
        int ad =
            assertMaskRank(
                attnMask,
                r -> r == 2 || r == 3,
                which + "expected `attn_mask` to be `None`, 2-D or 3-D");
        if (!b && ad == 3) {
          Shape expected = Shape.of(Dim.of(numHeads), query.shape().get(0), key.shape().get(0));
          Shape got = attnMask.shape();
          Checks.check(
              RecurrentRules.sameShape(got, expected),
              "AssertionError",
              () ->
                  "Expected `attn_mask` shape to be "
                      + expected.tuple()
                      + " but got "
                      + got.torchSize(),
              () -> got + " == " + expected,
              into);
        }
      }
      return b;
    }
    throw new ShapeError(
        "AssertionError",
        "query should be unbatched 2D or batched 3D tensor but received " + qd + "-D query tensor");
  }

  private static Shape[] inProjectionPacked(
      Shape q, DType qt, Shape k, DType kt, Shape v, DType vt, Aliasing alias, Weights w) {
    Checks.check(
        w.inProjWeight() != null,
        "AssertionError",
        () -> "use_separate_proj_weight is False but in_proj_weight is None");
    Shape weight = w.inProjWeight().shape();
    DType wt = w.inProjWeight().dtype();
    Arg b = w.inProjBias();
    Dim e = q.get(-1);
    Dim rows = weight.get(0);
    if (alias.keyIsValue() && alias.queryIsKey()) {
      Shape out = linear(q, qt, weight, wt, b == null ? null : b.shape(), b);
      Shape each = out.set(out.rank() - 1, out.get(-1).ceilDiv(3));
      return new Shape[] {each, each, each};
    }
    if (alias.keyIsValue()) {
      Shape wq = weight.set(0, e);
      Shape wkv = weight.set(0, rows.minus(e));
      Shape pq = linear(q, qt, wq, wt, b == null ? null : Shape.of(e), b);
      Shape kv = linear(k, kt, wkv, wt, b == null ? null : Shape.of(rows.minus(e)), b);
      Shape each = kv.set(kv.rank() - 1, kv.get(-1).ceilDiv(2));
      return new Shape[] {pq, each, each};
    }
    Shape part = weight.set(0, rows.ceilDiv(3));
    Shape bias = b == null ? null : Shape.of(b.shape().get(0).ceilDiv(3));
    return new Shape[] {
      linear(q, qt, part, wt, bias, b),
      linear(k, kt, part, wt, bias, b),
      linear(v, vt, part, wt, bias, b)
    };
  }

  private static Shape[] inProjection(
      Shape q, DType qt, Shape k, DType kt, Shape v, DType vt, Weights w) {
    Checks.check(
        w.qProjWeight() != null,
        "AssertionError",
        () -> "use_separate_proj_weight is True but q_proj_weight is None");
    Checks.check(
        w.kProjWeight() != null,
        "AssertionError",
        () -> "use_separate_proj_weight is True but k_proj_weight is None");
    Checks.check(
        w.vProjWeight() != null,
        "AssertionError",
        () -> "use_separate_proj_weight is True but v_proj_weight is None");
    Arg b = w.inProjBias();
    Shape bias = b == null ? null : Shape.of(b.shape().get(0).ceilDiv(3));
    Dim eq = q.get(-1);
    Dim ek = k.get(-1);
    Dim ev = v.get(-1);
    Assumptions into = new Assumptions();
    checkWeight("query weights", w.qProjWeight().shape(), Shape.of(eq, eq), into);
    checkWeight("key weights", w.kProjWeight().shape(), Shape.of(eq, ek), into);
    checkWeight("value weights", w.vProjWeight().shape(), Shape.of(eq, ev), into);
    if (bias != null) {
      checkWeight("query bias", bias, Shape.of(eq), into);
      checkWeight("key bias", bias, Shape.of(eq), into);
      checkWeight("value bias", bias, Shape.of(eq), into);
    }
    Shape pq = linear(q, qt, w.qProjWeight().shape(), w.qProjWeight().dtype(), bias, b);
    return new Shape[] {
      into.onto(pq),
      linear(k, kt, w.kProjWeight().shape(), w.kProjWeight().dtype(), bias, b),
      linear(v, vt, w.vProjWeight().shape(), w.vProjWeight().dtype(), bias, b)
    };
  }

  private static void checkWeight(String what, Shape got, Shape expected, Assumptions into) {
    Checks.check(
        RecurrentRules.sameShape(got, expected),
        "AssertionError",
        () ->
            "expecting " + what + " shape of " + expected.tuple() + ", but got " + got.torchSize(),
        () -> got + " == " + expected,
        into);
  }

  private static Shape linear(
      Shape input, DType inputType, Shape weight, DType weightType, Shape bias, Arg biasArg) {
    return LinearRules.linear(
        input, inputType, weight, weightType, bias, biasArg == null ? null : biasArg.dtype());
  }

  /** {@code torch.cat([k, bias.repeat(1, bsz, 1)])}: one more step along dim 0. */
  private static Shape catBatchBias(Shape k, Dim bsz) {
    Shape biasRows = Shape.of(Dim.of(1), bsz, k.get(2));
    return JoinRules.cat(List.of(k, biasRows), 0);
  }

  /** {@code F.pad(x, (0, 1))}: one more element in the last dim. */
  private static Shape padLast(Shape s) {
    return s.set(s.rank() - 1, s.get(-1).plus(1));
  }
}
