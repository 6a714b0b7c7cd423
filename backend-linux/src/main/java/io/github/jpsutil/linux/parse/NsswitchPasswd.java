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
    for (String raw : conf.split("\n", -1)) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      int colon = line.indexOf(':');
      if (colon < 0 || !line.substring(0, colon).strip().equals("passwd")) {
        continue;
      }
      String[] words = line.substring(colon + 1).strip().split("[ \t]+");
      if (words.length == 0 || !words[0].equals("files")) {
        return false;
      }
      return words.length == 1 || !words[1].startsWith("[");
    }
    return false; // glibc's built-in default differs between versions: ask it
  }
}
