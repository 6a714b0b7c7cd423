package io.github.jpsutil.freebsd.parse;

import static io.github.jpsutil.freebsd.layout.TableStructs.concat;
import static io.github.jpsutil.freebsd.layout.TableStructs.kinfoFile;
import static io.github.jpsutil.freebsd.layout.TableStructs.kinfoProc;
import static io.github.jpsutil.freebsd.layout.TableStructs.kinfoVmentry;
import static io.github.jpsutil.freebsd.layout.TableStructs.le;
import static io.github.jpsutil.freebsd.layout.TableStructs.rlimit;
import static io.github.jpsutil.freebsd.layout.TableStructs.statfs;
import static io.github.jpsutil.freebsd.layout.TableStructs.statvfs;
import static io.github.jpsutil.freebsd.layout.TableStructs.utmpx;

import io.github.jpsutil.freebsd.layout.LayoutTable;
import io.github.jpsutil.spi.NetIfAddrs;
import io.github.jpsutil.testkit.DecoderCase;
import io.github.jpsutil.testkit.DecoderContractTestBase;
import io.github.jpsutil.unix.DiskUsageFormula;
import io.github.jpsutil.unix.UtmpxUsers;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Every FreeBSD decoder, fed truncated, mutated and random copies of a valid sample laid out by the
 * cited table: each must decode or raise MalformedDataException.
 */
class FreeBsdDecoderContractTest extends DecoderContractTestBase {
  private static final LayoutTable T = LayoutTable.amd64();

  private static byte[] bytes(ByteBuffer b) {
    byte[] out = new byte[b.limit()];
    b.get(0, out);
    return out;
  }

