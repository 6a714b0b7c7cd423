package io.github.jpsutil.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the feature-truth contract on backends that lie, and checks it fails exactly where they lie:
 * a base that passes a liar proves nothing. The base's test methods are run here by reflection
 * (each {@code @Test}, and each dynamic test of each {@code @TestFactory}) and their failures
 * collected.
 */
class FeatureTruthCatchesTheLiesTest {
  /** "test name: failure message" for each failing test of {@code contract}. */
  static List<String> failures(FeatureTruthTestBase contract) throws Exception {
    List<String> failed = new ArrayList<>();
    int ran = 0;
    for (Method m : FeatureTruthTestBase.class.getDeclaredMethods()) {
      if (m.isAnnotationPresent(Test.class)) {
        ran++;
        try {
          m.invoke(contract);
        } catch (InvocationTargetException e) {
          failed.add(m.getName() + ": " + e.getCause().getMessage());
        }
      } else if (m.isAnnotationPresent(TestFactory.class)) {
        @SuppressWarnings("unchecked")
        Stream<DynamicTest> tests = (Stream<DynamicTest>) m.invoke(contract);
        for (DynamicTest t : tests.toList()) {
          ran++;
          try {
            t.getExecutable().execute();
          } catch (Throwable e) {
            failed.add(t.getDisplayName() + ": " + e.getMessage());
          }
        }
      }
    }
    assertThat(ran).as("contract tests run").isGreaterThan(50);
    return failed;
  }

  @Test
  void theHonestBackendPasses() throws Exception {
    assertThat(failures(new TinyBackendFeatureTruthTest())).isEmpty();
  }

  @Test
  void nameThroughAMissingCmdlineFails() throws Exception {
    List<String> failed = failures(new LyingTinyContracts.NameViaCmdline());
    assertThat(failed)
        .anyMatch(f -> f.startsWith("declared name() on pid 0"))
        .anyMatch(f -> f.startsWith("processAttrsListExactlyWhatAsDictCanRead"))
        .allMatch(f -> f.contains("name") || f.contains("NAME"), "only name() is at fault");
  }

  @Test
  void heapInfoDeclaredWithoutItsCFunctionFails() throws Exception {
    List<String> failed = failures(new LyingTinyContracts.HeapOnMusl());
    assertThat(failed)
        .anyMatch(f -> f.startsWith("declared heapInfo()") && f.contains("UnsatisfiedLinkError"))
        .anyMatch(f -> f.startsWith("declared heapTrim()"))
        .hasSize(2);
  }
}
