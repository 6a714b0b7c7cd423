package io.github.jpsutil.linux.parse;

import io.github.jpsutil.spi.Abi;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.util.List;
import java.util.Set;

/**
 * The fixed C structs the Linux backend decodes by offset or maps with JNA, x86_64 glibc, declared
 * once as data: the decoders ({@link StatvfsStruct}, {@link EthtoolCmd}, {@link Sockaddr}, {@link
 * Utmp}, {@link Dirents64}, the ifreq ioctl) read their offsets and sizes from here, and the tests'
 * {@code LinuxLayoutCompileTest} turns every declaration into a C {@code _Static_assert} that the
 * system gcc compiles against glibc's and the kernel's headers. Offsets are the ones glibc's and
 * the kernel's headers give ({@code man 3 statvfs}, {@code man 3 getifaddrs}, {@code man 7 packet},
 * {@code man 5 utmp}, {@code man 3 mallinfo2}, {@code man 2 getdents64}, {@code man 2 prlimit},
 * {@code man 7 netdevice}, {@code linux/ethtool.h}).
 */
public final class LinuxStructs {
  private static final Set<Abi> X86_64 = Set.of(Abi.LINUX_X86_64);

  private LinuxStructs() {}

  public static final CStruct STATVFS =
      CStruct.declare("struct statvfs", 112, X86_64, "sys/statvfs.h");
  public static final CField F_BSIZE = STATVFS.field("f_bsize", 0, CType.UINT64);
  public static final CField F_FRSIZE = STATVFS.field("f_frsize", 8, CType.UINT64);
  public static final CField F_BLOCKS = STATVFS.field("f_blocks", 16, CType.UINT64);
  public static final CField F_BFREE = STATVFS.field("f_bfree", 24, CType.UINT64);
  public static final CField F_BAVAIL = STATVFS.field("f_bavail", 32, CType.UINT64);

  public static final CStruct ETHTOOL_CMD =
      CStruct.declare("struct ethtool_cmd", 44, X86_64, "linux/ethtool.h");
  public static final CField ETHTOOL_CMD_CMD = ETHTOOL_CMD.field("cmd", 0, CType.UINT32);
  public static final CField SPEED = ETHTOOL_CMD.field("speed", 12, CType.UINT16);
  public static final CField DUPLEX = ETHTOOL_CMD.field("duplex", 14, CType.UINT8);
  public static final CField SPEED_HI = ETHTOOL_CMD.field("speed_hi", 28, CType.UINT16);

  public static final CStruct SOCKADDR_IN =
      CStruct.declare("struct sockaddr_in", 16, X86_64, "netinet/in.h");
  public static final CField SIN_FAMILY = SOCKADDR_IN.field("sin_family", 0, CType.UINT16);
  public static final CField SIN_ADDR = SOCKADDR_IN.array("sin_addr", 4, CType.BYTES, 4);

  public static final CStruct SOCKADDR_IN6 =
      CStruct.declare("struct sockaddr_in6", 28, X86_64, "netinet/in.h");
  public static final CField SIN6_FAMILY = SOCKADDR_IN6.field("sin6_family", 0, CType.UINT16);
  public static final CField SIN6_ADDR = SOCKADDR_IN6.array("sin6_addr", 8, CType.BYTES, 16);
  public static final CField SIN6_SCOPE_ID = SOCKADDR_IN6.field("sin6_scope_id", 24, CType.UINT32);

  public static final CStruct SOCKADDR_LL =
      CStruct.declare("struct sockaddr_ll", 20, X86_64, "sys/socket.h", "linux/if_packet.h");
  public static final CField SLL_FAMILY = SOCKADDR_LL.field("sll_family", 0, CType.UINT16);
  public static final CField SLL_HALEN = SOCKADDR_LL.field("sll_halen", 11, CType.UINT8);
  public static final CField SLL_ADDR = SOCKADDR_LL.array("sll_addr", 12, CType.BYTES, 8);

  /** Walked by posix's {@code Ifaddrs} (shared with the BSDs) on Linux. */
  public static final CStruct IFADDRS = CStruct.declare("struct ifaddrs", 56, X86_64, "ifaddrs.h");

  public static final CField IFA_NEXT = IFADDRS.field("ifa_next", 0, CType.POINTER);
  public static final CField IFA_NAME = IFADDRS.field("ifa_name", 8, CType.POINTER);
  public static final CField IFA_FLAGS = IFADDRS.field("ifa_flags", 16, CType.UINT32);
  public static final CField IFA_ADDR = IFADDRS.field("ifa_addr", 24, CType.POINTER);
  public static final CField IFA_NETMASK = IFADDRS.field("ifa_netmask", 32, CType.POINTER);
  public static final CField IFA_IFU =
      IFADDRS.fieldAsHeaderHasIt(
          "ifa_broadaddr",
          40,
          CType.POINTER,
          8,
          "ifa_ifu",
          "glibc names the union ifa_ifu (ifa_broadaddr and ifa_dstaddr are macros into it)");