  /** The acquire layer hands decoders native-order (amd64: little-endian) buffers. */
  private static DecoderCase amd64(String name, ByteBuffer sample, Function<ByteBuffer, ?> d) {
    return DecoderCase.bytes(
        name, bytes(sample), b -> d.apply(ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN)));
  }

  private static ByteBuffer text(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return le(b.length).put(0, b);
  }

  @Override
  protected List<DecoderCase> decoders() {
    ByteBuffer loadavg = le(24);
    T.put(loadavg, 0, "struct loadavg", "ldavg[0]", 1024);
    T.put(loadavg, 0, "struct loadavg", "fscale", 2048);
    ByteBuffer xswdev = le(32);
    T.put(xswdev, 0, "struct xswdev", "xsw_version", 2);
    T.put(xswdev, 0, "struct xswdev", "xsw_nblks", 100);
    T.put(xswdev, 0, "struct xswdev", "xsw_used", 7);
    ByteBuffer proc = kinfoProc(42, 1, "sh", 3, 0, 100_001, 1_500_000);
    ByteBuffer files =
        concat(kinfoFile(-1, 1, 2, "/home/u"), kinfoFile(3, 1, 1, "/var/log/messages"));
    String topology =
        "<groups><group level=\"1\"><cpu count=\"2\">0, 1</cpu><children>"
            + "<group level=\"2\"><cpu count=\"2\">0, 1</cpu></group></children></group></groups>";
    return List.of(
        amd64("kinfo_proc", proc, b -> KinfoProc.decode(b, 0)).everyNthTruncation(16),
        amd64("kinfo_proc array", concat(proc, proc), KinfoProc::decodeAll).everyNthTruncation(32),
        amd64("kinfo_file array", files, KinfoFile::decodeAll).everyNthTruncation(8),
        amd64(
                "kinfo_vmentry array",
                concat(
                    kinfoVmentry(2, 0x400000, 0x401000, 5, 1, 0, "/bin/sh"),
                    kinfoVmentry(1, 0x800000000L, 0x800200000L, 3, 12, 12, "")),
                b -> KinfoVmentry.regions(b, 4096))
            .everyNthTruncation(8),
        amd64(
            "NET_RT_IFLIST",
            concat(
                io.github.jpsutil.freebsd.layout.TableStructs.ifinfo("em0", 1),
                io.github.jpsutil.freebsd.layout.TableStructs.newaddr(64)),
            IfMsghdr::ioCounters),
        amd64(
                "kern.devstat.all",
                concat(le(8), io.github.jpsutil.freebsd.layout.TableStructs.devstat("ada", 0, 9)),
                Devstat::ioCounters)
            .everyNthTruncation(8),
        amd64(
            "ifreq/ifmediareq",
            concat(le(32).putInt(16, 1500), le(32).putShort(16, (short) 0x8843), le(48)),
            b ->
                IfRequests.stats(
                    b.slice(0, Math.min(32, b.limit())).order(b.order()),
                    b.slice(Math.min(32, b.limit()), Math.max(0, Math.min(32, b.limit() - 32)))
                        .order(b.order()),
                    b.limit() > 64 ? b.slice(64, b.limit() - 64).order(b.order()) : null)),
        amd64(
            "getifaddrs sockaddr",
            io.github.jpsutil.freebsd.layout.TableStructs.sockaddrIn6(new byte[16], 3),
            b ->
                SockaddrText.ifAddrs(
                    List.of(
                        new NetIfAddrs.Entry(
                            "em0",
                            0x12,
                            java.util.Optional.of(b),
                            java.util.Optional.of(b),
                            java.util.Optional.of(b))),
                    i -> "em0")),
        amd64(
                "net.inet.tcp.pcblist",
                io.github.jpsutil.freebsd.layout.TableStructs.pcblist(
                    io.github.jpsutil.freebsd.layout.TableStructs.xtcpcb(
                        2, 6, 22, new byte[4], 0, new byte[4], 4)),
                TcpPcbList::decode)
            .everyNthTruncation(16),
        amd64(
                "kinfo_file sockets",
                concat(
                    io.github.jpsutil.freebsd.layout.TableStructs.kinfoFileSocket(
                        3,
                        2,
                        1,
                        6,
                        io.github.jpsutil.freebsd.layout.TableStructs.sockaddrIn(1, 2, 3, 4),
                        le(16)),
                    io.github.jpsutil.freebsd.layout.TableStructs.kinfoFileSocket(
                        4, 1, 2, 0, le(16).put(0, (byte) 9), le(16))),
                b ->
                    ProcSockets.connections(
                        KinfoFile.decodeAll(b), io.github.jpsutil.api.ConnectionKind.ALL, List::of))
            .everyNthTruncation(8),
        amd64(
                "kern.file",
                concat(
                    io.github.jpsutil.freebsd.layout.TableStructs.xfile(1, 3, 7),
                    io.github.jpsutil.freebsd.layout.TableStructs.xfile(2, 4, 8)),
                SysSockets::owners)
            .everyNthTruncation(8),
        amd64(
                "net.local.stream.pcblist",
                io.github.jpsutil.freebsd.layout.TableStructs.unixPcblist(
                    io.github.jpsutil.freebsd.layout.TableStructs.xunpcb("/tmp/s", 7)),
                b ->
                    SysSockets.unix(
                        b,
                        io.github.jpsutil.api.SocketType.STREAM,
                        java.util.Map.of(7L, new SysSockets.Owner(1, 3))))
            .everyNthTruncation(16),
        amd64(
                "net.inet.udp.pcblist",
                io.github.jpsutil.freebsd.layout.TableStructs.pcblist(
                    io.github.jpsutil.freebsd.layout.TableStructs.xinpcb(
                        2, 53, new byte[4], 0, new byte[4], 7, 1)),
                b ->
                    SysSockets.inet(
                        b,
                        false,
                        io.github.jpsutil.api.ConnectionKind.ALL,
                        java.util.Map.of(7L, new SysSockets.Owner(1, 3))))
            .everyNthTruncation(16),
        amd64("cpuset_t", le(32).putLong(0, 5), CpuSetMask::cpus),
        amd64("KERN_PROC_RLIMIT", rlimit(1024, 4096), Rlimits::decode),
        amd64(
            "getutxent",
            utmpx(4, "alice", "pts/0", "", 1_700_000_100L, 0, 901),
            b -> UtmpxUsers.users(Utmpx.FIELDS, List.of(b))),
        amd64("KERN_PROC_ARGS", text("sh\0-c\0echo hi\0"), ProcArgs::strings),
        amd64("KERN_PROC_ENV", text("A=1\0B=x=y\0C\0"), ProcArgs::environ),
        amd64("kern.cp_time", le(40).putLong(0, 128), CpTime::decode),
        amd64("kern.cp_times", le(80).putLong(40, 256), CpTime::decodeArray),
        amd64("vm.loadavg", loadavg, LoadAvg::decode),
        amd64("vm.vmtotal", le(88), VmTotal::decode),
        amd64("vm.swap_info.N", xswdev, Xswdev::decode),
        amd64("kern.boottime", le(16).putLong(0, 1_700_000_000L), Timeval::bootTime),
        amd64("u_int sysctl", le(4).putInt(0, 7), b -> SysctlNumber.unsigned(b, "x")),
        amd64("int sysctl", le(4).putInt(0, 3231), b -> SysctlNumber.signedInt(b, "x")),
        amd64("getfsstat", statfs("/dev/ada0p2", "/", "ufs", 0x1000), Statfs::partitions)
            .everyNthTruncation(64),
        amd64(
            "statvfs",
            statvfs(4096, 100, 50, 40),
            b -> DiskUsageFormula.of(StatvfsUsage.FIELDS, b, "/")),
        DecoderCase.text(
            "kern.sched.topology_spec", topology, s -> CpuTopology.physicalCores(s, 2)),
        DecoderCase.text("freq_levels", "2000/1 800/1", s -> CpuFreqLevels.decode(2000, s)),
        DecoderCase.bytes(
            "dev.cpu.N.temperature",
            bytes(le(8).putInt(0, 3231).putInt(4, 3731)),
            b -> {
              ByteBuffer x = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
              return AcpiSensors.coreTemperature(
                  0,
                  SysctlNumber.signedInt(x.slice(0, Math.min(4, b.length)), "t"),
                  OptionalLong.of(b.length >= 8 ? x.getInt(4) : 0));
            }),
        DecoderCase.bytes(
            "hw.acpi.battery",
            bytes(le(12).putInt(0, 80).putInt(4, 60).putInt(8, 0)),
            b -> {
              ByteBuffer x = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
              if (b.length != 12) {
                throw new io.github.jpsutil.api.MalformedDataException("3 ints: " + b.length);
              }
              return AcpiSensors.battery(x.getInt(0), x.getInt(4), x.getInt(8));
            }));
  }
}
