package dev.shapesense.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/pytorch-to-java.md lists every public op of the nn API with its Java forms, as {@link
 * PortingGuide} generates it from the API, and the PyTorch names it gives are PyTorch's. {@code
 * -Dshapesense.updateSnapshots=true} rewrites the generated part (and still checks the names).
 */
class PortingGuideTest {
  private static final Path GUIDE = PortingGuide.guide();

  @Test
  void theGuideListsEveryPublicOp() throws Exception {
    String guide = Files.readString(GUIDE);
    if (Boolean.getBoolean("shapesense.updateSnapshots")) {
      Files.writeString(GUIDE, PortingGuide.update(guide));
      guide = Files.readString(GUIDE);
    }
    List<String> missing = new ArrayList<>();
    for (var section : PortingGuide.ops().values()) {
      for (PortingGuide.Op op : section) {
        String java = op.java().get(0);
        if (!guide.contains("| " + op.pytorch() + " | `" + java + "`")) {
          missing.add(op.key() + " (" + java + ")");
        }
      }
    }
    assertEquals(
        List.of(),
        missing,
        "ops of the nn API missing from " + GUIDE + ": rerun PortingGuide.main");
    assertEquals(
        PortingGuide.update(guide),
        guide,
        GUIDE
            + " is not what PortingGuide generates from the API: rerun its main (or this test with"
            + " -Dshapesense.updateSnapshots=true) and review the diff");
  }

  /**
   * Every derived name (camelCase -> snake_case) is one of PyTorch 1.13's
   * (testdata/pytorch/api-names.txt, recorded by api_names.py), and every exception in {@link
   * PortingGuide#PYTORCH} is needed: its derived name is not PyTorch's, and its op exists.
   */
  @Test
  void theDerivedNamesArePyTorchs() throws Exception {
    Path names = GUIDE.getParent().getParent().resolve("testdata/pytorch/api-names.txt");
    Set<String> torch =
        Files.readAllLines(names).stream()
            .filter(l -> !l.startsWith("#") && !l.isBlank())
            .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(torch.contains("F.max_pool2d"), "api-names.txt lacks F.max_pool2d");
    List<String> wrong = new ArrayList<>();
    Set<String> keys = new TreeSet<>();
    for (var section : PortingGuide.ops().values()) {
      for (PortingGuide.Op op : section) {
        keys.add(op.key());
        String derived = PortingGuide.derived(op.key());
        boolean listed = PortingGuide.PYTORCH.containsKey(op.key());
        if (!listed && !torch.contains(derived)) {
          wrong.add(
              op.key()
                  + ": "
                  + derived
                  + " is not a PyTorch 1.13 name: add it to PortingGuide.PYTORCH");
        }
        if (listed && torch.contains(derived)) {
          wrong.add(
              op.key() + ": listed in PortingGuide.PYTORCH, but " + derived + " is PyTorch's name");
        }
      }
    }
    for (String key : PortingGuide.PYTORCH.keySet()) {
      if (!keys.contains(key)) {
        wrong.add(key + ": listed in PortingGuide.PYTORCH, but the nn API has no such op");
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void snakeCase() {
    assertEquals("max_pool2d", PortingGuide.snake("maxPool2d"));
    assertEquals("adaptive_avg_pool2d", PortingGuide.snake("adaptiveAvgPool2d"));
    assertEquals("copy_", PortingGuide.snake("copy_"));
    assertEquals("F.leaky_relu", PortingGuide.derived("F.leakyRelu"));
    assertEquals("nn.BatchNorm2d", PortingGuide.derived("nn.BatchNorm2d"));
  }
}
