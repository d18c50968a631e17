package dev.shapesense.analyzer;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Problem;
import com.github.javaparser.Processor;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.validator.ProblemReporter;
import com.github.javaparser.ast.validator.SingleNodeTypeValidator;
import com.github.javaparser.ast.validator.TreeVisitorValidator;
import com.github.javaparser.ast.validator.TypedValidator;
import com.github.javaparser.ast.validator.Validator;
import com.github.javaparser.ast.validator.Validators;
import com.github.javaparser.ast.validator.language_level_validations.Java17Validator;
import com.github.javaparser.ast.validator.postprocessors.Java17PostProcessor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * JavaParser at language level Java 17, with the same tree and the same problems as {@code new
 * JavaParser(config.setLanguageLevel(JAVA_17)).parse(text)}, but faster, in two steps: {@link
 * #parse} gives the tree and the grammar's problems, {@link #check} adds the language level's
 * checks (a third of the time of a parse of a large file), so a caller can run them later, on
 * another thread, or never (a file read only for the classes it declares). Comments are not
 * attributed (the analysis reads none), and the Java 17 checks run in one tree walk. (Tokens stay
 * stored: without them JavaParser gives nodes no positions.) JavaParser runs each of its 26
 * checks as a walk of its own (most are "every node of type T" or "every node"). Thread-safe; the
 * checks only read the tree, so they may run while the tree is read elsewhere.
 */
final class JavaParsing {
  private JavaParsing() {}

  private static final Java17PostProcessor POST_PROCESSOR = new Java17PostProcessor();
  private static final Checks CHECKS = Checks.of(new Java17Validator());

  /** The tree and the grammar's problems, sorted by position; no language-level checks yet. */
  static ParseResult<CompilationUnit> parse(String text) {
    return new JavaParser(new Configuration()).parse(text);
  }

  /**
   * The problems of a {@link #parse} with the Java 17 checks' problems added, in JavaParser's
   * order (by position; at one position the grammar's first). A check that throws becomes a
   * problem, as JavaParser makes it one.
   */
  static List<Problem> check(ParseResult<CompilationUnit> parsed) {
    List<Problem> out = new ArrayList<>(parsed.getProblems());
    parsed.getResult().ifPresent(unit -> {
      try {
        CHECKS.accept(unit, out);
      } catch (RuntimeException e) {
        out.add(new Problem(e.getMessage() == null ? "Unknown error" : e.getMessage(), null, e));
      }
    });
    out.sort(Problem.PROBLEM_BY_BEGIN_POSITION);
    return out;
  }

  /**
   * Tells JavaParser the language level (which decides how {@code yield} is read), but runs the
   * language level's post-processing itself and leaves its checks to {@link #check}: the
   * processors come from a configuration at level RAW (whose language-level step does nothing),
   * with ours appended. The processors after
   * the language-level step (symbol resolver, lexical preservation) are off, so the order of the
   * steps is unchanged; JavaParser sorts the problems by position after the last one, as before.
   */
  private static final class Configuration extends ParserConfiguration {
    private final List<Supplier<Processor>> processors;

    Configuration() {
      ParserConfiguration raw = new ParserConfiguration();
      for (ParserConfiguration c : List.of(this, raw)) {
        c.setTabSize(1).setAttributeComments(false);
      }
      setLanguageLevel(LanguageLevel.JAVA_17);
      raw.setLanguageLevel(LanguageLevel.RAW);
      processors = new ArrayList<>(raw.getProcessors());
      processors.add(
          () ->
              new Processor() {
                @Override
                public void postProcess(
                    ParseResult<? extends Node> result, ParserConfiguration configuration) {
                  POST_PROCESSOR.postProcess(result, configuration);
                }
              });
    }

    @Override
    public List<Supplier<Processor>> getProcessors() {
      return processors;
    }
  }

  /**
   * A {@link Validators} tree flattened, with the checks that visit every node ({@link
   * TreeVisitorValidator}) or every node of one type ({@link SingleNodeTypeValidator}) fused into
   * one pre-order walk. Each check reports into its own list and the lists are appended in the
   * checks' order, so the problems come out in JavaParser's order. Checks that walk the tree their
   * own way (visitors) run as they are. A check whose parts cannot be read runs as it is too.
   */
  private record Checks(List<Check> checks) {
    static Checks of(Validator root) {
      List<Check> out = new ArrayList<>();
      flatten(root, out);
      return new Checks(List.copyOf(out));
    }

    private static void flatten(Validator v, List<Check> out) {
      if (v instanceof Validators vs) {
        for (Validator c : vs.getValidators()) {
          flatten(c, out);
        }
        return;
      }
      Check c = null;
      try {
        if (v instanceof SingleNodeTypeValidator<?>) {
          c = new OfType(
              (Class<?>) field(SingleNodeTypeValidator.class, "type").get(v),
              (TypedValidator<?>) field(SingleNodeTypeValidator.class, "validator").get(v));
        } else if (v instanceof TreeVisitorValidator) {
          c = new EveryNode((Validator) field(TreeVisitorValidator.class, "validator").get(v));
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        c = null;
      }
      out.add(c == null ? new Whole(v) : c);
    }

    private static Field field(Class<?> c, String name) throws NoSuchFieldException {
      Field f = c.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    }

    void accept(Node root, List<Problem> problems) {
      int n = checks.size();
      List<List<Problem>> found = new ArrayList<>(n);
      List<ProblemReporter> reporters = new ArrayList<>(n);
      List<Check> fused = new ArrayList<>();
      List<ProblemReporter> fusedReporters = new ArrayList<>();
      for (Check c : checks) {
        List<Problem> l = new ArrayList<>(0);
        found.add(l);
        ProblemReporter r = new ProblemReporter(l::add);
        reporters.add(r);
        if (c instanceof OfType t) {
          // SingleNodeTypeValidator checks its root, then every node of its type from the root
          // on: the root twice.
          t.visit(root, r);
        }
        if (!(c instanceof Whole)) {
          fused.add(c);
          fusedReporters.add(r);
        }
      }
      int m = fused.size();
      root.walk(
          Node.TreeTraversal.PREORDER,
          node -> {
            for (int i = 0; i < m; i++) {
              fused.get(i).visit(node, fusedReporters.get(i));
            }
          });
      for (int i = 0; i < n; i++) {
        if (checks.get(i) instanceof Whole w) {
          w.validator().accept(root, reporters.get(i));
        }
        problems.addAll(found.get(i));
      }
    }
  }

  private sealed interface Check permits OfType, EveryNode, Whole {
    default void visit(Node node, ProblemReporter reporter) {}
  }

  private record OfType(Class<?> type, TypedValidator<?> validator) implements Check {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void visit(Node node, ProblemReporter reporter) {
      if (type.isInstance(node)) {
        ((TypedValidator) validator).accept(node, reporter);
      }
    }
  }

  private record EveryNode(Validator validator) implements Check {
    @Override
    public void visit(Node node, ProblemReporter reporter) {
      validator.accept(node, reporter);
    }
  }

  private record Whole(Validator validator) implements Check {}
}
