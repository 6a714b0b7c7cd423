package io.github.jpsutil.macos.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessCpuTimes;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * struct proc_taskallinfo = proc_bsdinfo (136 bytes) + proc_taskinfo (96); the task part decoded.
 */
class ProcTaskAllInfoTest {

  static ByteBuffer sample() {
    ByteBuffer b = ByteBuffer.allocate(232).order(ByteOrder.LITTLE_ENDIAN);
    // proc_bsdinfo
    b.putInt(0, 0x4010); // pbi_flags: PROC_FLAG_LP64 | PROC_FLAG_EXEC
    b.putInt(4, 2); // pbi_status: SRUN
    b.putInt(8, 0); // pbi_xstatus
    b.putInt(12, 812); // pbi_pid
    b.putInt(16, 1); // pbi_ppid
    b.putInt(20, 501); // pbi_uid
    b.putInt(24, 20); // pbi_gid
    b.putInt(28, 502); // pbi_ruid
    b.putInt(32, 21); // pbi_rgid
    b.putInt(36, 503); // pbi_svuid
    b.putInt(40, 22); // pbi_svgid
    b.putInt(44, 0); // rfu_1
    b.put(48, "Google Chrome H".getBytes(StandardCharsets.UTF_8)); // pbi_comm[16]
    b.put(64, "Google Chrome Helper (GPU)".getBytes(StandardCharsets.UTF_8)); // pbi_name[32]
    b.putInt(96, 64); // pbi_nfiles
    b.putInt(100, 812); // pbi_pgid
    b.putInt(104, 0); // pbi_pjobc
    b.putInt(108, -1); // e_tdev
    b.putInt(112, 0); // e_tpgid
    b.putInt(116, 10); // pbi_nice
    b.putLong(120, 1_700_000_000L); // pbi_start_tvsec
    b.putLong(128, 750_000L); // pbi_start_tvusec
    // proc_taskinfo at 136
    int t = 136;
    b.putLong(t, 420_000_000_000L); // pti_virtual_size
    b.putLong(t + 8, 150_000_000L); // pti_resident_size
    b.putLong(t + 16, 36_000_000L); // pti_total_user: 1.5 s at 24 MHz
    b.putLong(t + 24, 12_000_000L); // pti_total_system: 0.5 s at 24 MHz
    b.putLong(t + 32, 30_000_000L); // pti_threads_user
    b.putLong(t + 40, 10_000_000L); // pti_threads_system
    b.putInt(t + 48, 1); // pti_policy
    b.putInt(t + 52, 9_000); // pti_faults
    b.putInt(t + 56, 120); // pti_pageins
    b.putInt(t + 60, 300); // pti_cow_faults
    b.putInt(t + 64, 55); // pti_messages_sent
    b.putInt(t + 68, 66); // pti_messages_received
    b.putInt(t + 72, 777); // pti_syscalls_mach
    b.putInt(t + 76, 888); // pti_syscalls_unix
    b.putInt(t + 80, 4_321); // pti_csw
    b.putInt(t + 84, 17); // pti_threadnum
    b.putInt(t + 88, 2); // pti_numrunning
    b.putInt(t + 92, 46); // pti_priority
    return b;
  }

  @Test
  void decodesTheTaskPart() {
    ProcTaskInfo task = ProcTaskInfo.ofTaskAllInfo(sample());
    assertThat(task)
        .isEqualTo(
            new ProcTaskInfo(
                420_000_000_000L, 150_000_000L, 36_000_000L, 12_000_000L, 9_000, 120, 4_321, 17));
    // Apple Silicon: hw.tbfrequency = 24 MHz.
    assertThat(task.cpuTimes(24_000_000L)).isEqualTo(new ProcessCpuTimes.Basic(1.5, 0.5, 0.0, 0.0));
    // Intel: 1 GHz, i.e. nanoseconds.
    assertThat(task.cpuTimes(1_000_000_000L))
        .isEqualTo(new ProcessCpuTimes.Basic(0.036, 0.012, 0.0, 0.0));
    assertThat(task.memoryInfo()).isEqualTo(new MemoryInfo.Basic(150_000_000L, 420_000_000_000L));
    assertThat(task.pageFaults()).isEqualTo(new PageFaults(8_880, 120));
    assertThat(task.ctxSwitches()).isEqualTo(new CtxSwitches(4_321, 0));
  }

  @Test
  void countersAboveTwoToThe31AreUnsignedAndWrappedFaultsStayPositive() {
    ByteBuffer b = sample();
    b.putInt(136 + 52, 5); // pti_faults wrapped past 2^32
    b.putInt(136 + 56, 0x8000_0000); // pti_pageins = 2^31
    b.putInt(136 + 80, -1); // pti_csw = 2^32 - 1
    ProcTaskInfo task = ProcTaskInfo.ofTaskAllInfo(b);
    assertThat(task.pageins()).isEqualTo(0x8000_0000L);
    assertThat(task.pageFaults()).isEqualTo(new PageFaults(0x8000_0005L, 0x8000_0000L));
    assertThat(task.ctxSwitches().voluntary()).isEqualTo(0xFFFF_FFFFL);
  }

  @Test
  void rejectsMalformedInput() {
    assertThatThrownBy(() -> ProcTaskInfo.ofTaskAllInfo(ByteBuffer.allocate(200)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("proc_taskallinfo needs 232 bytes");
    ByteBuffer negativeThreads = sample().putInt(136 + 84, -3);
    assertThatThrownBy(() -> ProcTaskInfo.ofTaskAllInfo(negativeThreads))
        .hasMessageContaining("pti_threadnum is negative");
    ByteBuffer hugeRss = sample().putLong(136 + 8, -1L);
    assertThatThrownBy(() -> ProcTaskInfo.ofTaskAllInfo(hugeRss))
        .hasMessageContaining("pti_resident_size is 18446744073709551615");
    ProcTaskInfo task = ProcTaskInfo.ofTaskAllInfo(sample());
    assertThatThrownBy(() -> task.cpuTimes(0)).hasMessageContaining("hw.tbfrequency must be > 0");
  }
}