  /** glibc x86_64: {@code __WORDSIZE_TIME64_COMPAT32}, so the time fields are 32-bit. */
  public static final CStruct UTMP = CStruct.declare("struct utmp", 384, X86_64, "utmp.h");

  public static final CField UT_TYPE = UTMP.field("ut_type", 0, CType.UINT16);
  public static final CField UT_PID = UTMP.field("ut_pid", 4, CType.INT32);
  public static final CField UT_LINE = UTMP.array("ut_line", 8, CType.CHAR_ARRAY, 32);
  public static final CField UT_USER = UTMP.array("ut_user", 44, CType.CHAR_ARRAY, 32);
  public static final CField UT_HOST = UTMP.array("ut_host", 76, CType.CHAR_ARRAY, 256);
  public static final CField UT_TV_SEC =
      UTMP.fieldAsHeaderHasIt("tv_sec", 340, CType.INT32, 4, "ut_tv.tv_sec", "inside ut_tv");
  public static final CField UT_TV_USEC =
      UTMP.fieldAsHeaderHasIt("tv_usec", 344, CType.INT32, 4, "ut_tv.tv_usec", "inside ut_tv");

  public static final CStruct DIRENT64 =
      CStruct.declare("struct dirent64", 280, X86_64, "dirent.h");
  public static final CField D_INO = DIRENT64.field("d_ino", 0, CType.UINT64);
  public static final CField D_OFF = DIRENT64.field("d_off", 8, CType.INT64);
  public static final CField D_RECLEN = DIRENT64.field("d_reclen", 16, CType.UINT16);
  public static final CField D_TYPE = DIRENT64.field("d_type", 18, CType.UINT8);
  public static final CField D_NAME = DIRENT64.array("d_name", 19, CType.CHAR_ARRAY, 256);

  /** prlimit64's limits, passed as {@code long[2]} (LinuxResources). */
  public static final CStruct RLIMIT64 =
      CStruct.declare("struct rlimit64", 16, X86_64, "sys/resource.h");

  public static final CField RLIM_CUR = RLIMIT64.field("rlim_cur", 0, CType.UINT64);
  public static final CField RLIM_MAX = RLIMIT64.field("rlim_max", 8, CType.UINT64);

  /** SIOCETHTOOL's request (NetDeviceIoctl): the name, then a pointer to the ethtool_cmd. */
  public static final CStruct IFREQ = CStruct.declare("struct ifreq", 40, X86_64, "net/if.h");

  public static final CField IFR_NAME = IFREQ.array("ifr_name", 0, CType.CHAR_ARRAY, 16);
  public static final CField IFR_DATA = IFREQ.field("ifr_data", 16, CType.POINTER);
  public static final CField IFR_FLAGS = IFREQ.field("ifr_flags", 16, CType.UINT16);
  public static final CField IFR_MTU = IFREQ.field("ifr_mtu", 16, CType.INT32);

  /** Mapped by JNA (jna.Mallinfo2): ten size_t. */
  public static final CStruct MALLINFO2 =
      CStruct.declare("struct mallinfo2", 80, X86_64, "malloc.h");

  /** Mapped by JNA (jna.Mallinfo): ten int, glibc before 2.33. */
  public static final CStruct MALLINFO = CStruct.declare("struct mallinfo", 40, X86_64, "malloc.h");

  /** glibc's field order of both mallinfo structs ({@code man 3 mallinfo2}). */
  public static final List<String> MALLINFO_FIELDS =
      List.of(
          "arena",
          "ordblks",
          "smblks",
          "hblks",
          "hblkhd",
          "usmblks",
          "fsmblks",
          "uordblks",
          "fordblks",
          "keepcost");

  static {
    for (int i = 0; i < MALLINFO_FIELDS.size(); i++) {
      MALLINFO2.field(MALLINFO_FIELDS.get(i), 8 * i, CType.UINT64);
      MALLINFO.field(MALLINFO_FIELDS.get(i), 4 * i, CType.INT32);
    }
  }

  /** Every struct above. */
  public static List<CStruct> all() {
    return List.of(
        STATVFS,
        ETHTOOL_CMD,
        SOCKADDR_IN,
        SOCKADDR_IN6,
        SOCKADDR_LL,
        IFADDRS,
        UTMP,
        DIRENT64,
        RLIMIT64,
        IFREQ,
        MALLINFO2,
        MALLINFO);
  }
}
