package io.github.jpsutil.linux;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lines of {@code ss -tanpH} / {@code ss -tlnH}, for cross-checks. Test code only. */
record SsSockets(String state, int localPort, int peerPort, List<Owner> users) {
  record Owner(int pid, int fd) {}

  private static final Pattern USER = Pattern.compile("pid=(\\d+),fd=(\\d+)");

  static List<SsSockets> parse(String out) {
    List<SsSockets> result = new ArrayList<>();
    for (String line : out.split("\n")) {
      String[] f = line.trim().split("\\s+");
      if (f.length < 5) {
        continue;
      }
      List<Owner> users = new ArrayList<>();
      Matcher m = USER.matcher(line);
      while (m.find()) {
        users.add(new Owner(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
      result.add(new SsSockets(f[0], port(f[3]), port(f[4]), users));
    }
    return result;
  }

  /** The port after the last ':' of {@code 127.0.0.1:80}, {@code [::1]:80}, {@code *:*}. */
  private static int port(String endpoint) {
    String p = endpoint.substring(endpoint.lastIndexOf(':') + 1);
    return p.equals("*") ? 0 : Integer.parseInt(p);
  }
}
