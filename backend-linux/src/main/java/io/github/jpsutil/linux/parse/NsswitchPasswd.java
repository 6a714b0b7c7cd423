package io.github.jpsutil.linux.parse;

/**
 * The {@code passwd} line of {@code /etc/nsswitch.conf} (nsswitch.conf(5)): whether the plain
 * {@code files} service is asked first with its default actions, so that a uid found in {@code
 * /etc/passwd} is what {@code getpwuid(3)} answers. Only then may a lookup read the file directly;
 * anything else (another first service, {@code compat}, an action such as {@code
 * [SUCCESS=continue]} right after {@code files}, no passwd line) keeps the native lookup.
 */
public final class NsswitchPasswd {
  private NsswitchPasswd() {}

  /** Whether {@code files} is the first service of the first {@code passwd:} line, unqualified. */
  public static boolean filesFirst(String conf) {
    int start = 0;
    while (start < conf.length()) {
      int nl = conf.indexOf('\n', start);
      int stop = nl < 0 ? conf.length() : nl;
      String raw = conf.substring(start, stop);
      start = stop + 1;
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      int colon = line.indexOf(':');
      if (colon < 0 || !line.substring(0, colon).strip().equals("passwd")) {
        continue;
      }
      String rest = line.substring(colon + 1).strip();
      int end = 0;
      while (end < rest.length() && rest.charAt(end) != ' ' && rest.charAt(end) != '\t') {
        end++;
      }
      if (!rest.substring(0, end).equals("files")) {
        return false;
      }
      return !rest.substring(end).strip().startsWith("[");
    }
    return false; // glibc's built-in default differs between versions: ask it
  }
}
