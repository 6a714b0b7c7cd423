package io.github.jpsutil.sunos.acquire;

import io.github.jpsutil.posix.NativeErrors;
import io.github.jpsutil.posix.Statvfs;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.sunos.parse.CpuStat;
import io.github.jpsutil.sunos.parse.IfaddrsNode;
import io.github.jpsutil.sunos.parse.KstatHeader;
import io.github.jpsutil.sunos.parse.KstatNamed;
import io.github.jpsutil.sunos.parse.Lifreq;
import io.github.jpsutil.sunos.parse.StatvfsT;
import io.github.jpsutil.sunos.parse.SwapTable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fake illumos for {@link SunOsNative}: a memory image holding a {@code kstat_ctl_t} and a chain
 * of {@code kstat_t} headers laid out by the backend's own {@code CStruct} declarations (which
 * {@code IllumosLayoutTableTest} holds against the cited offset table), {@code sysconf} values,
 * swap devices, and failures injected as errno values.
 */
public final class FakeSunOsNative implements SunOsNative {
  /** errno values as illumos {@code sys/errno.h} numbers them. */
  public static final int EACCES = 13;

  public static final int ENOMEM = 12;
  public static final int EIO = 5;
  public static final int EPERM = 1;
  public static final int ESRCH = 3;
  public static final int ENOENT = 2;
  public static final int ENXIO = 6;

  /** {@code KSTAT_TYPE_RAW} ({@code sys/kstat.h}); the backend reads raw kstats by name only. */
  private static final int KSTAT_TYPE_RAW = 0;

  private final TreeMap<Long, byte[]> memory = new TreeMap<>();
  private final Map<Long, Long> dataOfHeader = new HashMap<>();
  private final Map<Integer, Long> sysconf = new HashMap<>();
  private final List<long[]> swapDevices = new ArrayList<>();
  private final Map<String, Integer> failures = new LinkedHashMap<>();
  private long nextAddress = 0x7000_0000L;
  private long kc;
  private long lastHeader;
  private long[] pendingDevice;
  private final List<String> calls = new ArrayList<>();
  private final Map<String, long[]> statvfs = new HashMap<>();
  private final List<ByteBuffer> utmpx = new ArrayList<>();
  private int errno;
  private final Map<String, long[]> lifs = new HashMap<>();
  private final List<Long> ifaddrs = new ArrayList<>();
  private final Map<Long, String> strings = new HashMap<>();
  private long ifaddrsHead;
  private boolean freed = true;
  private final FakeMibStream mib = new FakeMibStream();

  /** Sets what {@code sysconf(name)} returns. */
  public FakeSunOsNative sysconf(int name, long value) {
    sysconf.put(name, value);
    return this;
  }

  /** A swap device of {@code pages} pages, {@code free} of them free. */
  public FakeSunOsNative swapDevice(long pages, long free) {
    swapDevices.add(new long[] {pages, free});
    return this;
  }

  /**
   * Makes the next call named {@code call} ({@code kstat_open}, {@code kstat_read}, {@code
   * swapctl(SC_GETNSWP)}, {@code swapctl(SC_LIST)}, {@code kill}, {@code setpriority}, {@code
   * statvfs <path>}, {@code SIOCGLIFFLAGS <name>}, {@code SIOCGLIFMTU <name>}, {@code getifaddrs})
   * fail once with {@code errno}.
   */
  public FakeSunOsNative failOnce(String call, int errno) {
    failures.put(call, errno);
    return this;
  }

  /** Appends a kstat to the chain; its data is handed out by {@code kstat_read}. */
  public FakeSunOsNative kstat(
      String module, int instance, String name, int type, int ndata, ByteBuffer data) {
    return kstat(module, instance, name, type, "misc", ndata, data);
  }

  /** A kstat of class {@code ksClass} ({@code disk}, {@code partition}, {@code net} …). */
  public FakeSunOsNative kstat(
      String module,
      int instance,
      String name,
      int type,
      String ksClass,
      int ndata,
      ByteBuffer data) {
    ByteBuffer h = le(KstatHeader.LAYOUT.size());
    putString(h, KstatHeader.KS_MODULE, module);
    h.putInt(KstatHeader.KS_INSTANCE.offset(), instance);
    putString(h, KstatHeader.KS_NAME, name);
    h.put(KstatHeader.KS_TYPE.offset(), (byte) type);
    putString(h, KstatHeader.KS_CLASS, ksClass);
    h.putInt(KstatHeader.KS_NDATA.offset(), ndata);
    h.putLong(KstatHeader.KS_DATA_SIZE.offset(), data.capacity());
    long header = alloc(h);
    dataOfHeader.put(header, alloc(data));
    if (kc == 0) {
      kc = alloc(le(KstatHeader.CTL.size()).putLong(KstatHeader.KC_CHAIN.offset(), header));
    } else {
      ByteBuffer.wrap(memory.get(lastHeader))
          .order(ByteOrder.LITTLE_ENDIAN)
          .putLong(KstatHeader.KS_NEXT.offset(), header);
    }
    lastHeader = header;
    return this;
  }

