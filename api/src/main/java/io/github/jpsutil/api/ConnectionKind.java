package io.github.jpsutil.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Which sockets {@code netConnections(kind)} returns (psutil's {@code kind} strings). */
public enum ConnectionKind {
  INET(
      Set.of(AddressFamily.INET, AddressFamily.INET6), Set.of(SocketType.STREAM, SocketType.DGRAM)),
  INET4(Set.of(AddressFamily.INET), Set.of(SocketType.STREAM, SocketType.DGRAM)),
  INET6(Set.of(AddressFamily.INET6), Set.of(SocketType.STREAM, SocketType.DGRAM)),
  TCP(Set.of(AddressFamily.INET, AddressFamily.INET6), Set.of(SocketType.STREAM)),
  TCP4(Set.of(AddressFamily.INET), Set.of(SocketType.STREAM)),
  TCP6(Set.of(AddressFamily.INET6), Set.of(SocketType.STREAM)),
  UDP(Set.of(AddressFamily.INET, AddressFamily.INET6), Set.of(SocketType.DGRAM)),
  UDP4(Set.of(AddressFamily.INET), Set.of(SocketType.DGRAM)),
  UDP6(Set.of(AddressFamily.INET6), Set.of(SocketType.DGRAM)),
  UNIX(
      Set.of(AddressFamily.UNIX),
      Set.of(SocketType.STREAM, SocketType.DGRAM, SocketType.SEQPACKET)),
  ALL(
      Set.of(AddressFamily.INET, AddressFamily.INET6, AddressFamily.UNIX),
      Set.of(SocketType.STREAM, SocketType.DGRAM, SocketType.SEQPACKET));

  private final Set<AddressFamily> families;
  private final Set<SocketType> types;

  ConnectionKind(Set<AddressFamily> families, Set<SocketType> types) {
    this.families = families;
    this.types = types;
  }

  public Set<AddressFamily> families() {
    return families;
  }

  public Set<SocketType> types() {
    return types;
  }

  /** psutil's string, e.g. {@code "tcp6"}. */
  public String psutilName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind for psutil's string ({@code "inet"}, {@code "tcp4"}, …).
   *
   * @throws IllegalArgumentException naming the valid kinds, as psutil raises ValueError
   */
  public static ConnectionKind fromName(String kind) {
    if (kind != null) {
      for (ConnectionKind k : values()) {
        if (k.psutilName().equals(kind)) {
          return k;
        }
      }
    }
    throw new IllegalArgumentException(
        "invalid kind argument "
            + (kind == null ? "null" : "'" + kind + "'")
            + "; choose between "
            + Arrays.stream(values())
                .map(ConnectionKind::psutilName)
                .collect(Collectors.joining(", ")));
  }
}
