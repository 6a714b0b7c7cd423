package io.github.jpsutil.linux.acquire;

import io.github.jpsutil.linux.parse.NsswitchPasswd;
import io.github.jpsutil.linux.parse.PasswdFile;
import io.github.jpsutil.posix.PosixUserDirectory;
import io.github.jpsutil.spi.UserDirectory;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * User names for uids without a native call where that gives the same answer: when {@code
 * /etc/nsswitch.conf} asks the {@code files} service first for {@code passwd}, a uid listed in
 * {@code /etc/passwd} is what {@code getpwuid(3)} returns, so the file is read once and consulted
 * first. A uid it lacks (systemd's dynamic users, LDAP, sssd) and every uid under any other
 * configuration go to {@code getpwuid_r} ({@link PosixUserDirectory}), created on first need so
 * that a scan of processes whose owners are all in the file never loads JNA. The file is read as of
 * the first lookup, and answers are kept per uid as the native directory keeps them.
 */
public final class PasswdUsers implements UserDirectory {
  private static final String NSSWITCH = "/etc/nsswitch.conf";
  private static final String PASSWD = "/etc/passwd";

  private final ConcurrentHashMap<Integer, Optional<String>> cache = new ConcurrentHashMap<>();
  private volatile Map<Integer, String> fromFile;
  private volatile UserDirectory nativeLookup;

  @Override
  public Optional<String> nameOf(int uid) {
    Optional<String> known = cache.get(uid);
    if (known != null) {
      return known;
    }
    String name = file().get(uid);
    Optional<String> found = name != null ? Optional.of(name) : nativeLookup().nameOf(uid);
    cache.putIfAbsent(uid, found);
    return found;
  }

  private Map<Integer, String> file() {
    Map<Integer, String> m = fromFile;
    if (m == null) {
      m = readFile();
      fromFile = m;
    }
    return m;
  }

  /** {@code /etc/passwd} by uid when nsswitch lets it answer first; else empty. */
  private static Map<Integer, String> readFile() {
    WholeFileReader reader = new WholeFileReader();
    try {
      String conf = reader.read(NSSWITCH, WholeFileReader.UTF8);
      if (!NsswitchPasswd.filesFirst(conf)) {
        return Map.of();
      }
      return PasswdFile.namesByUid(reader.read(PASSWD, WholeFileReader.UTF8));
    } catch (IOException e) {
      return Map.of(); // no or unreadable configuration or file: NSS itself decides
    }
  }

  private UserDirectory nativeLookup() {
    UserDirectory d = nativeLookup;
    if (d == null) {
      synchronized (this) {
        d = nativeLookup;
        if (d == null) {
          d = new PosixUserDirectory();
          nativeLookup = d;
        }
      }
    }
    return d;
  }
}
