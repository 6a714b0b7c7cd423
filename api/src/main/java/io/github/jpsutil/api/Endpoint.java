package io.github.jpsutil.api;

/** One end of a socket: an IP address and port, or a UNIX socket path. */
public sealed interface Endpoint {

  /**
   * An IPv4 or IPv6 endpoint (psutil's {@code addr(ip, port)}).
   *
   * @param ip textual address, e.g. {@code 127.0.0.1} or {@code ::1}
   * @param port 0–65535
   */
  record Inet(String ip, int port) implements Endpoint {
    /**
     * Checks the components.
     *
     * @param ip textual address, e.g. {@code 127.0.0.1} or {@code ::1}
     * @param port 0–65535
     * @throws NullPointerException if a component is null; the message names it
     * @throws IllegalArgumentException if a component is out of range; the message says which
     */
    public Inet {
      Check.notNull("ip", ip);
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be within 0..65535, got " + port);
      }
    }
  }

  /**
   * A UNIX domain socket's path; "" for an unnamed socket. An abstract socket's path starts with
   * {@code @}, as {@code ss} and psutil show it.
   *
   * @param path the socket's path; "" for an unnamed socket
   */
  record Unix(String path) implements Endpoint {
    /**
     * Checks the components.
     *
     * @param path the socket's path; "" for an unnamed socket
     * @throws NullPointerException if a component is null; the message names it
     */
    public Unix {
      Check.notNull("path", path);
    }
  }
}
