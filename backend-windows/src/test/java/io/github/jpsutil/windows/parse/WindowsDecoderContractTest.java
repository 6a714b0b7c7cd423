package io.github.jpsutil.windows.parse;

import io.github.jpsutil.testkit.DecoderCase;
import io.github.jpsutil.testkit.DecoderContractTestBase;
import io.github.jpsutil.windows.capture.CaptureDirectory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.function.Function;

/**
 * Every decoder of this backend, fed the Wine capture's buffer (or, where Wine returned none, a
 * buffer laid out by the layout-checked declarations) and its truncations, mutations and garbage:
 * each input decodes or raises MalformedDataException.
 */
class WindowsDecoderContractTest extends DecoderContractTestBase {
  private static final CaptureDirectory CAPTURE = CaptureDirectory.all().findFirst().orElseThrow();

  private static byte[] raw(String file) {
    ByteBuffer b = CAPTURE.raw(file);
    byte[] out = new byte[b.limit()];
    b.get(0, out);
    return out;
  }

  /** The decoders read little-endian; the contract hands in a fresh big-endian wrap. */
  private static DecoderCase le(String name, byte[] sample, Function<ByteBuffer, ?> decode) {
    return DecoderCase.buffer(name, sample, b -> decode.apply(b.order(ByteOrder.LITTLE_ENDIAN)));
  }

  /** One page file of 1000 pages, 250 in use (Wine implements no page-file class). */
  private static byte[] pageFile() {
    ByteBuffer b =
        ByteBuffer.allocate(PageFileInformation.LAYOUT.size()).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(PageFileInformation.TOTAL_SIZE.offset(), 1000);
    b.putInt(PageFileInformation.TOTAL_IN_USE.offset(), 250);
    return b.array();
  }

