package io.github.jpsutil.macos.acquire;

import io.github.jpsutil.api.NicStats;
import io.github.jpsutil.macos.parse.IfReq;
import io.github.jpsutil.posix.NativeErrors;
import java.nio.ByteBuffer;
import java.util.Optional;

/** Per-interface {@code ioctl}s, as psutil's {@code net_if_stats} issues them. */
public final class NetInterfaces {
  /** {@code ENXIO} ({@code sys/errno.h}): what xnu answers for an interface that went away. */
  private static final int ENXIO = 6, ENODEV = 19;

  private NetInterfaces() {}

  /**
   * The stats of {@code name}; empty when the interface disappeared after it was listed (psutil
   * gh-1279 skips ENODEV; xnu reports ENXIO for it).
   */
  public static Optional<NicStats> stats(MacNative os, String name) {
    Optional<ByteBuffer> flags = ifreq(os, name, IfReq.SIOCGIFFLAGS, "SIOCGIFFLAGS");
    Optional<ByteBuffer> mtu = ifreq(os, name, IfReq.SIOCGIFMTU, "SIOCGIFMTU");
    if (flags.isEmpty() || mtu.isEmpty()) {
      return Optional.empty();
    }
    byte[] media = IfReq.request(name, IfReq.IFMEDIAREQ.size());
    boolean hasMedia = os.interfaceIoctl(IfReq.SIOCGIFMEDIA, media) == 0;
    return Optional.of(
        IfReq.stats(flags.get(), mtu.get(), hasMedia ? Sysctls.wrap(media, media.length) : null));
  }

  private static Optional<ByteBuffer> ifreq(MacNative os, String name, long request, String what) {
    byte[] buf = IfReq.request(name, IfReq.IFREQ.size());
    int errno = os.interfaceIoctl(request, buf);
    if (errno == ENXIO || errno == ENODEV) {
      return Optional.empty();
    }
    if (errno != 0) {
      throw NativeErrors.failure("ioctl(" + what + ", " + name + ")", errno);
    }
    return Optional.of(Sysctls.wrap(buf, buf.length));
  }
}
