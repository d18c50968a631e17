package dev.shapesense.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whether another file names a class: the same answer from the per-file check an editor's snapshot
 * uses and from the count a whole-folder command builds after many questions.
 */
class WorkspaceMentionsTest {
  @Test
  void theCountAnswersAsTheFilesDo() {
    List<SourceFile> files = new ArrayList<>();
    files.add(new SourceFile("a/Block.java", "class Block extends Module { }"));
    files.add(
        new SourceFile("a/Model.java", "class Model extends Module { Block b = new Block(); }"));
    files.add(
        new SourceFile(
            "a/Alone.java", "class Alone extends Module { /* Block */ String s = \"Block\"; }"));
    files.add(new SourceFile("b/Twice.java", "class Twice { } class Other { Twice t; }"));
    Workspace ws = Workspace.of(files);
    List<String> questions = new ArrayList<>();
    for (String name : List.of("Block", "Model", "Alone", "Twice", "Other", "Module", "Missing")) {
      for (SourceFile f : files) {
        questions.add(name + " outside " + f.path());
      }
    }
    List<String> before = answers(ws, questions);
    // Past the threshold the snapshot answers from its count of files per identifier.
    for (int i = 0; i < Workspace.INDEX_MENTIONS_AFTER; i++) {
      ws.mentionedOutside("Block", "a/Block.java");
    }
    assertEquals(before, answers(ws, questions));
    assertEquals(
        List.of(
            "Block outside a/Block.java: true",
            "Model outside a/Model.java: false",
            "Alone outside a/Alone.java: false",
            "Twice outside b/Twice.java: false",
            "Module outside a/Block.java: true",
            "Missing outside a/Block.java: false"),
        answers(
            ws,
            List.of(
                "Block outside a/Block.java",
                "Model outside a/Model.java",
                "Alone outside a/Alone.java",
                "Twice outside b/Twice.java",
                "Module outside a/Block.java",
                "Missing outside a/Block.java")));
  }

  private static List<String> answers(Workspace ws, List<String> questions) {
    List<String> out = new ArrayList<>();
    for (String q : questions) {
      String[] p = q.split(" outside ");
      out.add(q + ": " + ws.mentionedOutside(p[0], p[1]));
    }
    return out;
  }
}
