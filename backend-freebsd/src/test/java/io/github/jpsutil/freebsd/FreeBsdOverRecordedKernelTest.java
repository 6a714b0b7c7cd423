package io.github.jpsutil.freebsd;

import static io.github.jpsutil.freebsd.layout.TableStructs.concat;
import static io.github.jpsutil.freebsd.layout.TableStructs.kinfoFile;
import static io.github.jpsutil.freebsd.layout.TableStructs.kinfoProc;
import static io.github.jpsutil.freebsd.layout.TableStructs.kinfoVmentry;
import static io.github.jpsutil.freebsd.layout.TableStructs.le;
import static io.github.jpsutil.freebsd.layout.TableStructs.rlimit;
import static io.github.jpsutil.freebsd.layout.TableStructs.utmpx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.MemoryMapRegion;
import io.github.jpsutil.api.MemoryMapStats;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.OpenFile;
import io.github.jpsutil.api.ProcessThread;
import io.github.jpsutil.api.ResourceLimit;
import io.github.jpsutil.api.Rlimit;
import io.github.jpsutil.api.Signal;
import io.github.jpsutil.api.User;
import io.github.jpsutil.api.ZombieProcess;
import io.github.jpsutil.freebsd.acquire.RecordedKernel;
import io.github.jpsutil.freebsd.acquire.RecordedKernel.Answer;
import io.github.jpsutil.freebsd.acquire.Sysctls;
import io.github.jpsutil.posix.PosixUserDirectory;
import io.github.jpsutil.spi.ProcessOps;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The backend over a fake kernel answering the sysctls it asks for with buffers laid out by the
 * cited table: each psutil function's acquire call, decoding and error mapping together.
 */
class FreeBsdOverRecordedKernelTest {
  // sys/sysctl.h: CTL_KERN 1, KERN_PROC 14; KERN_PROC_PID 1, ARGS 7, PATHNAME 12, FILEDESC 33,
  // ENV 35, KERN_PROC_INC_THREAD 0x10; sys/user.h: KF_TYPE_VNODE 1, KF_VTYPE_VREG 1, KF_TYPE_SOCKET
  // 2,
  // KF_FD_TYPE_CWD -1, KF_FD_TYPE_ROOT -2, KF_FD_TYPE_TEXT -5.
  private static final int PID = 4242;
  private static final int[] KINFO = {1, 14, 1, PID};
  private static final int[] ARGS = {1, 14, 7, PID};
  private static final int[] PATHNAME = {1, 14, 12, PID};
  private static final int[] FILEDESC = {1, 14, 33, PID};
  private static final int[] ENV = {1, 14, 35, PID};
  private static final int[] THREADS = {1, 14, 1 | 0x10, PID};
  private static final int SLEEPING = 3;
  private static final int ZOMBIE = 5;

  private static ByteBuffer text(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return le(b.length).put(0, b);
  }

  private static ByteBuffer u32(int v) {
    return le(4).putInt(0, v);
  }

  private static RecordedKernel kernel() {
    return new RecordedKernel()
        .answer("hw.pagesize", u32(4096))
        .answer("kern.argmax", u32(524_288))
        .answer(KINFO, Answer.of(kinfoProc(PID, 1, "sh", SLEEPING, 0, 100_001, 1_500_000)));
  }

  private static ProcessOps open(RecordedKernel k) {
    return FreeBsdBackend.over(new Sysctls(k), new PosixUserDirectory()).processes().open(PID);
  }

  @Test
  void cmdlineAndEnvironAreTheNulSeparatedStrings() {
    RecordedKernel k =
        kernel()
            .answer(ARGS, Answer.of(text("sh\0-c\0\0echo hi\0")))
            .answer(ENV, Answer.of(text("HOME=/root\0PATH=/bin:/usr/bin\0JUNK\0EQ=a=b\0")));
    ProcessOps p = open(k);
    assertThat(p.name()).isEqualTo("sh");
    assertThat(p.cmdline()).containsExactly("sh", "-c", "", "echo hi");
    assertThat(p.environ())
        .isEqualTo(Map.of("HOME", "/root", "PATH", "/bin:/usr/bin", "EQ", "a=b"));
    assertThat(p.nice()).isEqualTo(-5);
  }

