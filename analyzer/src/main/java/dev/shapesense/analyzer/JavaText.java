package dev.shapesense.analyzer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a Java source text may declare and mention, read from the characters alone (no parse): every
 * identifier outside comments and literals, and every identifier written right after {@code class},
 * {@code interface}, {@code enum} or {@code record} (comments and blanks between). Both are
 * supersets: a type the parse finds is named in {@link #declared}, and an identifier of the syntax
 * tree is in {@link #identifiers} (JavaParser does not decode unicode escapes, so an identifier is
 * spelled out in the text). So a file whose text lacks a name need not be parsed to know it neither
 * declares nor uses that name. {@code declarations} counts the names written after those keywords:
 * at least the number of type declarations of the file.
 */
final class JavaText {
  private final String text;

  /**
   * How many times each name is written after a declaring keyword ({@link #declared}: its keys).
   */
  private final Map<String, Integer> declaredCounts;

  private final int declarations;
  private volatile Set<String> identifiers;

  private JavaText(String text, Map<String, Integer> declaredCounts, int declarations) {
    this.text = text;
    this.declaredCounts = Map.copyOf(declaredCounts);
    this.declarations = declarations;
  }

  /**
   * The declared names of {@code s}, found in one pass that keeps only them; its identifiers are
   * collected on first request (an edited file is asked for its declarations at once, for its
   * identifiers only when another file's analysis looks for a name).
   */
  static JavaText scan(String s) {
    Map<String, Integer> declared = new HashMap<>();
    int declarations = scan(s, declared, null);
    return new JavaText(s, declared, declarations);
  }

  /**
   * {@link #scan} of {@code newText}, which is this text with {@code oldPart} (a class member, from
   * {@code at}) replaced by {@code newPart}: only the two parts are read. A member starts and ends
   * outside any comment, literal and declaration header ({@link MemberParses}), so its names are
   * found alone as they are in the file.
   */
  JavaText spliced(int at, int oldLength, String newPart, String newText) {
    Map<String, Integer> counts = new HashMap<>(declaredCounts);
    Map<String, Integer> removed = new HashMap<>();
    int declarations = this.declarations - scan(text.substring(at, at + oldLength), removed, null);
    removed.forEach((name, n) -> counts.computeIfPresent(name, (k, c) -> c == n ? null : c - n));
    declarations += scan(newPart, counts, null);
    return new JavaText(newText, counts, declarations);
  }

  Set<String> declared() {
    return declaredCounts.keySet();
  }

  int declarations() {
    return declarations;
  }

  Set<String> identifiers() {
    Set<String> ids = identifiers;
    if (ids == null) {
      Set<String> found = new HashSet<>();
      scan(text, null, found);
      ids = Set.copyOf(found);
      identifiers = ids;
    }
    return ids;
  }

  /**
   * Counts the declarations of {@code s}, counting their names in {@code declared} and adding every
   * identifier to {@code identifiers}, each when it is not null.
   */
  private static int scan(String s, Map<String, Integer> declared, Set<String> identifiers) {
    int n = s.length();
    int i = 0;
    boolean afterKeyword = false;
    int declarations = 0;
    while (i < n) {
      char c = s.charAt(i);
      int after = skipCommentOrLiteral(s, i);
      if (after != i) {
        // A literal ends a declaration's header; a comment does not.
        afterKeyword &= c == '/';
        i = after;
      } else if (isIdentifierStart(c)) {
        int start = i;
        while (i < n && isIdentifierPart(s.charAt(i))) {
          i++;
        }
        if (identifiers != null) {
          identifiers.add(s.substring(start, i));
        }
        if (afterKeyword) {
          if (declared != null) {
            declared.merge(s.substring(start, i), 1, Integer::sum);
          }
          declarations++;
        }
        afterKeyword = isDeclaringKeyword(s, start, i);
      } else {
        if (!Character.isWhitespace(c)) {
          afterKeyword = false;
        }
        i++;
      }
    }
    return declarations;
  }

  /** {@link Character#isJavaIdentifierStart}, with ASCII answered first. */
  private static boolean isIdentifierStart(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    }
    return Character.isJavaIdentifierStart(c);
  }

  /** {@link Character#isJavaIdentifierPart}, with ASCII answered first. */
  private static boolean isIdentifierPart(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '_'
          || c == '$'
          || c <= 8
          || (c >= 0x0e && c <= 0x1b)
          || c == 0x7f;
    }
    return Character.isJavaIdentifierPart(c);
  }

  /**
   * Whether {@code s[start, end)} is {@code class}, {@code interface}, {@code enum} or {@code
   * record}: by its length first, as it is asked at every identifier of the file.
   */
  private static boolean isDeclaringKeyword(String s, int start, int end) {
    String k =
        switch (end - start) {
          case 4 -> "enum";
          case 5 -> "class";
          case 6 -> "record";
          case 9 -> "interface";
          default -> null;
        };
    return k != null && s.startsWith(k, start);
  }

  /**
   * Where the comment or literal starting at {@code i} ends (the index after it; a line comment
   * ends at its line break, a one-line literal at a line break if it is not closed before), or
   * {@code i} when none starts there.
   */
  static int skipCommentOrLiteral(String s, int i) {
    int n = s.length();
    char c = s.charAt(i);
    if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
      int end = i + 2;
      while (end < n && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
        end++;
      }
      return end;
    }
    if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
      int end = s.indexOf("*/", i + 2);
      return end < 0 ? n : end + 2;
    }
    if (c == '"' && s.startsWith("\"\"\"", i)) {
      return skipQuoted(s, i + 3, "\"\"\"", false);
    }
    if (c == '"' || c == '\'') {
      return skipQuoted(s, i + 1, c == '"' ? "\"" : "'", true);
    }
    return i;
  }

  /** The index after the closing {@code quote}; a one-line literal also ends at a line break. */
  private static int skipQuoted(String s, int i, String quote, boolean oneLine) {
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (s.startsWith(quote, i)) {
        return i + quote.length();
      } else if (oneLine && (c == '\n' || c == '\r')) {
        return i;
      } else {
        i++;
      }
    }
    return n;
  }
}
