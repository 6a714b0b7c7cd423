package io.github.jpsutil.api;

/**
 * A socket address family. {@link #LINK} is psutil's {@code AF_LINK}: on Linux the kernel's {@code
 * AF_PACKET} (17).
 */
public enum AddressFamily {
  /** psutil 8.0 lists addressless NICs with one AF_UNSPEC entry. */
  UNSPEC("AF_UNSPEC"),
  UNIX("AF_UNIX"),
  INET("AF_INET"),
  INET6("AF_INET6"),
  LINK("AF_LINK");

  private final String psutilName;

  AddressFamily(String psutilName) {
    this.psutilName = psutilName;
  }

  /** psutil's (Python's) name, e.g. {@code AF_INET6}. */
  public String psutilName() {
    return psutilName;
  }
}
