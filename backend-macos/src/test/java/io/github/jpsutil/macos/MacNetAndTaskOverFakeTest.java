package io.github.jpsutil.macos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.Battery;
import io.github.jpsutil.api.BatteryTime;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.ConnectionStatus;
import io.github.jpsutil.api.CpuFreq;
import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.Endpoint;
import io.github.jpsutil.api.MemoryFootprint;
import io.github.jpsutil.api.MemoryInfoEx;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.api.NicDuplex;
import io.github.jpsutil.api.NicStats;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.ProcessThread;
import io.github.jpsutil.api.SocketType;
import io.github.jpsutil.api.ZombieProcess;
import io.github.jpsutil.spi.ProcessOps;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The functions added with getifaddrs, the interface ioctls, socket_fdinfo, the thread list,
 * task_info, the region walk and kqueue, over {@link FakeMacNative}: its declared values and
 * psutil's error mapping per process state.
 */
class MacNetAndTaskOverFakeTest {
  private final FakeMacNative fake = new FakeMacNative();
  private final MacBackend backend = new MacBackend(fake);

  private ProcessOps open(int pid) {
    return backend.processes().open(pid);
  }

  @Test
  void interfaceAddressesAndStats() {
    Optional<String> none = Optional.empty();
    Map<String, List<NicAddress>> a = backend.network().ifAddrs();
    assertThat(a.get("lo0"))
        .containsExactly(
            new NicAddress(AddressFamily.UNSPEC, none, none, none, none),
            new NicAddress(
                AddressFamily.INET, Optional.of("127.0.0.1"), Optional.of("255.0.0.0"), none, none),
            new NicAddress(
                AddressFamily.INET6, Optional.of("::1"), Optional.of("ffff:ffff::"), none, none),
            new NicAddress(
                AddressFamily.INET6,
                Optional.of("fe80::1%lo0"),
                Optional.of("ffff:ffff::"),
                none,
                none));
    assertThat(backend.network().ifStats())
        .isEqualTo(
            Map.of(
                "lo0",
                new NicStats(
                    true,
                    NicDuplex.UNKNOWN,
                    OptionalInt.empty(),
                    16_384,
                    List.of("up", "loopback", "running", "multicast"))));
  }

  @Test
  void socketsPerProcessAndSystemWide() {
    Connection tcp =
        new Connection(
            OptionalInt.of(5),
            AddressFamily.INET,
            SocketType.STREAM,
            Optional.of(new Endpoint.Inet("127.0.0.1", 5000)),
            Optional.of(new Endpoint.Inet("127.0.0.1", 6000)),
            ConnectionStatus.ESTABLISHED,
            OptionalInt.empty());
    assertThat(open(FakeMacNative.SELF).connections(ConnectionKind.INET)).containsExactly(tcp);
    assertThat(open(FakeMacNative.SELF).connections(ConnectionKind.UDP)).isEmpty();
    assertThat(open(0).connections(ConnectionKind.ALL)).isEmpty();
    assertThatThrownBy(() -> open(FakeMacNative.ZOMBIE).connections(ConnectionKind.ALL))
        .isInstanceOf(ZombieProcess.class);
    // Not root: another user's process refuses, and psutil lets that AccessDenied through.
    assertThatThrownBy(() -> backend.network().connections(ConnectionKind.INET))
        .isInstanceOf(AccessDenied.class);
  }

  @Test
  void threadsSkipOneThatEndedAfterTheListing() {
    assertThat(open(FakeMacNative.SELF).threads())
        .containsExactly(new ProcessThread(0x7000_0001L, 1.5, 0.25));
    assertThatThrownBy(() -> open(FakeMacNative.ZOMBIE).threads())
        .isInstanceOf(ZombieProcess.class);
    assertThatThrownBy(() -> open(FakeMacNative.OTHER_USER).threads())
        .isInstanceOf(AccessDenied.class);
  }

  @Test
  void memoryFromTheTaskAndTheRegionWalk() {
    ProcessOps self = open(FakeMacNative.SELF);
    assertThat(self.memoryInfoEx())
        .isEqualTo(
            new MemoryInfoEx.MacOs(
                50L << 20, 1L << 30, 60L << 20, 30L << 20, 20L << 20, 8192, 1L << 20, 40L << 20));
    // (10 + 2) private + (3 + 4) single-reference COW pages of 16 KiB (arm64: nothing excluded)
    assertThat(self.memoryFootprint()).isEqualTo(new MemoryFootprint.Basic(19L * 16_384));
    assertThatThrownBy(() -> open(FakeMacNative.OTHER_USER).memoryInfoEx())
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> open(FakeMacNative.ZOMBIE).memoryInfoEx())
        .isInstanceOf(ZombieProcess.class);
    assertThatThrownBy(() -> open(FakeMacNative.ZOMBIE).memoryFootprint())
        .isInstanceOf(ZombieProcess.class);
  }

  @Test
  void cpuFrequencyPerArchitecture() {
    // Apple silicon: the two CPU clusters span 600..4512 MHz; the GPU table is left out.
    assertThat(backend.cpu().perCpuFreq())
        .containsExactly(new CpuFreq(4512, OptionalDouble.of(600), OptionalDouble.of(4512)));
    fake.arm = false;
    // Intel: HW_CPU_FREQ 2.4 GHz, no hw.cpufrequency_min, hw.cpufrequency_max 3.1 GHz.
    assertThat(backend.cpu().perCpuFreq())
        .containsExactly(new CpuFreq(2400, OptionalDouble.empty(), OptionalDouble.of(3100)));
  }

  @Test
  void diskCountersOfWholeDisks() {
    // ns → ms, truncated as psutil's integer division
    assertThat(backend.disks().ioCounters())
        .isEqualTo(
            Map.of("disk0", new DiskIoCounters.Timed(1000, 500, 4_096_000, 2_048_000, 2500, 1)));
    assertThat(backend.disks().wholeDisks()).containsExactly("disk0");
  }

  @Test
  void batteryFromTheFirstPowerSource() {
    assertThat(backend.sensors().battery())
        .contains(
            new Battery(87, BatteryTime.KNOWN, OptionalLong.of(143 * 60), Optional.of(false)));
  }

  @Test
  void waitEndsOnTheExitEventOrTheTimeout() throws InterruptedException {
    ProcessOps doomed = open(FakeMacNative.DOOMED);
    assertThat(open(FakeMacNative.SELF).awaitExit(1_000_000)).isFalse();
    assertThat(doomed.awaitExit(Long.MAX_VALUE)).isTrue();
    assertThat(open(FakeMacNative.ZOMBIE).awaitExit(0)).isTrue();
    assertThatThrownBy(() -> open(FakeMacNative.DOOMED)).isInstanceOf(NoSuchProcess.class);
  }
}
