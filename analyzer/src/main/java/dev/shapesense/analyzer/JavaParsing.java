package dev.shapesense.analyzer;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParseStart;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Problem;
import com.github.javaparser.Processor;
import com.github.javaparser.Provider;
import com.github.javaparser.Providers;
import com.github.javaparser.StringProvider;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.RecordPatternExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.nodeTypes.NodeWithIdentifier;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeArguments;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.validator.ProblemReporter;
import com.github.javaparser.ast.validator.SingleNodeTypeValidator;
import com.github.javaparser.ast.validator.TreeVisitorValidator;
import com.github.javaparser.ast.validator.TypedValidator;
import com.github.javaparser.ast.validator.Validator;
import com.github.javaparser.ast.validator.Validators;
import com.github.javaparser.ast.validator.VisitorValidator;
import com.github.javaparser.ast.validator.language_level_validations.Java17Validator;
import com.github.javaparser.ast.validator.language_level_validations.chunks.CommonValidators;
import com.github.javaparser.ast.validator.language_level_validations.chunks.ModifierValidator;
import com.github.javaparser.ast.validator.postprocessors.Java17PostProcessor;
import com.github.javaparser.metamodel.JavaParserMetaModel;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EmptyStackException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Stack;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * JavaParser at language level Java 17, with the same tree and the same problems as {@code new
 * JavaParser(config.setLanguageLevel(JAVA_17)).parse(text)}, but faster, in two steps: {@link
 * #parse} gives the tree and the grammar's problems, {@link #check} adds the language level's
 * checks (a third of the time of a parse of a large file), so a caller can run them later, on
 * another thread, or never (a file read only for the classes it declares). Comments are not
 * attributed (the analysis reads none), the file's line ending is not detected (nor read), the Java
 * 17 post-processing (var types) runs only where the text has the word {@code var}, the lexer's
 * stack takes no locks ({@link LexerStack}), and the Java 17 checks run in one tree walk, or member
 * by member ({@link #checkOutside}, {@link #checkMember}) so an edited file checks only the members
 * an edit touched. (Tokens stay stored: without them JavaParser gives nodes no positions.)
 * JavaParser runs each of its 26 checks as a walk of its own (most are "every node of type T" or
 * "every node"). Thread-safe; the checks only read the tree, so they may run while the tree is read
 * elsewhere.
 */
final class JavaParsing {
  private JavaParsing() {}

  private static final Java17PostProcessor POST_PROCESSOR = new Java17PostProcessor();
  private static final Checks CHECKS = Checks.of(new Java17Validator());

  /** The tree and the grammar's problems, sorted by position; no language-level checks yet. */
  static ParseResult<CompilationUnit> parse(String text) {
    return parseWhole(text);
  }

  /**
   * One class member alone ({@code text}: the member, after as many spaces as its column in its
   * file), with the configuration of {@link #parse}; null unless it is exactly one body declaration
   * without a grammar problem.
   */
  static BodyDeclaration<?> parseMember(String text) {
    JavaParser parser = new JavaParser(new Configuration(mayNameVar(text)));
    LexerStack.unlock(parser);
    try {
      ParseResult<BodyDeclaration<?>> r =
          parser.parse(ParseStart.CLASS_BODY, Providers.provider(text));
      return r.isSuccessful() && r.getProblems().isEmpty() ? r.getResult().orElse(null) : null;
    } catch (StackOverflowError | RuntimeException e) {
      return null;
    }
  }

  /** {@link #parse} in one piece, on this thread. */
  static ParseResult<CompilationUnit> parseWhole(String text) {
    JavaParser parser = new JavaParser(new Configuration(mayNameVar(text)));
    LexerStack.unlock(parser);
    try {
      return parser.parse(text);
    } catch (StackOverflowError e) {
      // Even a deep stack (Stacks) was not enough: the file is reported, not crashed on.
      return new ParseResult<>(
          null,
          List.of(
              new Problem(
                  "the code nests too deeply to be parsed here (the parser's stack overflowed):"
                      + " split the deepest expression into statements",
                  null,
                  null)),
          null);
    }
  }

  /**
   * Whether a tree of the text may hold a type named {@code var}, which the Java 17 post-processing
   * turns into a {@code var} type: the text has the word {@code var} or a Unicode escape. Where it
   * has neither, the post-processing (a walk of the whole tree, a sixth of the parse of a large
   * file) would change nothing and is skipped. Only ASCII letters, {@code _} and {@code $} before
   * the word and ASCII letters, digits, {@code _} and {@code $} after it are taken as part of a
   * longer identifier, which the lexer reads them as; any other neighbour counts as a word
   * boundary, so the answer errs only towards yes.
   */
  static boolean mayNameVar(String text) {
    if (text.contains("\\u")) {
      return true;
    }
    for (int i = text.indexOf("var"); i >= 0; i = text.indexOf("var", i + 1)) {
      boolean joinedBefore = i > 0 && continuesIdentifierBefore(text.charAt(i - 1));
      boolean joinedAfter = i + 3 < text.length() && continuesIdentifierAfter(text.charAt(i + 3));
      if (!joinedBefore && !joinedAfter) {
        return true;
      }
    }
    return false;
  }

  private static boolean continuesIdentifierBefore(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
  }

  private static boolean continuesIdentifierAfter(char c) {
    return continuesIdentifierBefore(c) || (c >= '0' && c <= '9');
  }

  /**
   * The problems of a {@link #parse} with the Java 17 checks' problems added, in JavaParser's order
   * (by position; at one position the grammar's first). A check that throws becomes a problem, as
   * JavaParser makes it one.
   */
  static List<Problem> check(ParseResult<CompilationUnit> parsed) {
    return check(parsed.getResult().orElse(null), parsed.getProblems());
  }

  /** {@link #check} of a tree ({@code null}: none) and its grammar's problems. */
  static List<Problem> check(CompilationUnit tree, List<Problem> grammar) {
    List<Problem> out = new ArrayList<>(grammar);
    Optional.ofNullable(tree)
        .ifPresent(
            unit -> {
              try {
                CHECKS.accept(unit, out);
              } catch (RuntimeException e) {
                out.add(
                    new Problem(
                        e.getMessage() == null ? "Unknown error" : e.getMessage(), null, e));
              }
            });
    out.sort(Problem.PROBLEM_BY_BEGIN_POSITION);
    return out;
  }

  /**
   * The Java 17 checks' problems of the nodes of {@code unit} outside {@code members} (subtrees
   * left out), in {@link #check}'s order before its sort; null when a check can only run on the
   * whole tree or one threw (then {@link #check} gives the whole tree's answer).
   *
   * <p>{@code kept} (or null) holds, per check, what a whole-tree visitor check found at those
   * nodes in an earlier version of the same tree, and takes what it finds now. Every version an
   * edit of one member makes has the same tree outside the members ({@link MemberParses}), and the
   * one such check of Java 17 (the modifiers') finds a problem at a node from that node and its
   * ancestors alone, so it walks the whole tree once per tree instead of once per version (the
   * members' own problems come from {@link #checkMember}).
   */
  static List<Problem> checkOutside(
      CompilationUnit unit, Set<Node> members, Map<Integer, List<Problem>> kept) {
    return CHECKS.part(unit, true, members, kept);
  }

  /**
   * The Java 17 checks' problems of the nodes of one member's subtree, in {@link #check}'s order
   * before its sort; null as for {@link #checkOutside}. Problems of the members and of the rest,
   * put together and sorted by position, are {@link #check}'s: a check runs on each node as the
   * whole walk runs it, and no node of a member starts where a node outside it does.
   */
  static List<Problem> checkMember(Node member) {
    return CHECKS.part(member, false, Set.of(), null);
  }

  /**
   * Every node from {@code root} in pre-order: JavaParser's own walk, without its synchronized
   * stack.
   */
  static void preorder(Node root, Consumer<Node> visit) {
    ArrayDeque<Node> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Node n = todo.pop();
      visit.accept(n);
      List<Node> children = n.getChildNodes();
      for (int i = children.size() - 1; i >= 0; i--) {
        todo.push(children.get(i));
      }
    }
  }

  /**
   * Tells JavaParser the language level (which decides how {@code yield} is read), but runs the
   * language level's post-processing itself (where it {@link #mayNameVar can change the tree}) and
   * leaves its checks to {@link #check}: the processors come from a configuration at level RAW
   * (whose language-level step does nothing), with ours appended. The processors after the
   * language-level step (symbol resolver, lexical preservation) are off, so the order of the steps
   * is unchanged; JavaParser sorts the problems by position after the last one, as before.
   */
  private static final class Configuration extends ParserConfiguration {
    private final List<Supplier<Processor>> processors;

    Configuration(boolean postProcess) {
      ParserConfiguration raw = new ParserConfiguration();
      for (ParserConfiguration c : List.of(this, raw)) {
        // No line-ending detection: it only records the file's line ending on the root (nothing
        // here
        // reads it), and makes a String of every character of the text to do so.
        c.setTabSize(1).setAttributeComments(false).setDetectOriginalLineSeparator(false);
      }
      setLanguageLevel(LanguageLevel.JAVA_17);
      raw.setLanguageLevel(LanguageLevel.RAW);
      processors = new ArrayList<>(raw.getProcessors());
      if (postProcess) {
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
    }

    @Override
    public List<Supplier<Processor>> getProcessors() {
      return processors;
    }
  }

  /**
   * JavaParser's lexer queues each token and the comments and spaces before it on a {@link Stack}
   * of its own, several calls per token, each of which takes a lock (a fifth of the parse of a
   * large file). {@link #unlock} gives a parser's lexer a stack without locks instead (the parser
   * and its lexer belong to one parse on one thread): it builds the parser that JavaParser would
   * build on its first parse, whose {@code reset} keeps the lexer and its stack. Where JavaParser's
   * parts cannot be reached (another version), the parser keeps its own.
   */
  static final class LexerStack {
    private LexerStack() {}

    private static final Constructor<?> NEW_PARSER;
    private static final Field TOKEN_SOURCE;
    private static final Field WORK_STACK;
    private static final Field AST_PARSER;

    static {
      Constructor<?> newParser = null;
      Field tokenSource = null;
      Field workStack = null;
      Field astParser = null;
      try {
        Class<?> generated = Class.forName("com.github.javaparser.GeneratedJavaParser");
        newParser = generated.getDeclaredConstructor(Provider.class);
        tokenSource = generated.getField("token_source");
        workStack = tokenSource.getType().getDeclaredField("tokenWorkStack");
        astParser = JavaParser.class.getDeclaredField("astParser");
        if (workStack.getType() != Stack.class || astParser.getType() != generated) {
          throw new NoSuchFieldException("the lexer's stack or the parser changed type");
        }
        for (AccessibleObject o : List.of(newParser, tokenSource, workStack, astParser)) {
          o.setAccessible(true);
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        newParser = null;
      }
      NEW_PARSER = newParser;
      TOKEN_SOURCE = tokenSource;
      WORK_STACK = workStack;
      AST_PARSER = astParser;
    }

    /** Whether parsers get the stack without locks (false only with another JavaParser). */
    static boolean available() {
      return NEW_PARSER != null;
    }

    static void unlock(JavaParser parser) {
      if (NEW_PARSER == null) {
        return;
      }
      try {
        Object generated = NEW_PARSER.newInstance(new StringProvider(""));
        WORK_STACK.set(TOKEN_SOURCE.get(generated), new UnlockedStack<>());
        AST_PARSER.set(parser, generated);
      } catch (ReflectiveOperationException | RuntimeException e) {
        // JavaParser builds its own parser.
      }
    }
  }

  /**
   * A {@link Stack} for one thread: push, pop, peek and the size without locks, on {@link
   * java.util.Vector}'s own storage, so every other method still sees the same elements.
   */
  static final class UnlockedStack<E> extends Stack<E> {
    @Override
    public E push(E item) {
      if (elementCount == elementData.length) {
        elementData = Arrays.copyOf(elementData, Math.max(16, elementCount * 2));
      }
      elementData[elementCount++] = item;
      modCount++;
      return item;
    }

    @Override
    public E pop() {
      E top = peek();
      elementData[--elementCount] = null;
      modCount++;
      return top;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E peek() {
      if (elementCount == 0) {
        throw new EmptyStackException();
      }
      return (E) elementData[elementCount - 1];
    }

    @Override
    public boolean empty() {
      return elementCount == 0;
    }

    @Override
    public boolean isEmpty() {
      return elementCount == 0;
    }

    @Override
    public int size() {
      return elementCount;
    }
  }

  /**
   * A {@link Validators} tree flattened, with the checks that visit every node ({@link
   * TreeVisitorValidator}) or every node of one type ({@link SingleNodeTypeValidator}) fused into
   * one pre-order walk. Each check reports into its own list and the lists are appended in the
   * checks' order, so the problems come out in JavaParser's order (they are then sorted by
   * position, stably). Visitor checks that look only at names (the keyword checks, three whole-tree
   * visits of their own, most of the checks' time) run on the names of the walk ({@link OnNames});
   * other visitor checks run as they are. A check whose parts cannot be read runs as it is too.
   *
   * <p>Which fused checks can report on a node depends only on the node's class, so that is worked
   * out once per class: for a check of one type, whether the class is that type; for the every-node
   * checks of JavaParser's Java 17 set that begin with "is the node an X" (the 'assert' identifier,
   * primitive type arguments, record patterns, module imports, constructor calls, and the "list can
   * not be empty" check, which reads each node's metamodel), whether the class is an X.
   * JavaParser's own way asks every node each of those questions, and asking a node's class about
   * one interface after another is slow on the JVM (its one-entry cache of the last answer keeps
   * being overwritten): half the time of the checks.
   */
  private record Checks(List<Check> checks, List<Check> fused, ClassValue<int[]> applicable) {
    static Checks of(Validator root) {
      Map<Validator, Predicate<Class<?>>> known = knownFilters(root);
      List<Check> out = new ArrayList<>();
      flatten(root, out, known, false);
      List<Check> fused = out.stream().filter(c -> !(c instanceof Whole)).toList();
      ClassValue<int[]> applicable =
          new ClassValue<>() {
            @Override
            protected int[] computeValue(Class<?> type) {
              return IntStream.range(0, fused.size())
                  .filter(i -> fused.get(i).appliesTo(type))
                  .toArray();
            }
          };
      return new Checks(List.copyOf(out), fused, applicable);
    }

    /** The node classes the every-node checks named above can report on, by check. */
    private static Map<Validator, Predicate<Class<?>>> knownFilters(Validator root) {
      Map<String, Class<?>> byField =
          Map.of(
              "noAssertIdentifer",
              NodeWithIdentifier.class,
              "noPrimitiveGenericArguments",
              NodeWithTypeArguments.class,
              "noRecordPatterns",
              RecordPatternExpr.class,
              "noModuleImports",
              ImportDeclaration.class,
              "explicitConstructorInvocationMustBeFirstStatement",
              ExplicitConstructorInvocationStmt.class);
      Map<Validator, Predicate<Class<?>>> out = new IdentityHashMap<>();
      for (Class<?> c = root.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          Class<?> only = byField.get(f.getName());
          if (only == null || Modifier.isStatic(f.getModifiers())) {
            continue;
          }
          try {
            f.setAccessible(true);
            if (f.get(root) instanceof TreeVisitorValidator v) {
              out.put(v, only::isAssignableFrom);
            }
          } catch (ReflectiveOperationException | RuntimeException e) {
            // Unread: that check visits every node.
          }
        }
      }
      return out;
    }

    /** Whether nodes of a class have a list property that must not be empty. */
    private static boolean hasNonEmptyList(Class<?> type) {
      return JavaParserMetaModel.getNodeMetaModel(type)
          .map(
              mm ->
                  mm.getAllPropertyMetaModels().stream()
                      .anyMatch(p -> p.isNonEmpty() && p.isNodeList()))
          .orElse(true);
    }

    private static void flatten(
        Validator v, List<Check> out, Map<Validator, Predicate<Class<?>>> known, boolean common) {
      if (v instanceof Validators vs) {
        for (Validator c : vs.getValidators()) {
          flatten(c, out, known, common || v instanceof CommonValidators);
        }
        return;
      }
      Check c = null;
      try {
        if (v instanceof SingleNodeTypeValidator<?>) {
          c =
              new OfType(
                  (Class<?>) field(SingleNodeTypeValidator.class, "type").get(v),
                  (TypedValidator<?>) field(SingleNodeTypeValidator.class, "validator").get(v));
        } else if (v instanceof VisitorValidator vv && visitsNamesOnly(vv.getClass())) {
          c = new OnNames(vv);
        } else if (v instanceof TreeVisitorValidator) {
          // CommonValidators has one every-node check: the "can not be empty" one.
          Predicate<Class<?>> only =
              common ? Checks::hasNonEmptyList : known.getOrDefault(v, t -> true);
          c =
              new EveryNode(
                  (Validator) field(TreeVisitorValidator.class, "validator").get(v), only);
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        c = null;
      }
      out.add(c == null ? new Whole(v) : c);
    }

    /**
     * Whether a visitor check looks only at names: every {@code visit} it declares takes a {@link
     * Name} or a {@link SimpleName} (JavaParser's keyword checks: 'enum', '_', 'record').
     */
    private static boolean visitsNamesOnly(Class<?> c) {
      boolean any = false;
      for (Class<?> k = c; k != VisitorValidator.class; k = k.getSuperclass()) {
        for (Method m : k.getDeclaredMethods()) {
          if (m.getName().equals("visit") && !m.isSynthetic() && !m.isBridge()) {
            Class<?> first = m.getParameterTypes()[0];
            if (first != Name.class && first != SimpleName.class) {
              return false;
            }
            any = true;
          }
        }
      }
      return any;
    }

    private static Field field(Class<?> c, String name) throws NoSuchFieldException {
      Field f = c.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    }

    /**
     * {@link #accept}'s problems of part of a tree, in its order before the sort: from {@code root}
     * with the subtrees of {@code skip} left out ({@code isRoot}: the whole file's root, so the
     * checks of one node type see it twice as {@link #accept} has them), or of one member's
     * subtree. A whole-tree visitor check runs on a member's subtree alone, and on the root (its
     * problems at nodes outside {@code skip} kept), or what the modifiers' check found there comes
     * from {@code kept} ({@link #checkOutside}); null when a check is neither, or one threw.
     */
    List<Problem> part(
        Node root, boolean isRoot, Set<Node> skip, Map<Integer, List<Problem>> kept) {
      int n = checks.size();
      boolean needOutside = false;
      List<List<Problem>> found = new ArrayList<>(n);
      ProblemReporter[] fusedReporters = new ProblemReporter[fused.size()];
      int f = 0;
      for (Check c : checks) {
        if (c instanceof Whole w && !(w.validator() instanceof VisitorValidator)) {
          return null;
        }
        List<Problem> l = new ArrayList<>(0);
        found.add(l);
        if (!(c instanceof Whole)) {
          fusedReporters[f++] = new ProblemReporter(l::add);
        } else if (isRoot && (kept == null || !kept.containsKey(found.size() - 1))) {
          needOutside = true;
        }
      }
      Set<com.github.javaparser.JavaToken> outside =
          java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      try {
        if (isRoot) {
          f = 0;
          for (int i = 0; i < n; i++) {
            if (checks.get(i) instanceof OfType t) {
              t.visit(root, fusedReporters[f]);
            }
            if (!(checks.get(i) instanceof Whole)) {
              f++;
            }
          }
        }
        ArrayDeque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
          Node node = todo.pop();
          for (int i : applicable.get(node.getClass())) {
            fused.get(i).visitApplicable(node, fusedReporters[i]);
          }
          if (needOutside) {
            node.getTokenRange().ifPresent(r -> outside.add(r.getBegin()));
          }
          List<Node> children = node.getChildNodes();
          for (int c = children.size() - 1; c >= 0; c--) {
            Node child = children.get(c);
            if (!skip.contains(child)) {
              todo.push(child);
            }
          }
        }
        for (int i = 0; i < n; i++) {
          if (checks.get(i) instanceof Whole w) {
            List<Problem> before = isRoot && kept != null ? kept.get(i) : null;
            if (before != null) {
              found.get(i).addAll(before);
              continue;
            }
            List<Problem> all = new ArrayList<>();
            w.validator().accept(root, new ProblemReporter(all::add));
            for (Problem p : all) {
              com.github.javaparser.JavaToken at =
                  p.getLocation().map(l -> l.getBegin()).orElse(null);
              if (at == null) {
                return null;
              }
              if (!isRoot || outside.contains(at)) {
                found.get(i).add(p);
              }
            }
            if (isRoot && kept != null && w.validator() instanceof ModifierValidator) {
              kept.put(i, List.copyOf(found.get(i)));
            }
          }
        }
      } catch (RuntimeException e) {
        return null;
      }
      List<Problem> out = new ArrayList<>();
      found.forEach(out::addAll);
      return out;
    }

    void accept(Node root, List<Problem> problems) {
      int n = checks.size();
      List<List<Problem>> found = new ArrayList<>(n);
      List<ProblemReporter> reporters = new ArrayList<>(n);
      ProblemReporter[] fusedReporters = new ProblemReporter[fused.size()];
      int f = 0;
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
          fusedReporters[f++] = r;
        }
      }
      preorder(
          root,
          node -> {
            for (int i : applicable.get(node.getClass())) {
              fused.get(i).visitApplicable(node, fusedReporters[i]);
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

  private sealed interface Check permits OfType, EveryNode, OnNames, Whole {
    default void visit(Node node, ProblemReporter reporter) {}

    /** {@link #visit} of a node whose class {@link #appliesTo}. */
    default void visitApplicable(Node node, ProblemReporter reporter) {
      visit(node, reporter);
    }

    /** Whether the check can report on nodes of {@code type}. */
    default boolean appliesTo(Class<?> type) {
      return false;
    }
  }

  private record OfType(Class<?> type, TypedValidator<?> validator) implements Check {
    @Override
    public boolean appliesTo(Class<?> t) {
      return type.isAssignableFrom(t);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void visitApplicable(Node node, ProblemReporter reporter) {
      ((TypedValidator) validator).accept(node, reporter);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void visit(Node node, ProblemReporter reporter) {
      if (type.isInstance(node)) {
        ((TypedValidator) validator).accept(node, reporter);
      }
    }
  }

  private record EveryNode(Validator validator, Predicate<Class<?>> only) implements Check {
    @Override
    public boolean appliesTo(Class<?> t) {
      return only.test(t);
    }

    @Override
    public void visit(Node node, ProblemReporter reporter) {
      validator.accept(node, reporter);
    }
  }

  /**
   * A visitor check of names only, run on each name of the walk: a simple name on its own; a
   * qualified name from its outermost part, whose visit goes on to its qualifier as a whole-tree
   * visit does. The tree has no comments (they are not attributed), so a name has no other
   * children.
   */
  private record OnNames(VisitorValidator validator) implements Check {
    @Override
    public boolean appliesTo(Class<?> t) {
      return t == Name.class || t == SimpleName.class;
    }

    @Override
    public void visitApplicable(Node node, ProblemReporter reporter) {
      if (node instanceof SimpleName n) {
        n.accept(validator, reporter);
      } else if (node instanceof Name n && !(n.getParentNode().orElse(null) instanceof Name)) {
        n.accept(validator, reporter);
      }
    }
  }

  private record Whole(Validator validator) implements Check {}
}
