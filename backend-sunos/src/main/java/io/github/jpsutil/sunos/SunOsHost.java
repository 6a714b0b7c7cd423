package io.github.jpsutil.sunos;

import io.github.jpsutil.spi.HostSource;
import io.github.jpsutil.sunos.acquire.Kstats;
import io.github.jpsutil.sunos.acquire.SunOsFiles;
import io.github.jpsutil.sunos.parse.KstatHeader;
import io.github.jpsutil.sunos.parse.KstatNamed;
import java.time.Instant;
import java.util.Arrays;

/** Boot time from the {@code unix:0:system_misc} kstat; pids from the procfs directories. */
final class SunOsHost implements HostSource {
  private final SunOsFiles files;

  SunOsHost(SunOsFiles files) {
    this.files = files;
  }

  /**
   * {@code unix:0:system_misc:boot_time}, seconds since the epoch. Deviation in source: psutil
   * reads the utmpx BOOT_TIME record, which the system writes from the same kernel value at boot.
   */
  @Override
  public Instant bootTime() {
    Kstats.Snapshot s =
        Kstats.lookup("unix", 0, "system_misc")
            .orElseThrow(() -> new IllegalStateException("kstat unix:0:system_misc not found"));
    if (s.header().type() != KstatHeader.TYPE_NAMED) {
      throw new IllegalStateException("kstat unix:0:system_misc is not a named kstat");
    }
    long boot =
        KstatNamed.integer(s.data(), s.header().ndata(), "boot_time")
            .orElseThrow(
                () -> new IllegalStateException("kstat unix:0:system_misc has no boot_time"));
    return Instant.ofEpochSecond(boot);
  }

  @Override
  public int[] pids() {
    return files.pids();
  }

  /** As psutil: pid 0 exists when it is in {@link #pids()}; others when their directory does. */
  @Override
  public boolean pidExists(int pid) {
    if (pid < 0) {
      return false;
    }
    if (pid == 0) {
      return Arrays.binarySearch(pids(), 0) >= 0;
    }
    return files.exists(pid);
  }
}
