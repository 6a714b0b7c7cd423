package io.github.jpsutil.benchmarks;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain-Java floor's only tool: open a file, read it to EOF into one reused buffer, close it.
 * No decoding, no parsing, no objects per read. One instance per thread.
 */
final class RawFiles {
  private byte[] buf = new byte[16384];

  /**
   * Reads {@code path} whole and returns its length; -1 if it vanished (a process that exited
   * during a scan), which the floor skips as any scanner must.
   */
  int read(String path) {
    try (FileInputStream in = new FileInputStream(path)) {
      int n = 0;
      while (true) {
        if (n == buf.length) {
          buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
        int r = in.read(buf, n, buf.length - n);
        if (r < 0) {
          return n;
        }
        n += r;
      }
    } catch (java.io.FileNotFoundException e) {
      return -1;
    } catch (IOException e) {
      // ESRCH and friends from a process that is exiting: gone.
      return -1;
    }
  }

  /** The entry names of a directory (not parsed). */
  static List<String> list(String dir) {
    List<String> out = new ArrayList<>(512);
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of(dir))) {
      for (Path p : ds) {
        out.add(p.getFileName().toString());
      }
    } catch (NoSuchFileException e) {
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Whether a /proc entry names a process (a digit first; no full parse). */
  static boolean isPidEntry(String name) {
    char c = name.charAt(0);
    return c >= '0' && c <= '9';
  }
}