  /** A named kstat whose entries are integers of {@code KSTAT_DATA_UINT64} (type 4). */
  public FakeSunOsNative namedKstat(String module, int instance, String name, Map<String, Long> v) {
    return namedKstat(module, instance, name, "misc", v);
  }

  /** A named kstat of class {@code ksClass}, entries of {@code KSTAT_DATA_UINT64}. */
  public FakeSunOsNative namedKstat(
      String module, int instance, String name, String ksClass, Map<String, Long> v) {
    ByteBuffer b = le(v.size() * KstatNamed.LAYOUT.size());
    int base = 0;
    for (Map.Entry<String, Long> e : v.entrySet()) {
      putString(b, KstatNamed.NAME, e.getKey(), base);
      b.put(base + KstatNamed.DATA_TYPE.offset(), (byte) 4);
      b.putLong(base + KstatNamed.VALUE_UI64.offset(), e.getValue());
      base += KstatNamed.LAYOUT.size();
    }
    return kstat(module, instance, name, KstatHeader.TYPE_NAMED, ksClass, v.size(), b);
  }

  /** A raw {@code cpu_stat} kstat for CPU {@code cpu}; {@code counters} by field. */
  public FakeSunOsNative cpuStat(int cpu, Map<CField, Long> counters) {
    ByteBuffer b = le(CpuStat.LAYOUT.size());
    counters.forEach((f, value) -> b.putInt(f.offset(), (int) (long) value));
    return kstat("cpu_stat", cpu, "cpu_stat" + cpu, KSTAT_TYPE_RAW, 1, b);
  }

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static void putString(ByteBuffer b, CField f, String s) {
    putString(b, f, s, 0);
  }

  private static void putString(ByteBuffer b, CField f, String s, int base) {
    byte[] bytes = s.getBytes(StandardCharsets.US_ASCII);
    if (bytes.length >= f.width()) {
      throw new IllegalArgumentException(s + " does not fit " + f);
    }
    b.put(base + f.offset(), bytes);
  }

  private long alloc(ByteBuffer content) {
    long at = nextAddress;
    byte[] bytes = new byte[content.capacity()];
    content.get(0, bytes);
    memory.put(at, bytes);
    nextAddress += (bytes.length + 0xFFF) & ~0xFFFL; // page-aligned regions, never adjacent
    nextAddress += 0x1000;
    return at;
  }

  private boolean failing(String call) {
    Integer e = failures.remove(call);
    if (e != null) {
      errno = e;
      return true;
    }
    return false;
  }

  @Override
  public long kstatOpen() {
    if (failing("kstat_open")) {
      return 0;
    }
    if (kc == 0) {
      kc = alloc(le(KstatHeader.CTL.size())); // an empty chain
    }
    return kc;
  }

  @Override
  public int kstatRead(long kc, long ksp) {
    if (kc != this.kc || !dataOfHeader.containsKey(ksp)) {
      throw new AssertionError("kstat_read on an unknown kstat_ctl_t or kstat_t");
    }
    if (failing("kstat_read")) {
      return -1;
    }
    ByteBuffer.wrap(memory.get(ksp))
        .order(ByteOrder.LITTLE_ENDIAN)
        .putLong(KstatHeader.KS_DATA.offset(), dataOfHeader.get(ksp));
    return 1;
  }

  @Override
  public void kstatClose(long kc) {
    if (kc != this.kc) {
      throw new AssertionError("kstat_close on an unknown kstat_ctl_t");
    }
  }

