package io.github.jpsutil.posix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class TerminalMapTest {
  /** This machine's /dev, against python3-psutil's {@code _psposix.get_terminal_map()}. */
  @Test
  @EnabledOnOs(OS.LINUX)
  void isPsutilsTerminalMap() throws Exception {
    Process py =
        new ProcessBuilder(
                "/usr/bin/python3",
                "-c",
                "import psutil._psposix as p\n"
                    + "for k, v in p.get_terminal_map().items(): print(k, v)")
            .redirectErrorStream(true)
            .start();
    String out = new String(py.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(py.waitFor(30, TimeUnit.SECONDS)).isTrue();
    Map<Long, String> psutil = new HashMap<>();
    Matcher m = Pattern.compile("(?m)^(\\d+) (\\S+)$").matcher(out);
    while (m.find()) {
      psutil.put(Long.parseLong(m.group(1)), m.group(2));
    }
    assertThat(psutil).as(out).isNotEmpty();
    assertThat(TerminalMap.scan(Path.of("/dev"))).isEqualTo(psutil);
  }

  /** Regular files all have st_rdev 0, so they show which path wins a shared number. */
  @Test
  void aPtsEntryScannedLaterWinsASharedNumber(@TempDir Path dev) throws IOException {
    Files.createFile(dev.resolve("tty1"));
    Files.createDirectory(dev.resolve("pts"));
    Files.createFile(dev.resolve("pts").resolve("3"));
    Map<Long, String> m = TerminalMap.scan(dev);
    // Both files share st_rdev 0; pts is scanned last, so its entry wins, as in psutil's dict.
    assertThat(m).containsExactly(Map.entry(0L, dev.resolve("pts").resolve("3").toString()));
  }

  @Test
  void aMissingPtsDirectoryIsNoTerminals(@TempDir Path dev) throws IOException {
    Files.createFile(dev.resolve("ttys000"));
    assertThat(TerminalMap.scan(dev))
        .containsExactly(Map.entry(0L, dev.resolve("ttys000").toString()));
  }

  @Test
  void anUnlistableDirectoryIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
    Path notADirectory = Files.createFile(dir.resolve("dev"));
    assertThatThrownBy(() -> TerminalMap.scan(notADirectory))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(notADirectory.toString());
  }

  /**
   * The real /dev, by the numbers of the kernel's devices.txt: /dev/tty is 5:0 (st_rdev 0x500) and
   * listed; /dev/null, 1:3 (0x103), is no tty and is not.
   */
  @Test
  @EnabledOnOs(OS.LINUX)
  void realDevListsTtyButNotNull() {
    Map<Long, String> m = TerminalMap.scan(Path.of("/dev"));
    assertThat(m).containsEntry(0x500L, "/dev/tty").doesNotContainKey(0x103L);
  }

  @Test
  void aMissScansAgainAndAHitDoesNot() {
    AtomicInteger scans = new AtomicInteger();
    Map<Long, String> first = Map.of(1L, "/dev/ttys000");
    Map<Long, String> second = Map.of(1L, "/dev/ttys000", 2L, "/dev/ttys001");
    TerminalMap map = new TerminalMap(() -> scans.incrementAndGet() == 1 ? first : second);
    assertThat(map.path(1)).hasValue("/dev/ttys000");
    assertThat(map.path(1)).hasValue("/dev/ttys000");
    assertThat(scans).hasValue(1);
    assertThat(map.path(2)).hasValue("/dev/ttys001"); // a new login: found by a second scan
    assertThat(scans).hasValue(2);
    assertThat(map.path(3)).isEmpty();
    assertThat(scans).hasValue(3);
  }
}
