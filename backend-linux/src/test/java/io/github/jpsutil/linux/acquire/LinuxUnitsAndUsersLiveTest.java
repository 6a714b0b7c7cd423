package io.github.jpsutil.linux.acquire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.posix.PosixUserDirectory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The values read without a native call against independent sources on this machine: the clock tick
 * rate and page size against {@code getconf} (which asks glibc's sysconf), user names against
 * {@code getpwuid_r} through NSS ({@link PosixUserDirectory}). Exact: no tolerance.
 */
@EnabledOnOs(OS.LINUX)
class LinuxUnitsAndUsersLiveTest {
  private static long getconf(String name) throws Exception {
    Process p = new ProcessBuilder("getconf", name).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return Long.parseLong(out);
  }

  @Test
  void clockTicksAndPageSizeAreWhatSysconfSays() throws Exception {
    assertThat(SystemUnits.clockTicks()).isEqualTo(getconf("CLK_TCK"));
    assertThat(SystemUnits.pageSize()).isEqualTo(getconf("PAGESIZE"));
  }

  @Test
  void everyUidOfEtcPasswdAndAnUnknownOneResolveAsGetpwuidDoes() throws Exception {
    PasswdUsers fromFile = new PasswdUsers();
    PosixUserDirectory nss = new PosixUserDirectory();
    int checked = 0;
    for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
      String[] f = line.split(":");
      if (f.length < 3 || line.startsWith("#") || !f[2].matches("[0-9]+")) {
        continue;
      }
      int uid = (int) Long.parseLong(f[2]);
      assertThat(fromFile.nameOf(uid)).as("uid " + uid).isEqualTo(nss.nameOf(uid));
      checked++;
    }
    assertThat(checked).as("uids in /etc/passwd").isPositive();
    int unknown = 1_999_999_999; // no such user here, nor from nss-systemd's dynamic range
    assertThat(fromFile.nameOf(unknown)).isEqualTo(nss.nameOf(unknown));
  }
}
