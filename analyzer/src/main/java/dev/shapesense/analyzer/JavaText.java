package dev.shapesense.analyzer;

import java.util.HashSet;
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
  private static final Set<String> DECLARING = Set.of("class", "interface", "enum", "record");

  private final String text;
  private final Set<String> declared;
  private final int declarations;
  private volatile Set<String> identifiers;

  private JavaText(String text, Set<String> declared, int declarations) {
    this.text = text;
    this.declared = declared;
    this.declarations = declarations;
  }

  /**
   * The declared names of {@code s}, found in one pass that keeps only them; its identifiers are
   * collected on first request (an edited file is asked for its declarations at once, for its
   * identifiers only when another file's analysis looks for a name).
   */
  static JavaText scan(String s) {
    Set<String> declared = new HashSet<>();
    int declarations = scan(s, declared, null);
    return new JavaText(s, Set.copyOf(declared), declarations);
  }

  Set<String> declared() {
    return declared;
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
   * Counts the declarations of {@code s}, adding their names to {@code declared} and every
   * identifier to {@code identifiers}, each when it is not null.
   */
  private static int scan(String s, Set<String> declared, Set<String> identifiers) {
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
      } else if (Character.isJavaIdentifierStart(c)) {
        int start = i;
        while (i < n && Character.isJavaIdentifierPart(s.charAt(i))) {
          i++;
        }
        if (identifiers != null) {
          identifiers.add(s.substring(start, i));
        }
        if (afterKeyword) {
          if (declared != null) {
            declared.add(s.substring(start, i));
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

  /** Whether {@code s[start, end)} is one of {@link #DECLARING}. */
  private static boolean isDeclaringKeyword(String s, int start, int end) {
    int len = end - start;
    if (len < 4 || len > 9) {
      return false;
    }
    for (String k : DECLARING) {
      if (k.length() == len && s.startsWith(k, start)) {
        return true;
      }
    }
    return false;
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
