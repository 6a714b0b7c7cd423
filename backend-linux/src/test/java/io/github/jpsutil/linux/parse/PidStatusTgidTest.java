package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import org.junit.jupiter.api.Test;

class PidStatusTgidTest {
  @Test
  void readsTheTgidLine() {
    String thread =
        """
        Name:\tC2 CompilerThre
        Umask:\t0022
        State:\tS (sleeping)
        Tgid:\t4242
        Ngid:\t0
        Pid:\t4250
        PPid:\t1
        """;
    assertThat(PidStatusTgid.tgid(thread)).isEqualTo(4242);
  }

  @Test
  void missingOrBadTgidIsAnError() {
    assertThatThrownBy(() -> PidStatusTgid.tgid("Name:\tx\nPid:\t3\n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("Tgid");
    assertThatThrownBy(() -> PidStatusTgid.tgid("Tgid:\t\nPid:\t3\n"))
        .isInstanceOf(MalformedDataException.class);
  }
}
