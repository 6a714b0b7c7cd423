package io.github.jpsutil.cli.commands;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The request line and header fields of one HTTP/1.x request (RFC 9112), read under a deadline and
 * a size limit so that a slow, incomplete or oversized request costs its sender a closed
 * connection, not the server a thread forever. The body, if any, is never read: the endpoint only
 * answers GET and HEAD and closes the connection after each response.
 *
 * @param method the request method, e.g. {@code GET}
 * @param path the target's path, without the query
 * @param headers the header fields, names lower-cased (the last one wins when repeated)
 */
record HttpRequestHead(String method, String path, Map<String, String> headers) {
  /** Request line plus header fields, like the 8 KiB many servers allow per line. */
  static final int MAX_HEAD_BYTES = 8192;

  static final int MAX_HEADER_FIELDS = 64;

  /** Why a request was refused, as an HTTP status and a one-line reason. */
  static final class Rejected extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;

    Rejected(int status, String reason) {
      super(reason);
      this.status = status;
    }
  }

  /**
   * Reads one request head from {@code socket}.
   *
   * @param deadlineNanos {@link System#nanoTime()} by which the whole head must have arrived
   * @throws Rejected a malformed (400), oversized (431) or unsupported-version (505) request
   * @throws SocketTimeoutException the deadline passed first
   * @throws IOException the connection failed or closed before the head was complete
   */
  static HttpRequestHead read(Socket socket, long deadlineNanos) throws IOException, Rejected {
    InputStream in = socket.getInputStream();
    byte[] buf = new byte[MAX_HEAD_BYTES];
    int len = 0;
    int end;
    while ((end = headEnd(buf, len)) < 0) {
      if (len == buf.length) {
        throw new Rejected(431, "request head larger than " + MAX_HEAD_BYTES + " bytes");
      }
      long remainingMillis = (deadlineNanos - System.nanoTime()) / 1_000_000;
      if (remainingMillis <= 0) {
        throw new SocketTimeoutException("request head not complete before the deadline");
      }
      socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, remainingMillis));
      int n = in.read(buf, len, buf.length - len);
      if (n < 0) {
        throw new IOException("connection closed before the request head was complete");
      }
      len += n;
    }
    return parse(new String(buf, 0, end, StandardCharsets.ISO_8859_1));
  }

  /** The index of the empty line that ends the head (CRLF CRLF, or bare LF LF), or -1. */
  private static int headEnd(byte[] buf, int len) {
    for (int i = 0; i < len; i++) {
      if (buf[i] == '\n') {
        if (i + 1 < len && buf[i + 1] == '\n') {
          return i;
        }
        if (i + 2 < len && buf[i + 1] == '\r' && buf[i + 2] == '\n') {
          return i;
        }
      }
    }
    return -1;
  }

  static HttpRequestHead parse(String head) throws Rejected {
    // The head ends before the blank line's LF, so its last line may keep its CR.
    String[] lines = head.split("\r?\n", -1);
    int last = lines.length - 1;
    if (lines[last].endsWith("\r")) {
      lines[last] = lines[last].substring(0, lines[last].length() - 1);
    }
    String[] requestLine = lines[0].split(" ", -1);
    if (requestLine.length != 3 || !isToken(requestLine[0]) || requestLine[1].isEmpty()) {
      throw new Rejected(400, "malformed request line");
    }
    String version = requestLine[2];
    if (!version.matches("HTTP/1\\.\\d")) {
      if (version.matches("HTTP/\\d(\\.\\d)?")) {
        throw new Rejected(505, "only HTTP/1.x is served");
      }
      throw new Rejected(400, "malformed request line");
    }
    String target = requestLine[1];
    if (!target.startsWith("/") || !target.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new Rejected(400, "the request target must be an absolute path");
    }
    int query = target.indexOf('?');
    String path = query < 0 ? target : target.substring(0, query);
    if (lines.length - 1 > MAX_HEADER_FIELDS) {
      throw new Rejected(431, "more than " + MAX_HEADER_FIELDS + " header fields");
    }
    Map<String, String> headers = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      int colon = line.indexOf(':');
      // No line folding (obsolete since RFC 7230) and no space before the colon.
      if (colon <= 0 || !isToken(line.substring(0, colon))) {
        throw new Rejected(400, "malformed header field");
      }
      headers.put(
          line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
    }
    return new HttpRequestHead(requestLine[0], path, Map.copyOf(headers));
  }

  /** RFC 9110 token characters. */
  private static boolean isToken(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
