package io.github.jpsutil.freebsd.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.IoCounters;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.Uids;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** FreeBSD amd64 struct kinfo_proc (1088 bytes), written field by field at sys/user.h offsets. */
class KinfoProcTest {
  private static final long PAGE = 4096;

  /** A struct rusage at {@code off}: timevals then longs. */
  static void putRusage(
      ByteBuffer b,
      int off,
      long utimeSec,
      long utimeUsec,
      long stimeSec,
      long stimeUsec,
      long maxrss,
      long minflt,
      long majflt,
      long inblock,
      long oublock,
      long nvcsw,
      long nivcsw) {
    b.putLong(off, utimeSec); // ru_utime.tv_sec
    b.putLong(off + 8, utimeUsec); // ru_utime.tv_usec
    b.putLong(off + 16, stimeSec); // ru_stime.tv_sec
    b.putLong(off + 24, stimeUsec); // ru_stime.tv_usec
    b.putLong(off + 32, maxrss); // ru_maxrss
    b.putLong(off + 40, 1); // ru_ixrss
    b.putLong(off + 48, 2); // ru_idrss
    b.putLong(off + 56, 3); // ru_isrss
    b.putLong(off + 64, minflt); // ru_minflt
    b.putLong(off + 72, majflt); // ru_majflt
    b.putLong(off + 80, 0); // ru_nswap
    b.putLong(off + 88, inblock); // ru_inblock
    b.putLong(off + 96, oublock); // ru_oublock
    b.putLong(off + 104, 4); // ru_msgsnd
    b.putLong(off + 112, 5); // ru_msgrcv
    b.putLong(off + 120, 6); // ru_nsignals
    b.putLong(off + 128, nvcsw); // ru_nvcsw
    b.putLong(off + 136, nivcsw); // ru_nivcsw
  }

  static void put(ByteBuffer b, int off, int pid, int ppid, String comm, int stat) {
    b.putInt(off, 1088); // ki_structsize
    b.putInt(off + 4, 0); // ki_layout
    b.putLong(off + 8, 0xFFFF_F800_0123_4000L); // ki_args (kernel pointer, unused)
    b.putInt(off + 72, pid); // ki_pid
    b.putInt(off + 76, ppid); // ki_ppid
    b.putInt(off + 80, pid); // ki_pgid
    b.putInt(off + 100, -1); // ki_tdev_freebsd11
    b.putInt(off + 168, 0); // ki_uid (effective: root)
    b.putInt(off + 172, 1001); // ki_ruid
    b.putInt(off + 176, 1002); // ki_svuid
    b.putInt(off + 180, 1003); // ki_rgid
    b.putInt(off + 184, 1004); // ki_svgid
    b.putShort(off + 188, (short) 2); // ki_ngroups
    b.putInt(off + 192, 5); // ki_groups[0]
    b.putInt(off + 196, 0); // ki_groups[1]
    b.putLong(off + 256, 268_435_456L); // ki_size: 256 MiB
    b.putLong(off + 264, 4_000); // ki_rssize
    b.putLong(off + 272, 0); // ki_swrss
    b.putLong(off + 280, 300); // ki_tsize
    b.putLong(off + 288, 200); // ki_dsize
    b.putLong(off + 296, 50); // ki_ssize
    b.putLong(off + 328, 123_456_789L); // ki_runtime
    b.putLong(off + 336, 1_690_000_000L); // ki_start.tv_sec
    b.putLong(off + 344, 125_000L); // ki_start.tv_usec
    b.putLong(off + 368, 0x4000L); // ki_flag
    b.put(off + 388, (byte) stat); // ki_stat
    b.put(off + 389, (byte) -10); // ki_nice
    b.put(off + 394, "thread".getBytes(StandardCharsets.US_ASCII)); // ki_tdname
    b.put(off + 447, comm.getBytes(StandardCharsets.UTF_8)); // ki_comm[20]
    b.putLong(off + 560, -1L); // ki_tdev (NODEV)
    b.putInt(off + 568, 3); // ki_oncpu
    b.putInt(off + 572, 1); // ki_lastcpu
    b.putInt(off + 596, 12); // ki_numthreads
    b.putInt(off + 600, 100_123); // ki_tid
    putRusage(b, off + 608, 12, 500_000, 3, 250_000, 20_000, 7_000, 40, 111, 222, 333, 44);
    putRusage(b, off + 752, 100, 0, 50, 500_000, 0, 0, 0, 0, 0, 0, 0);
    b.putLong(off + 1080, 0); // ki_tdflags
  }

  static ByteBuffer one(int stat) {
    ByteBuffer b = ByteBuffer.allocate(1088).order(ByteOrder.LITTLE_ENDIAN);
    put(b, 0, 4242, 1, "postgres", stat);
    return b;
  }