  @Test
  void aKernelProcessHasNoEnvironmentAndTheKernelIsNotAsked() {
    RecordedKernel k =
        new RecordedKernel()
            .answer("hw.pagesize", u32(4096))
            .answer(KINFO, Answer.of(kinfoProc(PID, 0, "idle", SLEEPING, 0x200, 100_003, 0)));
    assertThat(open(k).environ()).isEmpty();
    assertThat(k.calls()).noneMatch(c -> c.startsWith("[1, 14, 35,"));
  }

  @Test
  void theFileTableGivesCwdNumFdsAndOpenFiles() {
    RecordedKernel k =
        kernel()
            .answer(
                FILEDESC,
                Answer.of(
                    concat(
                        kinfoFile(-5, 1, 1, "/bin/sh"),
                        kinfoFile(-1, 1, 2, "/home/u"),
                        kinfoFile(-2, 1, 2, "/"),
                        kinfoFile(0, 1, 4, "/dev/pts/0"),
                        kinfoFile(3, 1, 1, "/var/log/messages"),
                        kinfoFile(4, 2, 0, ""))));
    ProcessOps p = open(k);
    assertThat(p.cwd()).isEqualTo("/home/u");
    assertThat(p.numFds()).isEqualTo(6);
    assertThat(p.openFiles())
        .containsExactly(
            new OpenFile.Basic("/bin/sh", OptionalInt.empty()),
            new OpenFile.Basic("/var/log/messages", OptionalInt.of(3)));
  }

  @Test
  void memoryMapsAreTheVmEntriesAsPsutilPrintsThem() {
    // sys/user.h: KVME_TYPE_DEFAULT 1, KVME_TYPE_VNODE 2, KVME_TYPE_SWAP 3; KVME_PROT_READ 1,
    // KVME_PROT_WRITE 2, KVME_PROT_EXEC 4.
    RecordedKernel k =
        kernel()
            .answer(
                new int[] {1, 14, 32, PID},
                Answer.of(
                    concat(
                        kinfoVmentry(2, 0x400000, 0x42e000, 1 | 4, 40, 0, "/bin/sh"),
                        kinfoVmentry(1, 0x800000000L, 0x800200000L, 1 | 2, 12, 12, ""),
                        kinfoVmentry(3, 0x7fffdfffe000L, 0x7fffffffe000L, 3, 2, 2, ""))));
    assertThat(open(k).memoryMaps())
        .containsExactly(
            new MemoryMapRegion(
                "0x400000-0x42e000",
                "r-x",
                "/bin/sh",
                new MemoryMapStats.FreeBsd(163_840, 0, 3, 1)),
            new MemoryMapRegion(
                "0x800000000-0x800200000",
                "rw-",
                "[default]",
                new MemoryMapStats.FreeBsd(49_152, 49_152, 3, 1)),
            new MemoryMapRegion(
                "0x7fffdfffe000-0x7fffffffe000",
                "rw-",
                "[swap]",
                new MemoryMapStats.FreeBsd(8_192, 8_192, 3, 1)));
  }

