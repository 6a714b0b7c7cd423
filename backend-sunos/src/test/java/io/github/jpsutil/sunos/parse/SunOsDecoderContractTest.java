package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.testkit.DecoderCase;
import io.github.jpsutil.testkit.DecoderContractTestBase;
import io.github.jpsutil.unix.DiskUsageFormula;
import io.github.jpsutil.unix.UtmpxUsers;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Every SunOS decoder under the decoder contract: truncations, mutations and garbage of a valid
 * sample either decode or raise MalformedDataException, never anything else.
 */
class SunOsDecoderContractTest extends DecoderContractTestBase {
  private static DecoderCase le(String name, ByteBuffer sample, Function<ByteBuffer, ?> decode) {
    byte[] bytes = new byte[sample.limit()];
    sample.get(0, bytes);
    return DecoderCase.buffer(name, bytes, b -> decode.apply(b.order(ByteOrder.LITTLE_ENDIAN)));
  }

  private static ByteBuffer kstatHeader() {
    ByteBuffer b = ProcStructs.le(KstatHeader.LAYOUT.size());
    b.put(KstatHeader.KS_MODULE.offset(), "cpu_stat".getBytes(StandardCharsets.US_ASCII));
    b.put(KstatHeader.KS_NAME.offset(), "cpu_stat0".getBytes(StandardCharsets.US_ASCII));
    b.putLong(KstatHeader.KS_DATA.offset(), 0x1000);
    b.putLong(KstatHeader.KS_DATA_SIZE.offset(), 380);
    return b;
  }

  private static ByteBuffer named() {
    ByteBuffer b = ProcStructs.le(2 * 48);
    KstatTest.putNamed(b, 0, "boot_time", 4, 1_700_000_000L);
    KstatTest.putNamed(b, 1, "nproc", 1, 77);
    return b;
  }

  private static ByteBuffer swapTable() {
    ByteBuffer b = ProcStructs.le(SwapTable.size(2));
    b.putInt(0, 2);
    b.putLong(SwapTable.entryOffset(0) + 24, 1000).putLong(SwapTable.entryOffset(0) + 32, 10);
    b.putLong(SwapTable.entryOffset(1) + 24, 2000).putLong(SwapTable.entryOffset(1) + 32, 20);
    return b;
  }

  private static ByteBuffer optAck() {
    ByteBuffer b = ProcStructs.le(40).putInt(0, 22).putInt(4, 24).putInt(8, 16).putInt(12, 0x20);
    return b.putLong(16, 262).putLong(24, 13).putLong(32, 68);
  }

  @Override
  protected List<DecoderCase> decoders() {
    byte[] tcp = new Mib2Rows().tcp4("10.0.0.1", 22, "10.0.0.2", 4000, 0, 7).bytes();
    byte[] tcp6 = new Mib2Rows().tcp6("fe80::1", 22, "::", 0, -3, 7).bytes();
    byte[] udp = new Mib2Rows().udp4("0.0.0.0", 53, 7).bytes();
    byte[] udp6 = new Mib2Rows().udp6("::1", 53, 7).bytes();
    ByteBuffer lifreq = Lifreq.request("net0").order(ByteOrder.LITTLE_ENDIAN).putInt(40, 1500);
    ByteBuffer cpuStat = ProcStructs.le(380).putInt(12, 100).putInt(8, 5000);
    ByteBuffer statvfs = ProcStructs.le(136).putLong(8, 512).putLong(16, 1000).putLong(24, 400);
    ByteBuffer io = ProcStructs.le(80).putLong(0, 4096).putInt(16, 3).putLong(48, 2_000_000);
    ByteBuffer utmpx = ProcStructs.le(384).putInt(68, 812).putShort(72, (short) 7);
    utmpx.put(0, "ann".getBytes(StandardCharsets.US_ASCII)).putLong(80, 1_700_000_000L);
    return List.of(
        le("struct utmpx", utmpx, b -> UtmpxUsers.users(Utmpx.FIELDS, List.of(b))),
        le("struct lifreq flags", lifreq.duplicate(), Lifreq::flags),
        le("mib2_tcpConnEntry_t[]", ByteBuffer.wrap(tcp), b -> Mib2Conns.decode(262, 13, b)),
        le("mib2_tcp6ConnEntry_t[]", ByteBuffer.wrap(tcp6), b -> Mib2Conns.decode(270, 14, b)),
        le("mib2_udpEntry_t[]", ByteBuffer.wrap(udp), b -> Mib2Conns.decode(263, 5, b)),
        le("mib2_udp6Entry_t[]", ByteBuffer.wrap(udp6), b -> Mib2Conns.decode(271, 6, b)),
        le("T_optmgmt_ack", optAck(), b -> Tpi.reply(b, b.limit(), Tpi.MOREDATA)),
        le("struct lifreq mtu", lifreq.duplicate(), Lifreq::mtu),
        le(
            "struct ifaddrs",
            ProcStructs.le(56).putLong(8, 0x10).putLong(16, 0x843),
            IfaddrsNode::decode),
        le(
            "sockaddr_in",
            TestSockaddrs.in("10.1.2.3"),
            b -> Sockaddr.text(b, Sockaddr.family(b), "")),
        le(
            "sockaddr_in6",
            TestSockaddrs.in6("fe80::1", 2),
            b -> Sockaddr.text(b, Sockaddr.family(b), "z")),
        le("kstat_io_t", io, KstatIo::decode),
        le(
            "statvfs_t",
            statvfs.putLong(32, 300),
            b -> DiskUsageFormula.of(StatvfsT.FIELDS, b, "/")),
        DecoderCase.text(
            "mnttab",
            "rpool/ROOT/x\t/\tzfs\tdev=1\t1700000000\nproc\t/proc\tproc\tdev=2\t1\n",
            Mnttab::parse),
        le("psinfo_t", ProcStructs.psinfo(9, 1, "sh", "sh -c x", 1, 2, 0x1000, 2), PsInfo::decode),
        le("pstatus_t times", ProcStructs.pstatus(1, 2, 3, 4), PStatus::cpuTimes),
        le("pstatus_t segments", ProcStructs.pstatus(1, 2, 3, 4), PStatus::segments),
        le("prusage_t", ProcStructs.prusage(1, 2, 3, 4), PrUsage::decode),
        le("prcred_t", ProcStructs.prcred(0, 1, 2, 3, 4, 5), PrCred::decode),
        le("lpsinfo", ProcStructs.lpsinfo(3, 1), LpsInfo::firstOnpro),
        le("kstat_t", kstatHeader(), KstatHeader::decode),
        le("kstat_named_t[]", named(), b -> KstatNamed.integer(b, 2, "nproc")),
        le("cpu_stat_t", cpuStat, b -> CpuStat.times(b, 100)),
        le("swaptbl_t", swapTable(), b -> SwapTable.sum(b, 2)),
        le(
            "prxmap_t[]",
            ProcStructs.concat(
                ProcStructs.prxmap(0x1000, 0x1000, "a.out", 5, 4096, 1, 0, 0),
                ProcStructs.prxmap(0x9000, 0x1000, "", 3, 4096, 1, 1, 0)),
            PrXmap::decode),
        le(
            "argv",
            ProcStructs.le(16).putLong(0, 0x10).putLong(8, 0x20),
            b -> ProcessArgs.pointers(b, 2, 8)));
  }
}