  @Test
  void decodesEveryField() {
    KinfoProc k = KinfoProc.decode(one(2), 0);
    assertThat(k.pid()).isEqualTo(4242);
    assertThat(k.ppid()).isEqualTo(1);
    assertThat(k.comm()).isEqualTo("postgres");
    assertThat(k.nice()).isEqualTo(-10);
    assertThat(k.uids()).isEqualTo(new Uids(1001, 0, OptionalInt.of(1002)));
    assertThat(k.gids()).isEqualTo(new Gids(1003, 5, OptionalInt.of(1004)));
    assertThat(k.threads()).isEqualTo(12);
    assertThat(k.createTime()).isEqualTo(1_690_000_000.125);
    assertThat(k.status()).isEqualTo(ProcessStatus.RUNNING);
    assertThat(k.cpuTimes()).isEqualTo(new ProcessCpuTimes.Basic(12.5, 3.25, 100.0, 50.5));
    // 20000 KB peak is above rss (4000 pages × 4096 = 16384000 bytes)
    assertThat(k.memoryInfo(PAGE))
        .isEqualTo(
            new MemoryInfo.FreeBsd(
                16_384_000L, 268_435_456L, 300 * PAGE, 200 * PAGE, 50 * PAGE, 20_480_000L));
    assertThat(k.pageFaults()).isEqualTo(new PageFaults(7_000, 40));
    assertThat(k.ctxSwitches()).isEqualTo(new CtxSwitches(333, 44));
    assertThat(k.ioCounters()).isEqualTo(new IoCounters.FreeBsd(111, 222));
    // Running: the CPU it is on.
    assertThat(k.cpuNum()).isEqualTo(3);
  }

  @Test
  void statusCodesFollowPsutil() {
    ProcessStatus[] expected = {
      ProcessStatus.UNKNOWN,
      ProcessStatus.IDLE,
      ProcessStatus.RUNNING,
      ProcessStatus.SLEEPING,
      ProcessStatus.STOPPED,
      ProcessStatus.ZOMBIE,
      ProcessStatus.WAITING,
      ProcessStatus.LOCKED,
      ProcessStatus.UNKNOWN
    };
    for (int stat = 0; stat < expected.length; stat++) {
      assertThat(KinfoProc.decode(one(stat), 0).status())
          .as("ki_stat %d", stat)
          .isEqualTo(expected[stat]);
    }
  }

  @Test
  void aSleepingProcessReportsItsLastCpuAndSoDoesOneWithNoCpu() {
    assertThat(KinfoProc.decode(one(3), 0).cpuNum()).isEqualTo(1);
    ByteBuffer noCpu = one(2);
    noCpu.putInt(568, -1); // NOCPU
    assertThat(KinfoProc.decode(noCpu, 0).cpuNum()).isEqualTo(1);
  }

  @Test
  void peakRssFollowsPsutilsCorrection() {
    ByteBuffer lagging = one(2);
    lagging.putLong(608 + 32, 10_000); // ru_maxrss 10000 KB < rss 16000 KB
    assertThat(KinfoProc.decode(lagging, 0).memoryInfo(PAGE).peakRss()).isEqualTo(16_384_000L);
    ByteBuffer kernel = one(2);
    kernel.putLong(608 + 32, 0); // kernel processes report 0: kept
    assertThat(KinfoProc.decode(kernel, 0).memoryInfo(PAGE).peakRss()).isZero();
  }

  @Test
  void aNineteenCharacterNameIsKeptWhole() {
    ByteBuffer b = ByteBuffer.allocate(1088).order(ByteOrder.LITTLE_ENDIAN);
    put(b, 0, 7, 1, "abcdefghijklmnopqrs", 3);
    assertThat(KinfoProc.decode(b, 0).comm()).isEqualTo("abcdefghijklmnopqrs");
  }

  @Test
  void decodesTheProcessTable() {
    ByteBuffer b = ByteBuffer.allocate(2 * 1088).order(ByteOrder.LITTLE_ENDIAN);
    put(b, 0, 0, 0, "kernel", 6);
    put(b, 1088, 1, 0, "init", 3);
    List<KinfoProc> all = KinfoProc.decodeAll(b);
    assertThat(all).extracting(KinfoProc::pid).containsExactly(0, 1);
    assertThat(all).extracting(KinfoProc::comm).containsExactly("kernel", "init");
    assertThat(all)
        .extracting(KinfoProc::status)
        .containsExactly(ProcessStatus.WAITING, ProcessStatus.SLEEPING);
  }

  @Test
  void rejectsMalformedInput() {
    assertThatThrownBy(() -> KinfoProc.decode(ByteBuffer.allocate(1000), 0))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("kinfo_proc needs 1088 bytes");
    ByteBuffer i386 = one(2).putInt(0, 768);
    assertThatThrownBy(() -> KinfoProc.decode(i386, 0))
        .hasMessageContaining("ki_structsize is 768, expected 1088");
    assertThatThrownBy(() -> KinfoProc.decodeAll(ByteBuffer.allocate(1100)))
        .hasMessageContaining("multiple of 1088 bytes, got 1100");
    ByteBuffer badStart = one(2).putLong(344, 1_000_000L);
    assertThatThrownBy(() -> KinfoProc.decode(badStart, 0))
        .hasMessageContaining("ki_start out of range");
    ByteBuffer badRusage = one(2).putLong(608 + 8, 2_000_000L);
    assertThatThrownBy(() -> KinfoProc.decode(badRusage, 0))
        .hasMessageContaining("ki_rusage.ru_utime out of range");
    ByteBuffer negativeThreads = one(2).putInt(596, -1);
    assertThatThrownBy(() -> KinfoProc.decode(negativeThreads, 0))
        .hasMessageContaining("ki_numthreads is negative");
    ByteBuffer hugeSize = one(2).putLong(256, -4096L);
    assertThatThrownBy(() -> KinfoProc.decode(hugeSize, 0)).hasMessageContaining("ki_size is");
  }
}
