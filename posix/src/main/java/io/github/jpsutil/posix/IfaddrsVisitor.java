package io.github.jpsutil.posix;

import com.sun.jna.Pointer;

/**
 * Receives each element of the {@code getifaddrs(3)} list while the list is alive. The pointers are
 * valid only during the call: copy what you need.
 */
@FunctionalInterface
public interface IfaddrsVisitor {
  /**
   * Called once for each element of the list, in the list's order.
   *
   * @param name {@code ifa_name}
   * @param flags {@code ifa_flags}, the {@code IFF_*} bits
   * @param addr {@code ifa_addr}, or {@code null}
   * @param netmask {@code ifa_netmask}, or {@code null}
   * @param broadOrDst {@code ifa_broadaddr}/{@code ifa_dstaddr} (one union), or {@code null}
   */
  void visit(String name, int flags, Pointer addr, Pointer netmask, Pointer broadOrDst);
}
