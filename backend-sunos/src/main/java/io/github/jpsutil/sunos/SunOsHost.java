package io.github.jpsutil.sunos;

import io.github.jpsutil.api.User;
import io.github.jpsutil.spi.HostSource;
import io.github.jpsutil.sunos.acquire.Kstats;
import io.github.jpsutil.sunos.acquire.SunOsFiles;
import io.github.jpsutil.sunos.acquire.SunOsNative;
import io.github.jpsutil.sunos.parse.Utmpx;
import io.github.jpsutil.unix.UtmpxUsers;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Boot time from the {@code unix:0:system_misc} kstat, users from utmpx, pids from the procfs
 * directories.
 */
record SunOsHost(SunOsFiles files, Kstats kstats, SunOsNative lib) implements HostSource {

  /** psutil {@code users()}: the {@code USER_PROCESS} records of utmpx. */
  @Override
  public List<User> users() {
    return UtmpxUsers.users(Utmpx.FIELDS, lib.utmpx());
  }

  /**
   * {@code unix:0:system_misc:boot_time}, seconds since the epoch. Deviation in source: psutil
   * reads the utmpx BOOT_TIME record, which the system writes from the same kernel value at boot.
   */
  @Override
  public Instant bootTime() {
    return Instant.ofEpochSecond(kstats.lookup("unix", 0, "system_misc").named("boot_time"));
  }

  @Override
  public int[] pids() {
    return files.pids();
  }

  /** As psutil: pid 0 exists when it is in {@link #pids()}; others when their directory does. */
  @Override
  public boolean pidExists(int pid) {
    return pid == 0 ? Arrays.binarySearch(pids(), 0) >= 0 : pid > 0 && files.exists(pid);
  }
}
