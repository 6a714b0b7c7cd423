package io.github.jpsutil.windows.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.windows.parse.LogicalProcessorInformation;
import java.nio.ByteBuffer;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link LogicalProcessorInformation} over {@code GetLogicalProcessorInformationEx(RelationAll)} as
 * Wine returned it, compared with {@code GetActiveProcessorCount} and {@code
 * SYSTEM_INFO.dwNumberOfProcessors} ({@code system.txt}).
 */
class LogicalProcessorCaptureTest {
  private static ByteBuffer raw(CaptureDirectory capture) {
    String file = "GetLogicalProcessorInformationEx-RelationAll.bin";
    assertThat(capture.entry(file).rc()).as("BOOL result").isEqualTo(1);
    return capture.raw(file);
  }

  /** Exact: the group records' active counts are what GetActiveProcessorCount sums. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void logicalCountEqualsGetActiveProcessorCount(CaptureDirectory capture) {
    int expected = Integer.parseInt(capture.keyValues("system.txt").get("GetActiveProcessorCount"));
    assertThat(LogicalProcessorInformation.logicalProcessors(raw(capture)))
        .isEqualTo(OptionalInt.of(expected));
  }

  /**
   * Cores: at least one and at most the logical processors (dwNumberOfProcessors); no second API
   * counts cores, so the exact number is not compared (on this 2-core host Wine reports 2).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void physicalCoresAreBetweenOneAndTheLogicalCount(CaptureDirectory capture) {
    int logical =
        Integer.parseInt(capture.keyValues("system.txt").get("SYSTEM_INFO.dwNumberOfProcessors"));
    assertThat(LogicalProcessorInformation.physicalCores(raw(capture)).getAsInt())
        .isBetween(1, logical);
  }
}
