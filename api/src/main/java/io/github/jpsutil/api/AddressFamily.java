package io.github.jpsutil.api;

/**
 * A socket address family. {@link #LINK} is psutil's {@code AF_LINK}: on Linux the kernel's {@code
 * AF_PACKET} (17).
 */
public enum AddressFamily {
  /** psutil 8.0 lists addressless NICs with one AF_UNSPEC entry. */
  UNSPEC("AF_UNSPEC"),
  /** UNIX domain sockets ({@code AF_UNIX}). */
  UNIX("AF_UNIX"),
  /** IPv4 ({@code AF_INET}). */
  INET("AF_INET"),
  /** IPv6 ({@code AF_INET6}). */
  INET6("AF_INET6"),
  /**
   * Link layer (MAC) addresses: {@code AF_PACKET} on Linux, {@code AF_LINK} on the BSDs and macOS.
   */
  LINK("AF_LINK");

  private final String psutilName;

  AddressFamily(String psutilName) {
    this.psutilName = psutilName;
  }

  /** {@return psutil's (Python's) name, e.g. {@code AF_INET6}} */
  public String psutilName() {
    return psutilName;
  }
}