  /** Like dereferencing a pointer: fails outside the regions the fake handed out. */
  @Override
  public ByteBuffer peek(long address, int length) {
    Map.Entry<Long, byte[]> region = memory.floorEntry(address);
    if (region == null || address - region.getKey() + length > region.getValue().length) {
      throw new AssertionError("read of " + length + " bytes at 0x" + Long.toHexString(address));
    }
    int from = (int) (address - region.getKey());
    byte[] out = new byte[length];
    System.arraycopy(region.getValue(), from, out, 0, length);
    return ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** As posix {@code Sysconf.get}: a name without a positive value (unset here) is an error. */
  @Override
  public long sysconf(int name, String what) {
    long v = sysconf.getOrDefault(name, -1L);
    if (v <= 0) {
      throw new IllegalStateException("sysconf(" + what + ") returned " + v);
    }
    return v;
  }

  @Override
  public int swapCount() {
    if (failing("swapctl(SC_GETNSWP)")) {
      return -1;
    }
    int count = swapDevices.size();
    if (pendingDevice != null) {
      swapDevices.add(pendingDevice);
      pendingDevice = null;
    }
    return count;
  }

  /** As swapctl(2): ENOMEM when {@code swt_n} is smaller than the number of devices. */
  @Override
  public int swapList(int slots, ByteBuffer table) {
    if (failing("swapctl(SC_LIST)")) {
      return -1;
    }
    if (slots < swapDevices.size()) {
      errno = ENOMEM;
      return -1;
    }
    table.putInt(SwapTable.SWT_N.offset(), slots);
    for (int i = 0; i < swapDevices.size(); i++) {
      int base = SwapTable.entryOffset(i);
      table.putLong(base + SwapTable.STE_PAGES.offset(), swapDevices.get(i)[0]);
      table.putLong(base + SwapTable.STE_FREE.offset(), swapDevices.get(i)[1]);
    }
    return swapDevices.size();
  }

  /** Adds a swap device the next time the device count is read (a race with swap -a). */
  public FakeSunOsNative addDeviceAfterCount(long pages, long free) {
    pendingDevice = new long[] {pages, free};
    return this;
  }

  /** A file system at {@code path}: {@code statvfs} gives these counts of {@code frsize} blocks. */
  public FakeSunOsNative fileSystem(
      String path, long frsize, long blocks, long bfree, long bavail) {
    statvfs.put(path, new long[] {frsize, blocks, bfree, bavail});
    return this;
  }

  /** As posix {@code Statvfs.query}: ENOENT for an unknown path, a failure as its errno. */
  @Override
  public ByteBuffer statvfs(String path, int size) {
    long[] fs = statvfs.get(path);
    if (fs == null) {
      throw Statvfs.failure(path, ENOENT);
    }
    if (failing("statvfs " + path)) {
      throw Statvfs.failure(path, errno);
    }
    ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.nativeOrder());
    out.putLong(StatvfsT.F_FRSIZE.offset(), fs[0]);
    out.putLong(StatvfsT.F_BLOCKS.offset(), fs[1]);
    out.putLong(StatvfsT.F_BFREE.offset(), fs[2]);
    out.putLong(StatvfsT.F_BAVAIL.offset(), fs[3]);
    return out;
  }

  /** Appends a utmpx record (a {@code struct utmpx} buffer). */
  public FakeSunOsNative utmpx(ByteBuffer record) {
    utmpx.add(record);
    return this;
  }

  @Override
  public List<ByteBuffer> utmpx() {
    return utmpx.stream().map(b -> b.duplicate().order(ByteOrder.LITTLE_ENDIAN)).toList();
  }

  /** The signals and nice values sent, in order ({@code "kill 812 15"}, {@code "nice 812 5"}). */
  public List<String> calls() {
    return List.copyOf(calls);
  }

  /** As posix {@code ProcessSignals.kill}: a failure's errno translated. */
  @Override
  public void kill(int pid, int signum) {
    calls.add("kill " + pid + " " + signum);
    if (failing("kill")) {
      throw NativeErrors.translate(errno, "kill", pid);
    }
  }

  /** As posix {@code Priorities.setNice}: a failure's errno translated. */
  @Override
  public void setpriority(int pid, int nice) {
    calls.add("nice " + pid + " " + nice);
    if (failing("setpriority")) {
      throw NativeErrors.translate(errno, "setpriority", pid);
    }
  }

  /**
   * An IP interface: {@code SIOCGLIFFLAGS} gives {@code flags}, {@code SIOCGLIFMTU} {@code mtu}.
   */
  public FakeSunOsNative lif(String name, long flags, int mtu) {
    lifs.put(name, new long[] {flags, mtu});
    return this;
  }

