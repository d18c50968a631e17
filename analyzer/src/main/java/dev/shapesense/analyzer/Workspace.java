package dev.shapesense.analyzer;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An immutable snapshot of the workspace: every source file, parsed once when first needed, and an
 * index of type declarations by simple name (nested types too), so a class used in another file
 * resolves. {@link #with} gives a new snapshot that reuses the unchanged files' parses.
 * Thread-safe.
 */
public final class Workspace {
  private final Map<String, ParsedFile> files;
  private final Map<String, List<TypeRef>> index = new ConcurrentHashMap<>();
  private volatile Map<String, List<ParsedFile>> declaring;
  private final Map<String, List<TypeRef>> users = new ConcurrentHashMap<>();

  /** A type declaration and the file it is in. */
  public record TypeRef(ParsedFile file, TypeDeclaration<?> decl) {}

  private Workspace(Map<String, ParsedFile> files) {
    this.files = files;
  }

  public static Workspace of(Collection<SourceFile> sources) {
    Map<String, ParsedFile> m = new LinkedHashMap<>();
    for (SourceFile s : sources) {
      m.put(s.path(), ParsedFile.parse(s));
    }
    return new Workspace(m);
  }

  public static Workspace empty() {
    return new Workspace(new LinkedHashMap<>());
  }

  /** A snapshot with {@code source} added or replaced. */
  public Workspace with(SourceFile source) {
    ParsedFile old = files.get(source.path());
    if (old != null && old.source().text().equals(source.text())) {
      return this;
    }
    Map<String, ParsedFile> m = new LinkedHashMap<>(files);
    m.put(source.path(), old == null ? ParsedFile.parse(source) : old.next(source));
    return new Workspace(m);
  }

  /**
   * A snapshot with {@code changed} added or replaced and {@code removed} paths left out, in one
   * step (one copy of the file map however many files change); unchanged texts keep their parse.
   */
  public Workspace update(Collection<SourceFile> changed, Collection<String> removed) {
    Map<String, ParsedFile> m = new LinkedHashMap<>(files);
    boolean same = true;
    for (String p : removed) {
      same &= m.remove(p) == null;
    }
    for (SourceFile s : changed) {
      ParsedFile old = m.get(s.path());
      if (old == null || !old.source().text().equals(s.text())) {
        m.put(s.path(), old == null ? ParsedFile.parse(s) : old.next(s));
        same = false;
      }
    }
    return same ? this : new Workspace(m);
  }

  /** A snapshot without {@code path}. */
  public Workspace without(String path) {
    if (!files.containsKey(path)) {
      return this;
    }
    Map<String, ParsedFile> m = new LinkedHashMap<>(files);
    m.remove(path);
    return new Workspace(m);
  }

  public ParsedFile file(String path) {
    return files.get(path);
  }

  public Collection<ParsedFile> files() {
    return files.values();
  }

  /** The files whose text may declare each name, in file order (read without parsing). */
  private Map<String, List<ParsedFile>> declaring() {
    Map<String, List<ParsedFile>> d = declaring;
    if (d == null) {
      d = new HashMap<>();
      for (ParsedFile f : files.values()) {
        for (String name : f.mayDeclare()) {
          d.computeIfAbsent(name, k -> new ArrayList<>()).add(f);
        }
      }
      declaring = d;
    }
    return d;
  }

  /**
   * Type declarations with this simple name; the first is preferred. Only the files whose text may
   * declare the name are parsed to find them.
   */
  public List<TypeRef> types(String simpleName) {
    List<TypeRef> found = index.get(simpleName);
    if (found != null && !current(found)) {
      index.remove(simpleName, found);
      found = null;
    }
    if (found == null) {
      List<TypeRef> out = new ArrayList<>();
      for (ParsedFile f : declaring().getOrDefault(simpleName, List.of())) {
        if (f.isLibrarySource()) {
          continue;
        }
        for (TypeDeclaration<?> t : f.types()) {
          if (t.getNameAsString().equals(simpleName)) {
            out.add(new TypeRef(f, t));
          }
        }
      }
      found = List.copyOf(out);
      List<TypeRef> raced = index.putIfAbsent(simpleName, found);
      if (raced != null) {
        found = raced;
      }
    }
    return found;
  }

  /**
   * Whether a file other than {@code path} may mention {@code simpleName}: read from the texts,
   * without a parse; false means no other file uses a class of that name.
   */
  public boolean mentionedOutside(String simpleName, String path) {
    Map<String, Integer> counts = mentions;
    if (counts == null && mentionQueries.incrementAndGet() > INDEX_MENTIONS_AFTER) {
      counts = mentionCounts();
    }
    if (counts != null) {
      ParsedFile self = files.get(path);
      int own = self != null && self.mayMention(simpleName) ? 1 : 0;
      return counts.getOrDefault(simpleName, 0) > own;
    }
    for (ParsedFile f : files.values()) {
      if (!f.path().equals(path) && f.mayMention(simpleName)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Asked this often of one snapshot (a command analysing a whole folder asks once per class),
   * {@link #mentionedOutside} counts, once, how many files name each identifier; an editor's
   * snapshot, asked a few times, never pays for the count.
   */
  static final int INDEX_MENTIONS_AFTER = 64;

  private final AtomicInteger mentionQueries = new AtomicInteger();
  private volatile Map<String, Integer> mentions;

  private Map<String, Integer> mentionCounts() {
    Map<String, Integer> m = mentions;
    if (m == null) {
      Map<String, Integer> counts = new HashMap<>();
      for (ParsedFile f : files.values()) {
        for (String id : f.identifiers()) {
          counts.merge(id, 1, Integer::sum);
        }
      }
      m = counts;
      mentions = m;
    }
    return m;
  }

  /**
   * The workspace types whose code builds ({@code new Name(...)}) or extends a type of this simple
   * name, each once: the models a block class is used by. Only files whose text names it are
   * parsed; computed once per name and snapshot.
   */
  public List<TypeRef> usersOf(String simpleName) {
    List<TypeRef> found = users.get(simpleName);
    if (found != null && current(found)) {
      return found;
    }
    users.remove(simpleName);
    List<TypeRef> out = new ArrayList<>();
    for (ParsedFile f : files.values()) {
      if (!f.mayMention(simpleName) || f.isLibrarySource()) {
        continue;
      }
      for (TypeDeclaration<?> t : f.uses().getOrDefault(simpleName, List.of())) {
        if (out.stream().noneMatch(r -> r.decl() == t)) {
          out.add(new TypeRef(f, t));
        }
      }
    }
    found = List.copyOf(out);
    List<TypeRef> raced = users.putIfAbsent(simpleName, found);
    return raced != null ? raced : found;
  }

  /**
   * Whether each declaration found is still in its file's tree: a file version whose tree a newer
   * version took over ({@link ParsedFile#next}) parses its text again, and what was found in the
   * tree it gave away is found again.
   */
  private static boolean current(List<TypeRef> refs) {
    for (TypeRef r : refs) {
      CompilationUnit unit = r.file().unit().orElse(null);
      if (unit == null || r.decl().findCompilationUnit().orElse(null) != unit) {
        return false;
      }
    }
    return true;
  }
}
