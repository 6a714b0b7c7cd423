package io.github.jpsutil.linux;

import static io.github.jpsutil.testkit.DecoderCase.buffer;
import static io.github.jpsutil.testkit.DecoderCase.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.linux.parse.CpuMask;
import io.github.jpsutil.linux.parse.EthtoolCmd;
import io.github.jpsutil.linux.parse.LinuxStructs;
import io.github.jpsutil.linux.parse.PidCmdline;
import io.github.jpsutil.linux.parse.PidEnviron;
import io.github.jpsutil.linux.parse.PidFdinfo;
import io.github.jpsutil.linux.parse.PidIo;
import io.github.jpsutil.linux.parse.PidSmaps;
import io.github.jpsutil.linux.parse.PidStat;
import io.github.jpsutil.linux.parse.PidStatm;
import io.github.jpsutil.linux.parse.PidStatus;
import io.github.jpsutil.linux.parse.ProcStatBtime;
import io.github.jpsutil.linux.parse.Sockaddr;
import io.github.jpsutil.linux.parse.StatvfsStruct;
import io.github.jpsutil.testkit.DecoderCase;
import io.github.jpsutil.testkit.DecoderContractTestBase;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The decoder contract over the Linux parsers that take bytes: {@code /proc/[pid]} files read into
 * a byte buffer (samples recorded from a bash process on this machine) and the C structs filled by
 * syscalls (statvfs, ethtool_cmd, a CPU mask, sockaddr), built here in host (little-endian) order.
 */
class LinuxBinaryDecoderContractTest extends DecoderContractTestBase {
  private static byte[] file(String name) {
    return LinuxTextDecoderContractTest.sample(name).getBytes(StandardCharsets.UTF_8);
  }

  private static ByteBuffer le(ByteBuffer b) {
    return b.order(ByteOrder.LITTLE_ENDIAN);
  }

  /** struct statvfs (x86_64, 112 bytes): f_bsize 4096, f_frsize 4096, 1000 blocks, 400 free. */
  private static byte[] statvfs() {
    ByteBuffer b = ByteBuffer.allocate(StatvfsStruct.SIZE).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(0, 4096).putLong(8, 4096).putLong(16, 1000).putLong(24, 400).putLong(32, 350);
    return b.array();
  }

  /** struct ethtool_cmd: speed 1000 Mb/s, full duplex, at the offsets gcc checked. */
  private static byte[] ethtoolCmd() {
    ByteBuffer b = ByteBuffer.allocate(LinuxStructs.ETHTOOL_CMD.size());
    b.order(ByteOrder.LITTLE_ENDIAN);
    b.putShort(LinuxStructs.SPEED.offset(), (short) 1000)
        .put(LinuxStructs.DUPLEX.offset(), (byte) 1);
    return b.array();
  }

  @Override
  protected List<DecoderCase> decoders() {
    byte[] status = file("pid_status");
    return List.of(
        bytes("/proc/[pid]/stat", file("pid_stat"), PidStat::parse),
        bytes("/proc/[pid]/status uids", status, b -> PidStatus.uids(b, b.length)),
        bytes("/proc/[pid]/status gids", status, b -> PidStatus.gids(b, b.length)),
        bytes("/proc/[pid]/status threads", status, b -> PidStatus.numThreads(b, b.length)),
        bytes("/proc/[pid]/status ctx switches", status, b -> PidStatus.ctxSwitches(b, b.length)),
        bytes("/proc/[pid]/io", file("pid_io"), b -> PidIo.parse(b, b.length)),
        bytes("/proc/[pid]/statm", file("pid_statm"), b -> PidStatm.parse(b, b.length, 4096)),
        bytes(
            "/proc/[pid]/smaps footprint", file("pid_smaps"), b -> PidSmaps.footprint(b, b.length)),
        bytes("/proc/[pid]/smaps regions", file("pid_smaps"), b -> PidSmaps.regions(b, b.length)),
        bytes("/proc/[pid]/cmdline", file("pid_cmdline"), b -> PidCmdline.parse(b, b.length)),
        bytes("/proc/[pid]/environ", file("pid_environ"), b -> PidEnviron.parse(b, b.length)),
        bytes("/proc/[pid]/fdinfo/N", file("pid_fdinfo"), b -> PidFdinfo.parse(b, b.length)),
        bytes("/proc/stat btime", file("stat"), b -> ProcStatBtime.parse(b, b.length)),
        buffer("struct statvfs", statvfs(), b -> StatvfsStruct.toUsage(le(b), "/")),
        buffer("struct ethtool_cmd", ethtoolCmd(), b -> EthtoolCmd.decode(le(b))),
        buffer("cpu_set_t", new byte[] {3, 0, 0, 0, 0, 0, 0, 0}, b -> CpuMask.decode(le(b))),
        buffer("sockaddr sa_family", new byte[] {2, 0, 0, 80, 127, 0, 0, 1}, Sockaddr::family));
  }

  /**
   * A status text cut before the context-switch lines (every kernel since 2.6.23 prints them) is
   * malformed data, not an old kernel's missing feature; the message names the missing line.
   */
  @Test
  void ctxSwitchesOfATruncatedStatusIsMalformed() {
    byte[] cut = "Name:\tbash\nState:\tS (sleeping)\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PidStatus.ctxSwitches(cut, cut.length))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("no voluntary_ctxt_switches line");
    byte[] half = "Name:\tbash\nvoluntary_ctxt_switches:\t7\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PidStatus.ctxSwitches(half, half.length))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("no nonvoluntary_ctxt_switches line");
  }

  @Test
  void ctxSwitchesReadsBothLines() {
    byte[] b =
        "Name:\tbash\nvoluntary_ctxt_switches:\t7\nnonvoluntary_ctxt_switches:\t12\n"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(PidStatus.ctxSwitches(b, b.length)).isEqualTo(new CtxSwitches(7, 12));
  }
}
