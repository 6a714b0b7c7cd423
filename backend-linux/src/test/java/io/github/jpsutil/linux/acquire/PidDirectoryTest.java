package io.github.jpsutil.linux.acquire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.posix.NativeLibc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@EnabledOnOs(OS.LINUX)
class PidDirectoryTest {
  /**
   * The JDK listing (JNA not yet bound by this test) and getdents64 (once libc is bound) give the
   * same numbers: names that are not a pid, or too large for one, are left out.
   */
  @Test
  void bothListingsGiveTheNumericNames(@TempDir Path proc) throws IOException {
    for (String name : new String[] {"1", "42", "4194304", "self", "net", "4294967296", "7x"}) {
      Files.createDirectory(proc.resolve(name));
    }
    Files.writeString(proc.resolve("99"), "a file with a numeric name is listed too");
    int[] first = sorted(PidDirectory.list(proc));
    assertThat(NumericDirectory.nativeListing()).as("glibc 2.30+ has getdents64").isTrue();
    assertThat(NativeLibc.bound()).isTrue(); // so the next listing is getdents64
    int[] native_ = sorted(PidDirectory.list(proc));
    assertThat(first).containsExactly(1, 42, 99, 4194304);
    assertThat(native_).containsExactly(1, 42, 99, 4194304);
  }

  private static int[] sorted(int[] pids) {
    Arrays.sort(pids);
    return pids;
  }
}
