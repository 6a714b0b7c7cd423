package io.github.jpsutil.posix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
    assertThat(TerminalMap.of(Path.of("/dev"))).isEqualTo(psutil);
  }

  @Test
  void aDirectoryWithoutTerminalsOrPtsNamesNone(@TempDir Path dev) throws Exception {
    Files.createFile(dev.resolve("null"));
    assertThat(TerminalMap.of(dev)).isEmpty();
    assertThat(TerminalMap.of(dev.resolve("missing"))).isEmpty();
  }
}
