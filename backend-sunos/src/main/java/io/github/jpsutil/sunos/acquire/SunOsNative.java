package io.github.jpsutil.sunos.acquire;

import io.github.jpsutil.unix.PosixCalls;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Every native call the backend makes, and reads of the memory they hand back, as one seam: {@link
 * JnaSunOsNative} on SunOS; a fake memory image in tests, so the kstat chain walk, {@code swapctl}
 * table growth and the error paths run anywhere. kill, setpriority, sysconf and statvfs are {@link
 * PosixCalls}' (the fake overrides them; illumos numbers its {@code _SC_*} names its own way).
 */
public interface SunOsNative extends PosixCalls {
  /** {@code kstat_open()}: the {@code kstat_ctl_t} address, 0 on failure (see {@link #errno}). */
  long kstatOpen();

  /** {@code kstat_read(kc, ksp, NULL)}: the chain id, -1 on failure. */
  int kstatRead(long kc, long ksp);

  /** {@code kstat_close(kc)}. */
  void kstatClose(long kc);

  /** A copy of {@code length} bytes of native memory at {@code address}, native byte order. */
  ByteBuffer peek(long address, int length);

  /** {@code swapctl(SC_GETNSWP, NULL)}: swap devices configured, -1 on failure. */
  int swapCount();

  /**
   * {@code swapctl(SC_LIST, table)} with a {@code swaptbl_t} of {@code slots} entries (the paths
   * pointed at buffers of {@code MAXPATHLEN}): the entries filled, -1 on failure; {@code table}
   * receives the {@code swaptbl_t} bytes.
   */
  int swapList(int slots, ByteBuffer table);

  /**
   * Every record {@code getutxent(3C)} returns between {@code setutxent} and {@code endutxent},
   * each a copy of a {@code struct utmpx}.
   */
  List<ByteBuffer> utmpx();

  /**
   * {@code ioctl(s, request, lifreq)} on an {@code AF_INET}/{@code SOCK_DGRAM} socket, the {@code
   * struct lifreq} read and written in place: 0, or -1 with errno.
   */
  int lifIoctl(long request, ByteBuffer lifreq);

  /**
   * {@code getifaddrs(&list)}: 0 with the list's address (0 for an empty list) in {@code head[0]},
   * or -1 with errno.
   */
  int getifaddrs(long[] head);

  /** {@code freeifaddrs(list)}. */
  void freeifaddrs(long list);

  /** The NUL-terminated string at {@code address}. */
  String cString(long address);

  /**
   * {@code open("/dev/arp", O_RDWR)}, then {@code ioctl(fd, I_PUSH, "tcp")} and {@code "udp"}: the
   * stream's fd, or -1 with errno (the fd closed again).
   */
  int mibStreamOpen();

  /** {@code putmsg(fd, &ctl, NULL, 0)} with {@code ctl}'s bytes: 0, or -1 with errno. */
  int putmsg(int fd, ByteBuffer ctl);

  /**
   * {@code getmsg(fd, ctl, data, &flags)} with {@code flags} 0 and a {@code NULL} strbuf where a
   * buffer is null, each {@code maxlen} its buffer's capacity: the return code ({@code MORECTL},
   * {@code MOREDATA}, 0, or -1 with errno); {@code lens} receives the two {@code len}s.
   */
  int getmsg(int fd, ByteBuffer ctl, ByteBuffer data, int[] lens);

  /** {@code close(fd)}. */
  void close(int fd);

  /** errno of the last failed call on this thread. */
  int errno();
}
