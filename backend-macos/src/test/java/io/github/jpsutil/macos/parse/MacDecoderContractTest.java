package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.spi.NetIfAddrs;
import io.github.jpsutil.testkit.DecoderCase;
import io.github.jpsutil.testkit.DecoderContractTestBase;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Every macOS decoder, fed its valid sample, truncations, mutations and garbage: each input decodes
 * or raises MalformedDataException. Inputs are read little-endian, as both Mac ABIs are.
 */
class MacDecoderContractTest extends DecoderContractTestBase {

  private static DecoderCase le(String name, ByteBuffer sample, Function<ByteBuffer, ?> decode) {
    byte[] bytes = new byte[sample.limit()];
    sample.get(0, bytes);
    return DecoderCase.bytes(
        name, bytes, b -> decode.apply(ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN)));
  }

  private static ByteBuffer two(ByteBuffer one) {
    ByteBuffer b = SystemStructsTest.le(one.limit() * 2);
    b.put(0, one, 0, one.limit()).put(one.limit(), one, 0, one.limit());
    return b;
  }

  @Override
  protected List<DecoderCase> decoders() {
    ByteBuffer ticks = SystemStructsTest.le(32);
    SystemStructsTest.putTicks(ticks, 0, 100, 200, 300, 4);
    SystemStructsTest.putTicks(ticks, 16, 5, 6, 7, 8);
    ByteBuffer loadavg = SystemStructsTest.le(24).putInt(0, 1500).putLong(16, 2048);
    ByteBuffer boottime = SystemStructsTest.le(16).putLong(0, 1_700_000_000L).putInt(8, 12);
    ByteBuffer swap =
        SystemStructsTest.le(32).putLong(0, 2L << 30).putLong(8, 1L << 30).putLong(16, 1L << 30);
    ByteBuffer procargs =
        ProcArgs2Test.area(2, List.of("/bin/sh", "", "sh", "-c", "A=1", "B=2"), new byte[] {0});
    ByteBuffer fds = SystemStructsTest.le(16).putInt(0, 3).putInt(4, 1).putInt(8, 4).putInt(12, 2);
    ByteBuffer cwd = SystemStructsTest.le(2352).put(152, "/tmp".getBytes(StandardCharsets.UTF_8));
    ByteBuffer file = SystemStructsTest.le(1200).put(176, "/a".getBytes(StandardCharsets.UTF_8));
    ByteBuffer utmpx = SystemStructsTest.le(640);
    SessionsAndMountsTest.utmpx(utmpx, 0, 7, "me", "console", ":0", 1_700_000_000L);
    ByteBuffer statfs = SystemStructsTest.le(2168);
    SessionsAndMountsTest.statfs(statfs, 0, 0x5001, "apfs", "/", "/dev/disk3s1");
    ByteBuffer malloc = SystemStructsTest.le(32).putLong(8, 4096);
    ByteBuffer statvfs =
        SystemStructsTest.le(64).putLong(8, 4096).putInt(16, 1000).putInt(20, 600).putInt(24, 550);
    ByteBuffer statvfsAndReply = SystemStructsTest.le(76).put(0, statvfs, 0, 64);
    statvfsAndReply.putInt(64, 12).putLong(68, 300L * 4096);
    IfMsghdr2Test ifl = new IfMsghdr2Test();
    ByteBuffer threadInfo = SystemStructsTest.le(112).putLong(0, 1_500_000_000L).putLong(8, 7);
    return List.of(
        le("kinfo_proc", KinfoProcTest.one(2, 0x4004, 0x1), b -> KinfoProc.decode(b, 0).status()),
        le("kinfo_proc[]", two(KinfoProcTest.one(5, 0, 0)), KinfoProc::decodeAll)
            .everyNthTruncation(16),
        le("proc_taskallinfo", ProcTaskAllInfoTest.sample(), ProcTaskInfo::ofTaskAllInfo),
        le("host_cpu_load_info", ticks.slice(0, 16), b -> CpuLoadInfo.decode(b, 100)),
        le("processor_cpu_load_info[]", ticks, b -> CpuLoadInfo.decodeArray(b, 2, 100)),
        le("loadavg", loadavg, LoadAvg::decode),
        le("kern.boottime", boottime, Timeval::bootTime),
        le(
            "vm_statistics64",
            SystemStructsTest.vmStats(),
            b -> VmStatistics64.decode(b).virtualMemory(16L << 30, 16_384)),
        le(
            "xsw_usage",
            swap,
            b ->
                XswUsage.decode(b)
                    .swapMemory(VmStatistics64.decode(SystemStructsTest.vmStats()), 16_384)),
        le("KERN_PROCARGS2", procargs, ProcArgs2::decode),
        le("proc_fdinfo[]", fds, ProcFdInfo::decodeAll),
        le("proc_vnodepathinfo", cwd, VnodePaths::cwd).everyNthTruncation(64),
        le("vnode_fdinfowithpath", file, VnodePaths::openFilePath).everyNthTruncation(32),
        le("utmpx", utmpx, Utmpx::users).everyNthTruncation(16),
        le("statfs[]", statfs, Statfs::partitions).everyNthTruncation(64),
        le("malloc_statistics_t", malloc, MallocStatistics::sizeInUse),
        le("statvfs", statvfs, b -> VolumeUsage.of(b, "/", java.util.Optional.empty())),
        le(
            "statvfs + ATTR_VOL_SPACEUSED",
            statvfsAndReply,
            b ->
                VolumeUsage.of(
                    b.slice(0, Math.min(64, b.limit())).order(ByteOrder.LITTLE_ENDIAN),
                    "/",
                    java.util.Optional.of(
                        b.slice(Math.min(64, b.limit()), b.limit() - Math.min(64, b.limit()))
                            .order(ByteOrder.LITTLE_ENDIAN)))),
        le("NET_RT_IFLIST2", ifl.sample(), IfMsghdr2::ioCounters),
        le("proc_threadinfo", threadInfo, b -> ProcThreadInfo.decode(1, b)),
        le("PROC_PIDLISTTHREADS", threadInfo.slice(0, 16), ProcThreadInfo::handles),
        le(
                "socket_fdinfo",
                NetStructsTest.tcp4(),
                b -> SocketFdInfo.decode(3, b, ConnectionKind.ALL, OptionalInt.empty()))
            .everyNthTruncation(64),
        le(
            "ifreq + ifmediareq",
            NetStructsTest.media(0x20 | 16 | 0x0010_0000).putInt(16, 0x8863),
            b -> IfReq.stats(b, b, b)),
        le(
            "getifaddrs sockaddr",
            NetStructsTest.sin6(0xfe80, 4, 0, 0, 0, 0, 0, 1).orElseThrow(),
            b ->
                IfAddrs.addresses(
                    List.of(
                        new NetIfAddrs.Entry(
                            "en0", 0x8863, Optional.of(b), Optional.of(b), Optional.of(b))))),
        le(
                "task_vm_info + rusage_info_v0",
                TaskStructsTest.vmInfo(),
                b -> TaskVmInfo.memoryInfoEx(1, 1, b, b))
            .everyNthTruncation(16),
        le(
            "proc_regioninfo",
            TaskStructsTest.region(0x7FF8_0000_1000L, 0x4000, 1, 3, 4, 1),
            b -> ProcRegionInfo.uss(List.of(b), 0x0100_0007, 4096)),
        le(
            "pmgr voltage-states-sram",
            ByteBuffer.wrap(CpuFrequencyTest.table(600_000_000L, 3_228_000_000L, 4_512_000L)),
            b -> CpuFrequency.appleSilicon(Map.of("voltage-states5-sram", bytesOf(b)))),
        le(
            "HW_CPU_FREQ",
            SystemStructsTest.le(4).putInt(0, (int) 2_600_000_000L),
            b -> CpuFrequency.intel(b, OptionalLong.empty(), OptionalLong.of(3_000_000_000L))));
  }

  private static byte[] bytesOf(ByteBuffer b) {
    byte[] out = new byte[b.limit()];
    b.get(0, out);
    return out;
  }
}
