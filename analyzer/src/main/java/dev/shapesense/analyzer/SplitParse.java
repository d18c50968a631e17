package dev.shapesense.analyzer;

import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseResult;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.comments.CommentsCollection;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A large file parsed in two halves at once, on two cores, and the halves joined into the tree
 * JavaParser gives for the whole text: the same nodes in the same order, with the same positions,
 * parents and token ranges, one chain of tokens, and the same comments. The text is cut at a line
 * start between two members of its first top-level class ({@link #cut}); the first half is the
 * text before the cut with a {@code }} closing the class, the second half the text from the cut
 * on, behind a class header and as many line breaks as put each of its characters on its own line
 * and column. Class bodies are sequences of members, each read on its own, so when both halves
 * parse without a problem, the members of the second half are the members the whole parse would
 * give there. A half with a problem (a file being typed) gives no split, and the caller parses the
 * whole text: JavaParser's recovery from an error must see what it would see.
 */
final class SplitParse {
  private SplitParse() {}

  /** The class header the second half starts with; {@code $} is a legal class name. */
  private static final String HEADER = "class $ {";

  private static final Set<String> NOT_A_CLASS = Set.of("enum", "record", "interface");

  private static final Field CHILD_NODES = field(Node.class, "childNodes");
  private static final Field PREVIOUS_TOKEN = field(JavaToken.class, "previousToken");
  private static final Field NEXT_TOKEN = field(JavaToken.class, "nextToken");

  /** The second halves' threads: daemons, made on demand and kept a minute. */
  private static final ExecutorService HALVES =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = Stacks.thread(r, "shapesense-parse");
            t.setDaemon(true);
            return t;
          });

  private static Field field(Class<?> owner, String name) {
    try {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** Whether JavaParser's parts that joining needs can be reached (false with another version). */
  static boolean available() {
    return CHILD_NODES != null && PREVIOUS_TOKEN != null && NEXT_TOKEN != null;
  }

  /**
   * The whole text's tree and comments from two halves parsed at once with {@code parse}, or null
   * when the text has no place to cut or a half has a problem.
   */
  static ParseResult<CompilationUnit> parse(
      String text, Function<String, ParseResult<CompilationUnit>> parse) {
    int cut = available() ? cut(text) : -1;
    int line = cut < 0 ? 0 : 1 + lineBreaks(text, cut);
    if (line < 2) {
      return null;
    }
    String first = text.substring(0, cut) + "}";
    String second = HEADER + "\n".repeat(line - 1) + text.substring(cut);
    CompletableFuture<ParseResult<CompilationUnit>> later =
        CompletableFuture.supplyAsync(() -> parse.apply(second), HALVES);
    ParseResult<CompilationUnit> a = parse.apply(first);
    ParseResult<CompilationUnit> b;
    try {
      b = later.join();
    } catch (CompletionException e) {
      return null;
    }
    try {
      return join(a, b, line);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Halves that cannot be joined (another JavaParser's tree): the caller parses the whole.
      return null;
    }
  }

  /**
   * The line breaks before {@code end}, as JavaParser counts them: {@code \r\n}, {@code \n} and
   * a lone {@code \r}.
   */
  private static int lineBreaks(String s, int end) {
    int n = 0;
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
        n++;
      }
    }
    return n;
  }

  /**
   * Joins the halves: the second half's members go to the end of the first half's class (right
   * after its members among the class's children, as in a whole parse), the types after it to the
   * file, the two token chains become one at the cut, and the class and the file span both halves.
   */
  private static ParseResult<CompilationUnit> join(
      ParseResult<CompilationUnit> a, ParseResult<CompilationUnit> b, int line)
      throws ReflectiveOperationException {
    if (!a.getProblems().isEmpty() || !b.getProblems().isEmpty()
        || a.getResult().isEmpty() || b.getResult().isEmpty()) {
      return null;
    }
    CompilationUnit unit = a.getResult().get();
    CompilationUnit rest = b.getResult().get();
    if (unit.getTypes().isEmpty() || rest.getTypes().isEmpty()
        || !(unit.getTypes().getLast().orElseThrow() instanceof ClassOrInterfaceDeclaration cls)
        || !(rest.getTypes().get(0) instanceof ClassOrInterfaceDeclaration tail)
        || cls.getMembers().isEmpty()
        || cls.getTokenRange().isEmpty() || tail.getTokenRange().isEmpty()
        || unit.getTokenRange().isEmpty() || rest.getTokenRange().isEmpty()) {
      return null;
    }
    // One token chain: the first half's last token before its closing brace, then the second
    // half's first token on the cut's line.
    JavaToken before = cls.getTokenRange().get().getEnd().getPreviousToken().orElse(null);
    JavaToken after = tail.getTokenRange().get().getBegin();
    while (after != null && after.getRange().map(r -> r.begin.line < line).orElse(true)) {
      after = after.getNextToken().orElse(null);
    }
    if (before == null || after == null) {
      return null;
    }
    NEXT_TOKEN.set(before, after);
    PREVIOUS_TOKEN.set(after, before);

    // The members: the header class's child list emptied first, so that moving each member does
    // not look for it there (a quadratic search in a long class).
    List<BodyDeclaration<?>> moved = new ArrayList<>(tail.getMembers());
    childNodes(tail).clear();
    Node lastMember = cls.getMembers().getLast().orElseThrow();
    cls.getMembers().addAll(moved);
    List<Node> children = childNodes(cls);
    List<Node> appended = children.subList(children.size() - moved.size(), children.size());
    List<Node> members = new ArrayList<>(appended);
    appended.clear();
    children.addAll(lastIndexOf(children, lastMember) + 1, members);

    List<TypeDeclaration<?>> types = new ArrayList<>(rest.getTypes().subList(1, rest.getTypes().size()));
    unit.getTypes().addAll(types);

    cls.setTokenRange(new TokenRange(cls.getTokenRange().get().getBegin(), tail.getTokenRange().get().getEnd()));
    unit.setTokenRange(new TokenRange(unit.getTokenRange().get().getBegin(), rest.getTokenRange().get().getEnd()));

    CommentsCollection comments = new CommentsCollection();
    a.getCommentsCollection().ifPresent(c -> c.getComments().forEach(comments::addComment));
    b.getCommentsCollection().ifPresent(c -> c.getComments().forEach(comments::addComment));
    return new ParseResult<>(unit, new ArrayList<>(), comments);
  }

  @SuppressWarnings("unchecked")
  private static List<Node> childNodes(Node n) throws ReflectiveOperationException {
    return (List<Node>) CHILD_NODES.get(n);
  }

  private static int lastIndexOf(List<Node> nodes, Node n) {
    for (int i = nodes.size() - 1; i >= 0; i--) {
      if (nodes.get(i) == n) {
        return i;
      }
    }
    throw new IllegalStateException("the class's last member is not among its children");
  }

  /**
   * Where to cut: the line start nearest the middle of the text that follows a member of the
   * file's first top-level type, when that type is a class: a line break at the class body's
   * own level (not inside parentheses, comments or literals) after a {@code ;} or a {@code }}.
   * -1 when there is none (the first type is an interface, an enum or a record, or its members
   * share lines). Read from the characters alone; a wrong guess only costs the split (a half then
   * has a problem).
   */
  static int cut(String s) {
    int n = s.length();
    int middle = n / 2;
    int best = -1;
    int braces = 0;
    int parens = 0;
    char last = 0;
    boolean isClass = false;
    boolean notClass = false;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      int after = JavaText.skipCommentOrLiteral(s, i);
      if (after != i) {
        if (c != '/') {
          last = c;
        }
        i = after;
        continue;
      }
      if (Character.isJavaIdentifierStart(c)) {
        int start = i;
        while (i < n && Character.isJavaIdentifierPart(s.charAt(i))) {
          i++;
        }
        if (braces == 0) {
          String word = s.substring(start, i);
          isClass |= word.equals("class");
          notClass |= NOT_A_CLASS.contains(word);
        }
        last = 'a';
        continue;
      }
      switch (c) {
        case '(' -> parens++;
        case ')' -> parens = Math.max(0, parens - 1);
        case '{' -> {
          if (braces == 0 && parens == 0 && (!isClass || notClass)) {
            return -1;
          }
          braces++;
        }
        case '}' -> {
          braces--;
          if (braces < 0) {
            return -1;
          }
          if (braces == 0 && parens == 0) {
            return best;
          }
        }
        case ';' -> {
          if (braces == 0) {
            isClass = false;
            notClass = false;
          }
        }
        case '\n' -> {
          if (braces == 1 && parens == 0 && (last == ';' || last == '}') && i + 1 < n) {
            if (best < 0 || Math.abs(i + 1 - middle) < Math.abs(best - middle)) {
              best = i + 1;
            } else {
              return best;
            }
          }
        }
        default -> { }
      }
      if (!Character.isWhitespace(c)) {
        last = c;
      }
      i++;
    }
    return best;
  }
}
