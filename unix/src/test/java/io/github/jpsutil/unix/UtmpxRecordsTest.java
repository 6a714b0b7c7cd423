package io.github.jpsutil.unix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The reading over this machine's glibc database, compared with python3-psutil. */
class UtmpxRecordsTest {
  /**
   * glibc x86-64's {@code struct utmpx} is 384 bytes with {@code ut_type} a short at 0; psutil's
   * Linux {@code users()} lists its USER_PROCESS (7) records, so both counts must agree.
   */
  @Test
  @EnabledOnOs(OS.LINUX)
  void readsAsManyUserProcessRecordsAsPsutilListsUsers() throws Exception {
    long mine =
        UtmpxRecords.all(384).stream().filter(r -> r.limit() == 384 && r.getShort(0) == 7).count();
    Process py =
        new ProcessBuilder("/usr/bin/python3", "-c", "import psutil; print(len(psutil.users()))")
            .redirectErrorStream(true)
            .start();
    String out = new String(py.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(py.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(mine).as("python3-psutil printed %s", out).isEqualTo(Long.parseLong(out));
  }
}
