package io.github.jpsutil.linux.acquire;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import io.github.jpsutil.linux.jna.LinuxDirents;
import io.github.jpsutil.linux.jna.LinuxFileCalls;
import io.github.jpsutil.linux.parse.Dirents64;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The numeric entries of a directory ({@code /proc}: pids), read with {@code getdents64} into a
 * per-thread native buffer: a few system calls per listing and no object per entry. Falls back to
 * the JDK's directory stream where glibc lacks the call. Failures are the JDK's exception types
 * (see {@code FileError.exception}), so {@link FileError} reads them as it reads the JDK's.
 */
public final class NumericDirectory {
  /** 32 KiB, as glibc's readdir: about 1,300 pid entries per call. */
  private static final int BUFFER = 32768;

  private static final boolean NATIVE = nativeAvailable();

  private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

  private NumericDirectory() {}

  private static final class Buffers {
    final Memory memory = new Memory(BUFFER);
    final ByteBuffer view = memory.getByteBuffer(0, BUFFER).order(ByteOrder.nativeOrder());
  }

  private static boolean nativeAvailable() {
    try {
      // Initialising the class runs Native.register, which fails if a symbol is missing.
      Class.forName(LinuxDirents.class.getName(), true, NumericDirectory.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false; // glibc < 2.30 has no getdents64 wrapper: use the JDK's listing
    }
  }

  /** The numeric names, unsorted. */
  public static int[] list(Path dir) throws IOException {
    if (!NATIVE) {
      return listJdk(dir);
    }
    byte[] name = dir.toString().getBytes(StandardCharsets.UTF_8);
    Names names = new Names(BUFFER / Dirents64.MIN_RECORD);
    listNative(Arrays.copyOf(name, name.length + 1), dir, names);
    return Arrays.copyOf(names.values, names.count);
  }

  /**
   * Numbers listed into a buffer that a scan reuses for every directory it lists ({@code
   * /proc/<pid>/fd} of each process), so a listing allocates nothing. Not thread-safe.
   */
  public static final class Names {
    private int[] values;
    private int count;

    public Names() {
      this(64);
    }

    private Names(int capacity) {
      values = new int[capacity];
    }

    /** How many names the last listing found. */
    public int count() {
      return count;
    }

    /** The {@code i}-th name of the last listing, in directory order. */
    public int get(int i) {
      if (i >= count) {
        throw new IndexOutOfBoundsException(i);
      }
      return values[i];
    }
  }

  /**
   * The numeric names of {@code dir}, unsorted, into {@code into} (replacing what it held).
   *
   * @param path the directory's path as bytes, NUL-terminated (the array may be longer)
   * @param dir the same directory, for the fallback listing and for error messages
   */
  public static void list(byte[] path, Path dir, Names into) throws IOException {
    if (NATIVE) {
      listNative(path, dir, into);
    } else {
      into.values = listJdk(dir);
      into.count = into.values.length;
    }
  }

  private static void listNative(byte[] path, Path dir, Names into) throws IOException {
    int fd;
    try {
      fd = LinuxFileCalls.open(path, LinuxFileCalls.O_RDONLY_CLOEXEC);
    } catch (LastErrorException e) {
      throw FileError.exception(dir.toString(), e.getErrorCode());
    }
    Buffers buf = BUFFERS.get();
    int[] out = into.values;
    int n = 0;
    try {
      while (true) {
        long got;
        try {
          got = LinuxDirents.getdents64(fd, buf.memory, BUFFER);
        } catch (LastErrorException e) {
          throw FileError.exception(dir.toString(), e.getErrorCode());
        }
        if (got <= 0) {
          into.values = out;
          into.count = n;
          return;
        }
        int len = (int) got;
        if (out.length - n < len / Dirents64.MIN_RECORD) {
          out = Arrays.copyOf(out, Math.max(out.length * 2, n + len / Dirents64.MIN_RECORD));
        }
        n = Dirents64.numericNames(buf.view, len, out, n);
      }
    } finally {
      LinuxFileCalls.close(fd);
    }
  }

  private static int[] listJdk(Path dir) throws IOException {
    int[] out = new int[256];
    int n = 0;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        int v = PidDirectory.pidOf(p.getFileName().toString());
        if (v >= 0) {
          if (n == out.length) {
            out = Arrays.copyOf(out, n * 2);
          }
          out[n++] = v;
        }
      }
    }
    return Arrays.copyOf(out, n);
  }
}