  /** One all-zero MIB_TCP6ROW_OWNER_PID in LISTEN (2) state: Wine's IPv6 tables are empty. */
  private static byte[] tcp6ListenRow() {
    ByteBuffer b =
        ByteBuffer.allocate(4 + ConnectionTable.TCP6_ROW.size()).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0, 1);
    b.putInt(4 + ConnectionTable.TCP6.state().offset(), 2);
    return b.array();
  }

  /** The C: drive's three counts as drives.tsv holds them, in the acquire layer's order. */
  private static byte[] diskFreeSpace() {
    var c = CAPTURE.tsv("drives.tsv").get(0);
    ByteBuffer b = ByteBuffer.allocate(DiskFreeSpace.SIZE).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(0, Long.parseLong(c.get("freeToCaller")));
    b.putLong(8, Long.parseLong(c.get("total")));
    b.putLong(16, Long.parseLong(c.get("totalFree")));
    return b.array();
  }

  /** LookupAccountSidW's two 16-unit buffers holding the capture's user.txt names. */
  private static byte[] accountNames() {
    var user = CAPTURE.keyValues("user.txt");
    ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
    b.put(
        0, user.get("LookupAccountSid.name").getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    b.put(
        32,
        user.get("LookupAccountSid.domain").getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    return b.array();
  }

  /** The first child's process and system masks as process.tsv holds them. */
  private static byte[] affinityMasks() {
    var row =
        CAPTURE
            .byPid("process.tsv")
            .get(Integer.parseInt(CAPTURE.tsv("children.tsv").get(0).get("pid")));
    ByteBuffer b = ByteBuffer.allocate(AffinityMask.SIZE).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(0, Long.parseUnsignedLong(row.get("affinityMask").substring(2), 16));
    b.putLong(8, Long.parseUnsignedLong(row.get("systemAffinityMask").substring(2), 16));
    return b.array();
  }

  @Override
  protected List<DecoderCase> decoders() {
    long tableAddress = CAPTURE.entry("ntqsi-5-SystemProcessInformation.bin").address();
    long tokenAddress = CAPTURE.entry("child0-TokenUser.bin").address();
    long adaptersAddress = CAPTURE.entry("GetAdaptersAddresses-AF_UNSPEC.bin").address();
    long servicesAddress = CAPTURE.entry("EnumServicesStatusEx.bin").address();
    int serviceCount = (int) CAPTURE.entry("EnumServicesStatusEx.bin").rc();
    return List.of(
        le(
                "SystemProcessInformation.find of every pid",
                raw("ntqsi-5-SystemProcessInformation.bin"),
                b ->
                    java.util.Arrays.stream(SystemProcessInformation.pids(b))
                        .mapToObj(pid -> SystemProcessInformation.find(b, tableAddress, pid))
                        .toList())
            .everyNthTruncation(97),
        le(
                "SystemProcessInformation.ppidMap",
                raw("ntqsi-5-SystemProcessInformation.bin"),
                SystemProcessInformation::ppidMap)
            .everyNthTruncation(97),
        le("PerformanceInformation", raw("GetPerformanceInfo.bin"), PerformanceInformation::decode),
        le("PageFileInformation", pageFile(), PageFileInformation::usagePercent),
        le(
            "ProcessorPerformanceInformation",
            raw("ntqsi-8-SystemProcessorPerformanceInformation.bin"),
            ProcessorPerformanceInformation::decode),
        le("SystemTimes", raw("GetSystemTimes.bin"), b -> SystemTimes.decode(b, List.of())),
        le(
            "TimeOfDayInformation",
            raw("ntqsi-3-SystemTimeOfDayInformation.bin"),
            TimeOfDayInformation::bootTime),
        le(
            "ConnectionTable TCP4",
            raw("GetExtendedTcpTable-AF_INET-OWNER_PID_ALL.bin"),
            b -> ConnectionTable.decode(ConnectionTable.TCP4, b)),
        le(
            "ConnectionTable UDP4",
            raw("GetExtendedUdpTable-AF_INET-OWNER_PID.bin"),
            b -> ConnectionTable.decode(ConnectionTable.UDP4, b)),
        le(
            "ConnectionTable TCP6 (one row)",
            tcp6ListenRow(),
            b -> ConnectionTable.decode(ConnectionTable.TCP6, b)),
        le("DiskFreeSpace", diskFreeSpace(), DiskFreeSpace::usage),
        le("SystemPowerStatus", raw("GetSystemPowerStatus.bin"), SystemPowerStatus::battery),
        le(
            "ProcessParameters environment",
            raw("child0-process-parameters.bin"),
            ProcessParameters::environment),
        le("ProcessText environ", raw("child0-environment.bin"), ProcessText::environ),
        le("ProcessText cmdline", raw("child0-cmdline.bin"), ProcessText::cmdline),
        le(
            "LogicalProcessorInformation logical",
            raw("GetLogicalProcessorInformationEx-RelationAll.bin"),
            LogicalProcessorInformation::logicalProcessors),
        le(
            "TokenUser.sid + sidString",
            raw("child0-TokenUser.bin"),
            b -> TokenUser.sidString(TokenUser.sid(b, tokenAddress))),
        le("TokenUser.account", accountNames(), TokenUser::account),
        le(
                "AdapterAddresses",
                raw("GetAdaptersAddresses-AF_UNSPEC.bin"),
                b -> AdapterAddresses.decode(b, adaptersAddress))
            .everyNthTruncation(61),
        le(
            "CpuStatistics.stats",
            raw("ntqsi-2-SystemPerformanceInformation.bin"),
            b ->
                CpuStatistics.stats(
                    b,
                    ByteBuffer.wrap(raw("ntqsi-8-SystemProcessorPerformanceInformation.bin"))
                        .order(ByteOrder.LITTLE_ENDIAN))),
        le(
            "CpuStatistics.frequencies",
            raw("CallNtPowerInformation-ProcessorInformation.bin"),
            CpuStatistics::frequencies),
        le("Drives.roots", raw("GetLogicalDriveStrings.bin"), Drives::roots),
        le("InterfaceTable", raw("GetIfTable2.bin"), InterfaceTable::decode).everyNthTruncation(97),
        le(
            "AffinityMask",
            affinityMasks(),
            b -> List.of(AffinityMask.process(b), AffinityMask.system(b))),
        le(
            "LogicalProcessorInformation cores",
            raw("GetLogicalProcessorInformationEx-RelationAll.bin"),
            LogicalProcessorInformation::physicalCores),
        le(
                "ServiceList",
                raw("EnumServicesStatusEx.bin"),
                b -> ServiceList.decode(b, servicesAddress, serviceCount))
            .everyNthTruncation(61),
        le(
            "ServiceConfig",
            raw("svc-1-config.bin"),
            b -> ServiceConfig.decode(b, CAPTURE.entry("svc-1-config.bin").address())),
        le(
            "ServiceDescription",
            raw("svc-1-description.bin"),
            b -> ServiceDescription.decode(b, CAPTURE.entry("svc-1-description.bin").address())),
        le("ServiceStatus", raw("svc-1-status.bin"), b -> ServiceStatus.decode(b, 0)),
        le(
                "HeapSummary",
                raw("heap-after-HeapWalk.bin"),
                b ->
                    HeapSummary.decode(
                        CAPTURE.raw("heap-after-GetProcessHeaps.bin"),
                        b,
                        CAPTURE.raw("heap-after-VirtualQuery.bin")))
            .everyNthTruncation(97),
        le(
            "SessionInformation.userName",
            raw("WTSQuerySessionInformation-WTSUserName.bin"),
            SessionInformation::userName),
        le("SessionInformation.host", clientAddress(), SessionInformation::host),
        le("SessionInformation.connectTime", sessionInfo(), SessionInformation::connectTime),
        le("CounterValue", counterValue(), CounterValue::decode),
        // disk_io_counters, memory_maps, memory_footprint, open_files.
        le("DiskPerformance", diskPerformance(), DiskPerformance::counters),
        le("WorkingSet", workingSet(), WorkingSet::privatePages),
        le(
            "MemoryRegion walk",
            raw("self-VirtualQueryEx.bin"),
            b -> {
              for (int at = 0; at + MemoryRegion.LAYOUT.size() <= b.limit(); at += 48) {
                MemoryRegion.decode(b, at);
              }
              return b;
            }),
        le(
                "HandleTable",
                raw("ntqsi-64-SystemExtendedHandleInformation.bin"),
                b -> HandleTable.handlesOf(b, 4))
            .everyNthTruncation(97),
        le(
            "ObjectInformation.name",
            raw("ntqo-1-ObjectNameInformation.bin"),
            b ->
                ObjectInformation.name(
                    b, CAPTURE.entry("ntqo-1-ObjectNameInformation.bin").address())));
  }

  /** An IPv4 WTS_CLIENT_ADDRESS (Wine fails the class): 10.0.0.7 two bytes into Address. */
  private static byte[] clientAddress() {
    ByteBuffer b = ByteBuffer.allocate(SessionInformation.CLIENT_ADDRESS.size());
    b.order(ByteOrder.LITTLE_ENDIAN).putInt(0, 2).put(6, (byte) 10).put(9, (byte) 7);
    return b.array();
  }

  /** A WTSINFOW with only ConnectTime set, the Unix epoch (Wine fails the class). */
  private static byte[] sessionInfo() {
    ByteBuffer b =
        ByteBuffer.allocate(SessionInformation.INFO.size()).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(SessionInformation.CONNECT_TIME.offset(), FileTime.UNIX_EPOCH);
    return b.array();
  }

  /** A valid PDH_FMT_COUNTERVALUE of 3.0 (Wine's PDH has no queue-length counter). */
  private static byte[] counterValue() {
    ByteBuffer b = ByteBuffer.allocate(CounterValue.LAYOUT.size()).order(ByteOrder.LITTLE_ENDIAN);
    b.putDouble(CounterValue.DOUBLE_VALUE.offset(), 3.0);
    return b.array();
  }

  /** A DISK_PERFORMANCE (Wine's ioctl fails): 1 MiB read in 3 reads, 2.5 ms. */
  private static byte[] diskPerformance() {
    ByteBuffer b =
        ByteBuffer.allocate(DiskPerformance.LAYOUT.size()).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(DiskPerformance.BYTES_READ.offset(), 1 << 20);
    b.putLong(DiskPerformance.READ_TIME.offset(), 25_000);
    b.putInt(DiskPerformance.READ_COUNT.offset(), 3);
    return b.array();
  }

  /** A working set of two pages, one shared by 2 (Wine fails the class). */
  private static byte[] workingSet() {
    ByteBuffer b = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(0, 2).putLong(8, 0x1000_0004L).putLong(16, 0x2000_0144L);
    return b.array();
  }
}
