package io.github.jpsutil.macos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.OpenFile;
import io.github.jpsutil.api.ZombieProcess;
import io.github.jpsutil.spi.ProcessOps;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The assemble and acquire layers over {@link FakeMacNative}, with the values the fake declares:
 * psutil's error mapping per process state, the retried table reads, and the identity check before
 * a signal.
 */
class MacAcquireOverFakeTest {
  private final FakeMacNative fake = new FakeMacNative();
  private final MacBackend backend = new MacBackend(fake);

  private ProcessOps open(int pid) {
    return backend.processes().open(pid);
  }

  @Test
  void theGrantedProcessAnswersFromTheDeclaredBuffers() {
    ProcessOps p = open(FakeMacNative.SELF);
    assertThat(p.exe()).isEqualTo("/bin/sleep");
    assertThat(p.cmdline()).containsExactly("sleep", "60");
    assertThat(p.environ()).isEqualTo(Map.of("HOME", "/Users/me"));
    assertThat(p.cwd()).isEqualTo("/Users/me");
    assertThat(p.terminal()).contains("/dev/ttys003");
    // PROC_PIDLISTFDS lists fds 3, 4 (a file, EBADF: closed meanwhile, skipped) and socket 5.
    assertThat(p.numFds()).isEqualTo(3);
    assertThat(p.openFiles()).containsExactly(new OpenFile.Basic("/tmp/log", OptionalInt.of(3)));
    assertThat(p.cpuTimes().user()).isEqualTo(1.0); // 24e6 Mach units at hw.tbfrequency 24 MHz
    assertThat(p.numThreads()).isEqualTo(3);
  }

  @Test
  void aZombieAnswersFromKinfoProcAndIsZombieProcessElsewhere() {
    ProcessOps z = open(FakeMacNative.ZOMBIE);
    assertThat(z.name()).isEqualTo("proc4243");
    assertThat(z.terminal()).isEqualTo(Optional.empty());
    assertThatThrownBy(z::cmdline).isInstanceOf(ZombieProcess.class); // EINVAL, then the table
    assertThatThrownBy(z::exe).isInstanceOf(ZombieProcess.class); // ESRCH
    assertThatThrownBy(z::numFds).isInstanceOf(ZombieProcess.class);
    assertThatThrownBy(z::nice).isInstanceOf(ZombieProcess.class);
  }

  @Test
  void anotherUsersProcessIsAccessDenied() {
    ProcessOps o = open(FakeMacNative.OTHER_USER);
    assertThatThrownBy(o::cmdline).isInstanceOf(AccessDenied.class).hasMessageContaining("EINVAL");
    assertThatThrownBy(o::cwd).isInstanceOf(AccessDenied.class).hasMessageContaining("EPERM");
    assertThatThrownBy(o::openFiles).isInstanceOf(AccessDenied.class);
  }

  @Test
  void aReapedProcessIsNoSuchProcess() {
    ProcessOps d = open(FakeMacNative.DOOMED);
    fake.reap(FakeMacNative.DOOMED);
    assertThatThrownBy(d::cmdline)
        .isInstanceOf(NoSuchProcess.class)
        .isNotInstanceOf(ZombieProcess.class);
    assertThatThrownBy(d::exe).isInstanceOf(NoSuchProcess.class);
    assertThatThrownBy(d::name).isInstanceOf(NoSuchProcess.class);
  }

  @Test
  void tableReadsRetryAfterEnomem() {
    // The fake answers ENOMEM to the first two table reads; both reads below still succeed.
    assertThat(backend.host().pids()).containsExactly(0, 1, 4242, 4243, 4244, 4245);
    assertThat(backend.network().ioCounters()).containsOnlyKeys("lo0");
    assertThat(backend.network().ioCounters().get("lo0").bytesSent()).isEqualTo(5_000L);
    assertThat(fake.enomemLeft.get()).isNegative();
  }

  @Test
  void aSignalChecksTheIdentityFirst() {
    ProcessOps p = open(FakeMacNative.SELF);
    OptionalLong now = p.identityTime();
    p.sendSignal(15, now);
    assertThat(fake.killCalls.get()).isEqualTo(1);
    assertThatThrownBy(() -> p.sendSignal(15, OptionalLong.of(now.getAsLong() + 1)))
        .isInstanceOf(NoSuchProcess.class)
        .hasMessageContaining(NoSuchProcess.REUSED);
    assertThat(fake.killCalls.get()).isEqualTo(1);
    assertThatThrownBy(() -> p.sendSignal(32, now))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("within 0..31");
  }

  @Test
  void systemReadsFollowTheDeclaredValues() {
    assertThat(backend.cpu().cpuCountLogical()).hasValue(2);
    assertThat(backend.disks().partitions(false)).hasSize(1);
    assertThat(backend.disks().partitions(false).get(0).opts())
        .isEqualTo("ro,local,rootfs"); // 0x5001
    assertThat(backend.memory().heapInfo().heapUsed()).isEqualTo(4196);
    // total = 1e6 × 4096; used from ATTR_VOL_SPACEUSED (300,000 blocks), not statvfs (400,000);
    // free = f_bavail × 4096; percent = 300,000 / 850,000 = 35.29… → 35.3.
    assertThat(backend.disks().usage("/"))
        .isEqualTo(
            new io.github.jpsutil.api.DiskUsage(
                4_096_000_000L, 1_228_800_000L, 2_252_800_000L, 35.3));
    assertThat(backend.host().users()).extracting(u -> u.name()).isEqualTo(List.of("me"));
  }
}
