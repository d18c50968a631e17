package dev.shapesense.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every model file the tests share is legal Java against the nn API, as users write it. */
class TestdataCompilesTest {
  @TempDir Path out;

  @ParameterizedTest
  @ValueSource(strings = {"testdata/models", "testdata/torchvision"})
  void compilesAgainstTheApi(String folder) throws Exception {
    List<String> errors = TestdataCompiles.compile(TestdataCompiles.root().resolve(folder), out);
    assertEquals(List.of(), errors);
  }
}
