package io.github.jpsutil.posix.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import io.github.jpsutil.posix.NativeLibc;

/**
 * libc's interface-address calls, direct-mapped (an interface proxy converts every argument by
 * reflection, which cost a measurable share of {@code net_if_addrs}). {@code struct ifaddrs} has
 * the same field order on Linux, macOS and the BSDs ({@code ifa_next, ifa_name, ifa_flags,
 * ifa_addr, ifa_netmask, ifa_dstaddr, ifa_data}); the {@code sockaddr} layouts it points to differ,
 * so each backend decodes them.
 */
public final class LibcIfaddrs {
  static {
    NativeLibc.register(LibcIfaddrs.class);
  }

  private LibcIfaddrs() {}

  /** {@code IF_NAMESIZE} of {@code net/if.h} (16 on Linux, macOS and the BSDs). */
  public static final int IF_NAMESIZE = 16;

  /** {@code int getifaddrs(struct ifaddrs **ifap)}; the list must be given to freeifaddrs. */
  public static native int getifaddrs(PointerByReference ifap) throws LastErrorException;

  /** {@code void freeifaddrs(struct ifaddrs *ifa)}. */
  public static native void freeifaddrs(Pointer ifa);

  /**
   * {@code char *if_indextoname(unsigned ifindex, char *ifname)}: writes the NUL-terminated name
   * into {@code ifname} ({@link #IF_NAMESIZE} bytes); NULL when no interface has the index.
   */
  public static native Pointer if_indextoname(int ifindex, byte[] ifname);
}
