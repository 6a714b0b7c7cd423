package io.github.jpsutil.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Validation of the event records and options: bad values name the field and the valid range. */
class ProcessEventRecordsTest {
  private static final Instant T = Instant.EPOCH;

  @Test
  void exitHasACodeOrASignalNeverBoth() {
    assertThatThrownBy(
            () ->
                new ProcessEvent.Exit(
                    T,
                    5,
                    OptionalInt.empty(),
                    Optional.empty(),
                    OptionalInt.of(1),
                    OptionalInt.of(9)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not both");
    assertThatThrownBy(
            () ->
                new ProcessEvent.Exit(
                    T,
                    5,
                    OptionalInt.empty(),
                    Optional.empty(),
                    OptionalInt.of(256),
                    OptionalInt.empty()))
        .hasMessageContaining("exitCode must be 0..255, got 256");
    assertThatThrownBy(
            () ->
                new ProcessEvent.Exit(
                    T,
                    5,
                    OptionalInt.empty(),
                    Optional.empty(),
                    OptionalInt.empty(),
                    OptionalInt.of(0)))
        .hasMessageContaining("signal must be 1..127, got 0");
    ProcessEvent.Exit unknown =
        new ProcessEvent.Exit(
            T, 5, OptionalInt.of(1), Optional.of("sh"), OptionalInt.empty(), OptionalInt.empty());
    assertThat(unknown.type()).isEqualTo(ProcessEvent.Type.EXIT);
  }

  @Test
  void pidsArePositiveAndPpidsNotNegative() {
    assertThatThrownBy(() -> new ProcessEvent.Start(T, 0, 1, Optional.empty(), Optional.empty()))
        .hasMessageContaining("pid must be > 0, got 0");
    assertThatThrownBy(() -> new ProcessEvent.Start(T, 2, -1, Optional.empty(), Optional.empty()))
        .hasMessageContaining("ppid must be >= 0, got -1");
    // PID 1 and kernel threads have parent 0.
    assertThat(new ProcessEvent.Start(T, 1, 0, Optional.empty(), Optional.empty()).ppid()).isZero();
  }

  @Test
  void cmdlineIsCopied() {
    List<String> args = new ArrayList<>(List.of("sh", "-c", "true"));
    ProcessEvent.Exec e =
        new ProcessEvent.Exec(T, 3, OptionalInt.of(1), Optional.of("sh"), Optional.of(args));
    args.clear();
    assertThat(e.cmdline()).contains(List.of("sh", "-c", "true"));
  }

  @Test
  void aDroppedNoticeCountsSomething() {
    assertThatThrownBy(() -> new ProcessEvent.Dropped(T, 0, 0))
        .hasMessageContaining("at least one loss");
    assertThat(new ProcessEvent.Dropped(T, 0, 1).type()).isEqualTo(ProcessEvent.Type.DROPPED);
  }

  @Test
  void optionsAreBounded() {
    ProcessEventOptions d = ProcessEventOptions.defaults();
    assertThat(d.mode()).isEmpty();
    assertThat(d.scanInterval()).isEqualTo(Duration.ofMillis(100));
    assertThat(d.bufferCapacity()).isEqualTo(65_536);
    assertThatThrownBy(() -> d.withScanInterval(Duration.ZERO))
        .hasMessageContaining("scanInterval must be between 1 ms and 1 hour, got PT0S");
    assertThatThrownBy(() -> d.withBufferCapacity(0))
        .hasMessageContaining("bufferCapacity must be 1..16777216, got 0");
    assertThat(d.withMode(ProcessEventMode.PROC_SCAN).mode()).contains(ProcessEventMode.PROC_SCAN);
  }
}