  /** As the kernel: ENXIO for a name no IP interface has. */
  @Override
  public int lifIoctl(long request, ByteBuffer lifreq) {
    String name = Lifreq.LIFR_NAME.cString(lifreq);
    long[] lif = lifs.get(name);
    String call = (request == Lifreq.SIOCGLIFMTU ? "SIOCGLIFMTU " : "SIOCGLIFFLAGS ") + name;
    if (lif == null || failing(call)) {
      errno = lif == null ? ENXIO : errno;
      return -1;
    }
    if (request == Lifreq.SIOCGLIFFLAGS) {
      lifreq.putLong(Lifreq.LIFR_FLAGS.offset(), lif[0]);
    } else if (request == Lifreq.SIOCGLIFMTU) {
      lifreq.putInt(Lifreq.LIFR_MTU.offset(), (int) lif[1]);
    } else {
      throw new AssertionError("unexpected ioctl 0x" + Long.toHexString(request));
    }
    return 0;
  }

  /**
   * Appends a {@code struct ifaddrs} node; each sockaddr a buffer (null for a NULL pointer). Laid
   * out with the backend's declarations, as the kstat chain.
   */
  public FakeSunOsNative ifaddr(
      String name, long flags, ByteBuffer addr, ByteBuffer netmask, ByteBuffer broadOrDst) {
    ByteBuffer n = le(IfaddrsNode.LAYOUT.size());
    n.putLong(IfaddrsNode.IFA_NAME.offset(), allocString(name));
    n.putLong(IfaddrsNode.IFA_FLAGS.offset(), flags);
    n.putLong(IfaddrsNode.IFA_ADDR.offset(), addr == null ? 0 : alloc(addr));
    n.putLong(IfaddrsNode.IFA_NETMASK.offset(), netmask == null ? 0 : alloc(netmask));
    n.putLong(IfaddrsNode.IFA_IFU.offset(), broadOrDst == null ? 0 : alloc(broadOrDst));
    long node = alloc(n);
    if (ifaddrs.isEmpty()) {
      ifaddrsHead = node;
    } else {
      ByteBuffer.wrap(memory.get(ifaddrs.get(ifaddrs.size() - 1)))
          .order(ByteOrder.LITTLE_ENDIAN)
          .putLong(IfaddrsNode.IFA_NEXT.offset(), node);
    }
    ifaddrs.add(node);
    return this;
  }

  private long allocString(String s) {
    byte[] b = (s + "\0").getBytes(StandardCharsets.UTF_8);
    long at = alloc(ByteBuffer.wrap(b));
    strings.put(at, s);
    return at;
  }

  @Override
  public int getifaddrs(long[] head) {
    if (failing("getifaddrs")) {
      return -1;
    }
    freed = ifaddrsHead == 0; // a NULL list is never freed
    head[0] = ifaddrsHead;
    return 0;
  }

  @Override
  public void freeifaddrs(long list) {
    if (list != ifaddrsHead || freed) {
      throw new AssertionError("freeifaddrs of an unknown or freed list");
    }
    freed = true;
  }

  /** Whether the last list getifaddrs handed out was freed. */
  public boolean ifaddrsFreed() {
    return freed;
  }

  @Override
  public String cString(long address) {
    String s = strings.get(address);
    if (s == null) {
      throw new AssertionError("no string at 0x" + Long.toHexString(address));
    }
    return s;
  }

  /** A MIB-II table the {@code /dev/arp} stream hands up: {@code rows} of level/name. */
  public FakeSunOsNative mibTable(long level, long name, byte[] rows) {
    mib.table(level, name, rows);
    return this;
  }

  /** The stream answers the request with a {@code T_ERROR_ACK} carrying {@code unixErrno}. */
  public FakeSunOsNative mibErrorAck(int unixErrno) {
    mib.errorAck(unixErrno);
    return this;
  }

  /** Whether the MIB stream is open (it must be closed after every read). */
  public boolean mibStreamIsOpen() {
    return mib.open;
  }

  @Override
  public int mibStreamOpen() {
    if (failing("open /dev/arp")) {
      return -1;
    }
    mib.open = true;
    return FakeMibStream.FD;
  }

  @Override
  public int putmsg(int fd, ByteBuffer ctl) {
    return failing("putmsg") ? -1 : mib.putmsg(ctl);
  }

  @Override
  public int getmsg(int fd, ByteBuffer ctl, ByteBuffer data, int[] lens) {
    return failing("getmsg") ? -1 : mib.getmsg(ctl, data, lens);
  }

  @Override
  public void close(int fd) {
    if (fd != FakeMibStream.FD || !mib.open) {
      throw new AssertionError("close of an fd that is not open: " + fd);
    }
    mib.open = false;
  }

  @Override
  public int errno() {
    return errno;
  }
}
