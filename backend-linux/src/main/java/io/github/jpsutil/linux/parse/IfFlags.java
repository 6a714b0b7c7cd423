package io.github.jpsutil.linux.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Interface flags ({@code ifr_flags} of {@code SIOCGIFFLAGS}) in psutil's vocabulary and order
 * (psutil/_ntuples.py {@code snicstats}, psutil {@code arch/posix/net.c}). Linux defines the 16
 * {@code IFF_*} bits below ({@code net/if.h}); psutil's BSD/AIX names (oactive, simplex, link0-2,
 * d2) have no Linux bit, and the kernel-only bits above 0xffff (lower_up, dormant, echo) do not fit
 * the 16-bit {@code ifr_flags} that psutil reads.
 */
public final class IfFlags {
  private IfFlags() {}

  /** {@code IFF_BROADCAST}: {@code ifa_broadaddr} holds a broadcast address. */
  public static final int IFF_BROADCAST = 0x2;

  /** {@code IFF_POINTOPOINT}: {@code ifa_dstaddr} holds the peer's address. */
  public static final int IFF_POINTOPOINT = 0x10;

  private static final String[] NAMES = {
    "up", // 0x1 IFF_UP
    "broadcast", // 0x2 IFF_BROADCAST
    "debug", // 0x4 IFF_DEBUG
    "loopback", // 0x8 IFF_LOOPBACK
    "pointopoint", // 0x10 IFF_POINTOPOINT
    "notrailers", // 0x20 IFF_NOTRAILERS
    "running", // 0x40 IFF_RUNNING
    "noarp", // 0x80 IFF_NOARP
    "promisc", // 0x100 IFF_PROMISC
    "allmulti", // 0x200 IFF_ALLMULTI
    "master", // 0x400 IFF_MASTER
    "slave", // 0x800 IFF_SLAVE
    "multicast", // 0x1000 IFF_MULTICAST
    "portsel", // 0x2000 IFF_PORTSEL
    "automedia", // 0x4000 IFF_AUTOMEDIA
    "dynamic", // 0x8000 IFF_DYNAMIC
  };

  /** The names of the bits set in the low 16 bits of {@code flags}, in psutil's order. */
  public static List<String> names(int flags) {
    List<String> names = new ArrayList<>(Integer.bitCount(flags & 0xffff));
    for (int bit = 0; bit < NAMES.length; bit++) {
      if ((flags & (1 << bit)) != 0) {
        names.add(NAMES[bit]);
      }
    }
    return Collections.unmodifiableList(names);
  }
}