  @Test
  void rlimitReadsAndWritesKernProcRlimitWithFreeBsdsNumbers() {
    // sys/sys/resource.h: RLIMIT_NOFILE 8, RLIMIT_AS (= RLIMIT_VMEM) 10; RLIM_INFINITY 2^63-1.
    int[] nofile = {1, 14, 37, PID, 8};
    int[] as = {1, 14, 37, PID, 10};
    RecordedKernel k =
        kernel()
            .answer(nofile, Answer.of(rlimit(1024, 116_140)))
            .answer(as, Answer.of(rlimit(Long.MAX_VALUE, Long.MAX_VALUE)));
    ProcessOps p = open(k);
    assertThat(p.rlimit(Rlimit.NOFILE)).isEqualTo(new ResourceLimit(1024, 116_140));
    assertThat(p.rlimit(Rlimit.AS)).isEqualTo(new ResourceLimit(-1, -1));
    p.setRlimit(Rlimit.NOFILE, new ResourceLimit(512, -1));
    assertThat(ByteBuffer.wrap(k.written(nofile)).order(ByteOrder.LITTLE_ENDIAN))
        .isEqualTo(rlimit(512, Long.MAX_VALUE));
    assertThatThrownBy(() -> p.rlimit(Rlimit.RTPRIO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RLIMIT_RTPRIO does not exist on FreeBSD");
    RecordedKernel denied = kernel().answer("write [1, 14, 37, 4242, 8]", Answer.errno(1));
    assertThatThrownBy(
            () -> open(denied).setRlimit(Rlimit.NOFILE, new ResourceLimit(1 << 20, 1 << 20)))
        .isInstanceOf(AccessDenied.class);
  }

  @Test
  void usersAreTheUserProcessRecordsOfUtmpx() {
    // utmpx.h: BOOT_TIME 1, USER_PROCESS 4, DEAD_PROCESS 7.
    RecordedKernel k =
        kernel()
            .utmpx(
                utmpx(1, "", "", "", 1_700_000_000L, 0, 0),
                utmpx(4, "alice", "pts/0", "192.0.2.7", 1_700_000_100L, 250_000, 901),
                utmpx(4, "bob", "ttyv0", "", 1_700_000_200L, 0, 902),
                utmpx(7, "carol", "pts/1", "", 1_700_000_300L, 0, 903));
    List<User> users = FreeBsdBackend.over(new Sysctls(k), new PosixUserDirectory()).host().users();
    assertThat(users)
        .containsExactly(
            new User(
                "alice",
                Optional.of("pts/0"),
                Optional.of("192.0.2.7"),
                Instant.ofEpochSecond(1_700_000_100L, 250_000_000),
                OptionalInt.of(901)),
            new User(
                "bob",
                Optional.of("ttyv0"),
                Optional.of("localhost"),
                Instant.ofEpochSecond(1_700_000_200L),
                OptionalInt.of(902)));
  }

  @Test
  void theTerminalIsTheDeviceWhoseRdevIsKiTdev() {
    // TableStructs.kinfoProc sets ki_tdev 0x5a000003.
    RecordedKernel k =
        kernel().terminals(Map.of(0x5a00_0003L, "/dev/pts/3", 0x5a00_0001L, "/dev/ttyv0"));
    assertThat(open(k).terminal()).contains("/dev/pts/3");
    assertThat(open(kernel().terminals(Map.of(1L, "/dev/ttyv0"))).terminal()).isEmpty();
    ByteBuffer noTty = kinfoProc(PID, 1, "daemon", SLEEPING, 0, 1, 0).putLong(560, -1L); // NODEV
    RecordedKernel daemon = kernel().answer(KINFO, Answer.of(noTty));
    assertThat(open(daemon).terminal()).isEmpty();
    assertThat(daemon.calls()).doesNotContain("terminals");
  }

  @Test
  void cpuAffinityIsTheCpusetMaskSizedByTheKernel() {
    // kern.smp.maxcpus 256 -> a 32-byte cpuset_t; CPUs 0, 2 and 65 set (word 1, bit 1).
    byte[] mask = new byte[32];
    mask[0] = 0b101;
    mask[8] = 0b10;
    RecordedKernel k =
        kernel()
            .answer("kern.smp.maxcpus", le(4).putInt(0, 256))
            .answer("hw.ncpu", le(4).putInt(0, 4))
            .affinity(PID, mask);
    ProcessOps p = open(k);
    assertThat(p.cpuAffinity()).containsExactly(0, 2, 65);
    assertThat(p.eligibleCpus()).containsExactly(0, 1, 2, 3);
    p.setCpuAffinity(java.util.Set.of(1, 3));
    assertThat(k.affinity(PID)).hasSize(32).startsWith((byte) 0b1010, (byte) 0);
    assertThatThrownBy(() -> p.setCpuAffinity(java.util.Set.of(4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid CPU 4");
  }

  @Test
  void exeIsThePathnameOrEmptyOnEnoent() {
    assertThat(open(kernel().answer(PATHNAME, Answer.of(text("/bin/sh\0")))).exe())
        .isEqualTo("/bin/sh");
    assertThat(open(kernel().answer(PATHNAME, Answer.errno(2))).exe()).isEmpty();
  }

  @Test
  void threadsAreTheKinfoProcOfEachThread() {
    RecordedKernel k =
        kernel()
            .answer(
                THREADS,
                Answer.of(
                    concat(
                        kinfoProc(PID, 1, "sh", SLEEPING, 0, 100_001, 1_500_000),
                        kinfoProc(PID, 1, "sh", SLEEPING, 0, 100_002, 2_000_001))));
    assertThat(open(k).threads())
        .containsExactly(
            new ProcessThread(100_001, 1.5, 0.25), new ProcessThread(100_002, 2.000001, 0.25));
  }

  @Test
  void errnoIsMappedAsPsutilDoes() {
    // EPERM reading another user's environment.
    assertThatThrownBy(() -> open(kernel().answer(ENV, Answer.errno(1))).environ())
        .isInstanceOf(AccessDenied.class)
        .hasMessageContaining("sysctl(KERN_PROC_ENV)");
    // ESRCH, and the pid is gone: NoSuchProcess.
    RecordedKernel gone =
        kernel()
            .answer(ARGS, Answer.errno(3))
            .answer(KINFO, Answer.of(kinfoProc(PID, 1, "sh", SLEEPING, 0, 1, 0)), Answer.errno(3));
    ProcessOps p = open(gone);
    assertThatThrownBy(p::cmdline)
        .isInstanceOf(NoSuchProcess.class)
        .isNotInstanceOf(ZombieProcess.class);
    // ESRCH, but the pid is still there as a zombie: ZombieProcess with its name and parent.
    RecordedKernel zombie =
        kernel()
            .answer(ARGS, Answer.errno(3))
            .answer(
                KINFO,
                Answer.of(kinfoProc(PID, 1, "sh", SLEEPING, 0, 1, 0)),
                Answer.of(kinfoProc(PID, 77, "sh", ZOMBIE, 0, 1, 0)));
    assertThatThrownBy(open(zombie)::cmdline)
        .isInstanceOfSatisfying(
            ZombieProcess.class, z -> assertThat(z.ppid()).isEqualTo(OptionalInt.of(77)));
  }

  @Test
  void openingAGonePidIsNoSuchProcess() {
    RecordedKernel k = kernel().answer(KINFO, Answer.errno(3));
    assertThatThrownBy(() -> open(k))
        .isInstanceOf(NoSuchProcess.class)
        .hasMessageContaining("process PID not found");
  }

  @Test
  void waitingEndsWhenThePidIsGoneOrAZombie() throws InterruptedException {
    RecordedKernel exits =
        kernel()
            .answer(
                KINFO,
                Answer.of(kinfoProc(PID, 1, "sh", SLEEPING, 0, 1, 0)),
                Answer.of(kinfoProc(PID, 1, "sh", SLEEPING, 0, 1, 0)),
                Answer.of(kinfoProc(PID, 1, "sh", SLEEPING, 0, 1, 0)),
                Answer.errno(3));
    assertThat(open(exits).awaitExit(Long.MAX_VALUE)).isTrue();
    RecordedKernel zombie =
        kernel()
            .answer(
                KINFO,
                Answer.of(kinfoProc(PID, 1, "sh", SLEEPING, 0, 1, 0)),
                Answer.of(kinfoProc(PID, 1, "sh", ZOMBIE, 0, 1, 0)));
    assertThat(open(zombie).awaitExit(Long.MAX_VALUE)).isTrue();
    assertThat(open(kernel()).awaitExit(0)).isFalse();
    assertThat(open(kernel()).awaitExit(5_000_000)).isFalse();
  }

  @Test
  void signalNumbersAreFreeBsds() {
    // sys/sys/signal.h; Linux has SIGSTOP 19, SIGCONT 18, SIGUSR1 10, SIGCHLD 17.
    FreeBsdProcesses p = new FreeBsdProcesses(new Sysctls(kernel()), 4096);
    assertThat(
            List.of(Signal.SIGSTOP, Signal.SIGCONT, Signal.SIGUSR1, Signal.SIGCHLD, Signal.SIGKILL)
                .stream()
                .map(p::signalNumber))
        .containsExactly(17, 19, 30, 20, 9);
    assertThat(p.maxSignal()).isEqualTo(126);
    assertThatThrownBy(() -> p.signalNumber(Signal.CTRL_C_EVENT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
