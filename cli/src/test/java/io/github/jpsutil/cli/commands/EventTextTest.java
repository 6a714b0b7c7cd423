package io.github.jpsutil.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.ProcessEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The text and JSON lines of {@code jpsutil events}, and its filters, from hand-made events. */
class EventTextTest {
  private static final Instant T = Instant.parse("2026-12-06T21:15:54.123Z");
  private static final EventText TEXT = new EventText(ZoneOffset.UTC);

  private static final ProcessEvent START =
      new ProcessEvent.Start(T, 4242, 1, Optional.of("bash"), Optional.of(List.of("bash", "-l")));
  private static final ProcessEvent EXEC =
      new ProcessEvent.Exec(
          T, 4242, OptionalInt.of(1), Optional.of("sleep"), Optional.of(List.of("sleep", "9")));
  private static final ProcessEvent EXIT =
      new ProcessEvent.Exit(
          T, 4242, OptionalInt.of(1), Optional.of("sleep"), OptionalInt.of(3), OptionalInt.empty());
  private static final ProcessEvent KILLED =
      new ProcessEvent.Exit(
          T, 4243, OptionalInt.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.of(9));
  private static final ProcessEvent DROPPED = new ProcessEvent.Dropped(T, 15, 1);

  @Test
  void textLines() {
    assertThat(EventText.header()).isEqualTo("TIME         EVENT       PID    PPID INFO");
    assertThat(TEXT.line(START)).isEqualTo("21:15:54.123 start      4242       1 bash -l");
    assertThat(TEXT.line(EXEC)).isEqualTo("21:15:54.123 exec       4242       1 sleep 9");
    assertThat(TEXT.line(EXIT)).isEqualTo("21:15:54.123 exit       4242       1 exit code 3 sleep");
    assertThat(TEXT.line(KILLED))
        .isEqualTo("21:15:54.123 exit       4243       ? killed by signal 9 ?");
    assertThat(TEXT.line(DROPPED))
        .isEqualTo("21:15:54.123 dropped 15 events (buffer full), 1 kernel overflows");
  }

  @Test
  void jsonObjectsOnOneLine() {
    assertThat(EventText.json(START))
        .isEqualTo(
            "{\"type\":\"start\",\"time\":\"2026-12-06T21:15:54.123Z\",\"pid\":4242,\"ppid\":1,"
                + "\"name\":\"bash\",\"cmdline\":[\"bash\",\"-l\"]}");
    assertThat(EventText.json(KILLED))
        .isEqualTo(
            "{\"type\":\"exit\",\"time\":\"2026-12-06T21:15:54.123Z\",\"pid\":4243,\"ppid\":null,"
                + "\"name\":null,\"exit_code\":null,\"signal\":9}");
    assertThat(EventText.json(DROPPED))
        .isEqualTo(
            "{\"type\":\"dropped\",\"time\":\"2026-12-06T21:15:54.123Z\",\"dropped\":15,"
                + "\"kernel_overflows\":1}");
  }

  @Test
  void filtersByPidOrParentAndByNameOrArgv0() {
    assertThat(EventText.matches(START, OptionalInt.of(4242), Optional.empty())).isTrue();
    assertThat(EventText.matches(START, OptionalInt.of(1), Optional.empty())).isTrue();
    assertThat(EventText.matches(START, OptionalInt.of(7), Optional.empty())).isFalse();
    assertThat(EventText.matches(KILLED, OptionalInt.of(1), Optional.empty())).isFalse();
    assertThat(EventText.matches(EXEC, OptionalInt.empty(), Optional.of("sleep"))).isTrue();
    assertThat(EventText.matches(START, OptionalInt.empty(), Optional.of("sleep"))).isFalse();
    assertThat(EventText.matches(START, OptionalInt.empty(), Optional.of("bash"))).isTrue();
    assertThat(EventText.matches(DROPPED, OptionalInt.of(7), Optional.of("x"))).isTrue();
  }
}
