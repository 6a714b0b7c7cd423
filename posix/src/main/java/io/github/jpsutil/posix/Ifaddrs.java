package io.github.jpsutil.posix;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import io.github.jpsutil.posix.jna.LibcIfaddrs;
import java.nio.charset.StandardCharsets;

/**
 * Walks the {@code getifaddrs(3)} list and always frees it. {@code struct ifaddrs} is laid out the
 * same on Linux, macOS and the BSDs: {@code ifa_next} and {@code ifa_name} (pointers), {@code
 * ifa_flags} (unsigned int, padded to a pointer), then the pointers {@code ifa_addr}, {@code
 * ifa_netmask} and {@code ifa_ifu}. The sockaddrs are the caller's to decode.
 */
public final class Ifaddrs {
  private Ifaddrs() {}

  private static final int P = Native.POINTER_SIZE;
  private static final int NEXT = 0;
  private static final int NAME = P;
  private static final int FLAGS = 2 * P;
  // ifa_flags is a 4-byte unsigned int; the next pointer is aligned to P, which is 3 * P for P = 4
  // (no padding) and for P = 8 (4 bytes of padding).
  private static final int ADDR = 3 * P;
  private static final int NETMASK = 4 * P;
  private static final int IFU = 5 * P;

  /**
   * Calls {@code visitor} for each element, in the list's order.
   *
   * @param visitor called once per {@code struct ifaddrs}, with its fields decoded
   * @throws java.io.UncheckedIOException when getifaddrs fails
   */
  public static void forEach(IfaddrsVisitor visitor) {
    PointerByReference head = new PointerByReference();
    try {
      LibcIfaddrs.getifaddrs(head);
    } catch (LastErrorException e) {
      throw NativeErrors.failure("getifaddrs", e.getErrorCode());
    }
    Pointer list = head.getValue();
    try {
      for (Pointer p = list; p != null; p = p.getPointer(NEXT)) {
        Pointer name = p.getPointer(NAME);
        visitor.visit(
            name == null ? "" : name.getString(0, StandardCharsets.UTF_8.name()),
            p.getInt(FLAGS),
            p.getPointer(ADDR),
            p.getPointer(NETMASK),
            p.getPointer(IFU));
      }
    } finally {
      if (list != null) {
        LibcIfaddrs.freeifaddrs(list);
      }
    }
  }

  /**
   * The name of the interface with index {@code ifindex} ({@code if_indextoname(3)}), or {@code
   * null} when there is none.
   *
   * @param ifindex the interface index, e.g. from a routing or socket table
   * @return the interface name, or {@code null}
   */
  public static String indexToName(int ifindex) {
    byte[] buf = new byte[LibcIfaddrs.IF_NAMESIZE];
    if (LibcIfaddrs.if_indextoname(ifindex, buf) == null) {
      return null;
    }
    int n = 0;
    while (n < buf.length && buf[n] != 0) {
      n++;
    }
    return new String(buf, 0, n, StandardCharsets.UTF_8);
  }
}
