package io.github.jpsutil.linux.acquire;

import io.github.jpsutil.linux.parse.FileNameGlob;
import io.github.jpsutil.linux.parse.LdSoConf;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps JNA from starting a program. On Linux, JNA's {@code NativeLibrary} class initializer runs
 * {@code /sbin/ldconfig -p} (JNA pull request 478) to learn the library directories, unless the
 * system property {@value #PROPERTY} is set; jpsutil promises never to start an external program
 * (the reliability suite's NoChildProcessTest caught this one). So, before the backend first loads
 * libc, this sets that property, only if it is unset, to the directories {@code ldconfig} itself
 * would list: those of {@code /etc/ld.so.conf} and its includes, then the trusted ones ({@code
 * /lib64}, {@code /usr/lib64}, {@code /lib}, {@code /usr/lib}), each if it exists. Other JNA users
 * in the JVM therefore still find their libraries as before. A JVM in which JNA was initialized
 * earlier has already run ldconfig; nothing can be done about that here.
 */
public final class JnaSearchPath {
  /** JNA's property for the platform library directories (colon-separated). */
  public static final String PROPERTY = "jna.platform.library.path";

  private static final Path LD_SO_CONF = Path.of("/etc/ld.so.conf");
  private static final List<String> TRUSTED = List.of("/lib64", "/usr/lib64", "/lib", "/usr/lib");

  /** Includes deeper than this are a loop (glibc's ldconfig does not bound them either). */
  private static final int MAX_DEPTH = 8;

  private static volatile boolean done;

  private JnaSearchPath() {}

  /** Sets {@value #PROPERTY} once, if unset; see the class comment. Never throws. */
  public static void avoidLdconfig() {
    if (done) {
      return;
    }
    synchronized (JnaSearchPath.class) {
      if (!done && System.getProperty(PROPERTY) == null) {
        System.setProperty(PROPERTY, String.join(":", directories(LD_SO_CONF)));
      }
      done = true;
    }
  }

  /** The existing library directories of {@code conf} and its includes, then the trusted ones. */
  static List<String> directories(Path conf) {
    Set<String> dirs = new LinkedHashSet<>();
    collect(conf, dirs, 0);
    dirs.addAll(TRUSTED);
    List<String> existing = new ArrayList<>();
    for (String d : dirs) {
      if (new File(d).isDirectory()) {
        existing.add(d);
      }
    }
    return existing;
  }

  /**
   * Plain file reads and listings, and {@link FileNameGlob} instead of the JDK's glob (a regular
   * expression): this runs before the first native call of a process that makes one.
   */
  private static void collect(Path conf, Set<String> dirs, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    LdSoConf parsed;
    try {
      parsed = LdSoConf.parse(new WholeFileReader().read(conf, WholeFileReader.UTF8));
    } catch (IOException | RuntimeException e) {
      return; // no or unreadable configuration: the trusted directories remain
    }
    dirs.addAll(parsed.directories());
    for (String glob : parsed.includes()) {
      Path pattern = conf.resolveSibling(glob); // a relative include is relative to the file
      Path dir = pattern.getParent();
      if (dir == null) {
        continue;
      }
      String[] names = dir.toFile().list();
      if (names == null) {
        continue;
      }
      Arrays.sort(names); // ldconfig reads them in glob order, which is sorted
      String filePattern = pattern.getFileName().toString();
      for (String name : names) {
        if (FileNameGlob.matches(filePattern, name)) {
          collect(dir.resolve(name), dirs, depth + 1);
        }
      }
    }
  }
}
