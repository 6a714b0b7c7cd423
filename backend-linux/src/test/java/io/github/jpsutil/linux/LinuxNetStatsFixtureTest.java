package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.spi.BackendConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * ifStats over a procfs tree whose /proc/net/dev names interfaces; the ioctls still ask this
 * process's network namespace, so a name it does not have answers ENODEV.
 */
@EnabledOnOs(OS.LINUX)
class LinuxNetStatsFixtureTest {
  private static final String HEADER =
      "Inter-|   Receive                                                |  Transmit\n"
          + " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets"
          + " errs drop fifo colls carrier compressed\n";
  private static final String ZEROS = ": 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n";

  @TempDir Path root;

  private LinuxNet netWithDev(String devText) throws IOException {
    Path proc = Files.createDirectories(root.resolve("proc/net")).getParent();
    Files.writeString(proc.resolve("net/dev"), devText);
    return new LinuxNet(new LinuxFiles(new BackendConfig(proc, root.resolve("sys"), root)));
  }

  @Test
  void vanishedInterfacesAreLeftOut() throws IOException {
    LinuxNet net = netWithDev(HEADER + "lo" + ZEROS + "jpsnosuch0" + ZEROS);
    assertThat(net.ifStats().keySet()).containsExactly("lo");
    assertThat(net.ifStats().get("lo").flags()).contains("loopback");
  }

  @Test
  void aNameTheKernelCannotHoldIsAnArgumentError() throws IOException {
    LinuxNet net = netWithDev(HEADER + "averyveryverylongname" + ZEROS);
    assertThatThrownBy(net::ifStats)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("averyveryverylongname");
  }

  @Test
  void missingProcNetDevIsAnErrorNamingIt() {
    LinuxNet net =
        new LinuxNet(
            new LinuxFiles(new BackendConfig(root.resolve("none"), root.resolve("sys"), root)));
    assertThatThrownBy(net::ioCounters)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("net/dev");
    assertThatThrownBy(net::ifStats)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("net/dev");
  }
}
