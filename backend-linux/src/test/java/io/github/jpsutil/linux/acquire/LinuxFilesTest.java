package io.github.jpsutil.linux.acquire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.spi.BackendConfig;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class LinuxFilesTest {
  private final LinuxFiles files = new LinuxFiles(BackendConfig.defaults());

  @Test
  @EnabledOnOs(OS.LINUX)
  void sysctlFilesAreReadWhole() throws Exception {
    // Files.readAllBytes returns only the first byte of a size-0 /proc/sys file.
    String expected =
        new String(
            new ProcessBuilder("cat", "/proc/sys/kernel/pid_max")
                .start()
                .getInputStream()
                .readAllBytes());
    assertThat(files.readText(Path.of("/proc/sys/kernel/pid_max"))).isEqualTo(expected);
    assertThat(expected.strip()).hasSizeGreaterThan(1);
  }

  @Test
  void filesLargerThanTheFirstBufferAreComplete(@TempDir Path dir) throws Exception {
    byte[] data = new byte[20_000];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) i;
    }
    Path f = dir.resolve("big");
    Files.write(f, data);
    assertThat(files.readBytes(f)).isEqualTo(data);
    Files.write(f, new byte[8192]);
    assertThat(files.readBytes(f)).hasSize(8192);
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path dir) {
    assertThatThrownBy(() -> files.readBytes(dir.resolve("nope")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("nope");
  }
}
