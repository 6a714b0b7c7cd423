package io.github.jpsutil.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.User;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CpuAndUsersRenderTest {

  @Test
  void cpuDistributionDrawsOneBarPerCpu() {
    String text = CpuDistributionCommand.render(List.of(25.0, 100.0), 1.0);
    assertThat(text.lines())
        .containsExactly(
            "CPU usage over 1.0 s, 2 CPUs",
            "CPU 0 [" + "|".repeat(13) + " ".repeat(37) + "]  25.0%",
            "CPU 1 [" + "|".repeat(50) + "] 100.0%");
  }

  @Test
  void cpuDistributionAlignsTwoDigitIndexes() {
    String text = CpuDistributionCommand.render(Collections.nCopies(12, 0.0), 0.5);
    assertThat(text.lines().toList()).first().isEqualTo("CPU usage over 0.5 s, 12 CPUs");
    assertThat(text.lines().toList().get(1)).startsWith("CPU  0 [");
    assertThat(text.lines().toList().get(12)).startsWith("CPU 11 [");
    assertThat(CpuDistributionCommand.render(List.of(5.0), 1.0))
        .startsWith("CPU usage over 1.0 s, 1 CPU\n");
  }

  @Test
  void whoIsPsutilsLayoutWithTheProcessNameLast() {
    List<User> users =
        List.of(
            new User(
                "giampaolo",
                Optional.of("pts/0"),
                Optional.of("10.0.2.2"),
                Instant.parse("2017-03-25T23:28:00Z"),
                OptionalInt.of(1234)),
            new User(
                "root",
                Optional.empty(),
                Optional.empty(),
                Instant.parse("2017-03-25T22:24:00Z"),
                OptionalInt.empty()));
    assertThat(WhoCommand.render(users, Map.of(1234, "sshd"), ZoneOffset.UTC))
        .isEqualTo(
            "giampaolo    pts/0      2017-03-25 23:28 (10.0.2.2)     sshd\n"
                + "root         -          2017-03-25 22:24 ()\n");
    // A session whose process has ended (or hides its name) ends the line without a name.
    assertThat(WhoCommand.render(users.subList(0, 1), Map.of(), ZoneOffset.UTC))
        .isEqualTo("giampaolo    pts/0      2017-03-25 23:28 (10.0.2.2)\n");
  }
}
