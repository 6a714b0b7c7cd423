package io.github.jpsutil.linux.acquire;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import io.github.jpsutil.linux.jna.LinuxFileCalls;
import io.github.jpsutil.posix.Errno;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Reads whole procfs files into a per-thread byte array that is reused from call to call, so a scan
 * of every process allocates no read buffers. procfs reports size 0, so files are read to EOF.
 * Reentrant: a parser that reads another file gets a buffer of its own.
 *
 * <p>The reads are plain {@code open}/{@code read}/{@code close} calls into a per-thread native
 * buffer ({@link LinuxFileCalls}), copied once into the byte array: the JDK's file channel would
 * add a channel, a file descriptor object and a cleaner registration per file, which in a process
 * scan (four files per process) cost more than the parsing. Failures carry the JDK's exception
 * types (see {@code FileError.exception}), so callers classify them as before.
 */
public final class WholeFileReader {
  /** Fits stat, statm, status, io and most cmdlines in one read. */
  private static final int INITIAL_SIZE = 8192;

  /** A buffer grown past this (a big smaps) is not kept for the next read. */
  private static final int KEEP_MAX = 1 << 20;

  private final ThreadLocal<byte[]> spare = new ThreadLocal<>();
  private final ThreadLocal<NativeBuffer> nativeBuffer = ThreadLocal.withInitial(NativeBuffer::new);

  /** Turns {@code b[0, len)} into a value; must not keep {@code b}. */
  @FunctionalInterface
  public interface BytesParser<T> {
    T parse(byte[] b, int len);
  }

  /** Reads {@code file} and hands its bytes to {@code parser} without copying them. */
  public <T> T read(Path file, BytesParser<T> parser) throws IOException {
    String name = file.toString();
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    return parse(Arrays.copyOf(bytes, bytes.length + 1), () -> name, parser);
  }

  /**
   * Reads {@code dir + file} (dir ending in '/', file an ASCII name such as {@code "stat"}) with
   * the path assembled in a per-thread array: a process scan builds no path objects.
   */
  public <T> T read(byte[] dir, String file, BytesParser<T> parser) throws IOException {
    byte[] cpath = nativeBuffer.get().path(dir, file);
    return parse(cpath, () -> new String(dir, StandardCharsets.UTF_8) + file, parser);
  }

  /**
   * Reads {@code file} (an ASCII name such as {@code "status"}) relative to the open directory
   * {@code dirfd}; {@code dirName} names the directory in exceptions.
   */
  public <T> T readAt(int dirfd, String dirName, String file, BytesParser<T> parser)
      throws IOException {
    byte[] cname = nativeBuffer.get().path(NO_DIR, file);
    return parse(dirfd, cname, () -> dirName + "/" + file, parser, 0);
  }

  private static final byte[] NO_DIR = new byte[0];

  /**
   * Opens the directory {@code dir} for {@link #readAt}; the caller closes the descriptor with
   * {@link #closeDirectory}.
   */
  public int openDirectory(Path dir) throws IOException {
    String name = dir.toString();
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    try {
      return LinuxFileCalls.open(Arrays.copyOf(bytes, bytes.length + 1), O_DIRECTORY_CLOEXEC);
    } catch (LastErrorException e) {
      throw FileError.exception(name, e.getErrorCode());
    }
  }

  /**
   * {@code O_RDONLY | O_CLOEXEC}: plain O_RDONLY opens a directory too, and O_DIRECTORY's value
   * differs between x86 and arm64.
   */
  private static final int O_DIRECTORY_CLOEXEC = LinuxFileCalls.O_RDONLY_CLOEXEC;

  /** Closes a descriptor from {@link #openDirectory}. */
  public void closeDirectory(int fd) {
    closeQuietly(fd);
  }

  /**
   * Like {@link #read(Path, BytesParser)} for a seq_file table such as {@code /proc/net/tcp}, whose
   * every read(2) walks the kernel's whole socket hash table (about 2 ms on a machine with a large
   * one), the final read that returns 0 as much as the others. A first read that returns less than
   * {@link #SEQ_END_BELOW} bytes is taken as the whole file: seq_read fills the caller's buffer
   * from a kernel buffer of at least one page (4096 bytes) and stops early only at the end of the
   * table or when the next record does not fit; no record of these tables is near {@link
   * #SEQ_RECORD_MAX} bytes, so a first read that left room for one more record reached the end.
   * Longer tables are read to EOF as usual.
   */
  public <T> T readSeqTable(Path file, BytesParser<T> parser) throws IOException {
    String name = file.toString();
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    return parse(Arrays.copyOf(bytes, bytes.length + 1), () -> name, parser, SEQ_END_BELOW);
  }

  /** More than any line of /proc/net/{tcp,tcp6,udp,udp6,unix} (tcp pads to 150 bytes). */
  static final int SEQ_RECORD_MAX = 512;

  /** The smallest seq_file kernel buffer (one page) less one record. */
  static final int SEQ_END_BELOW = 4096 - SEQ_RECORD_MAX;

  private <T> T parse(byte[] cpath, Supplier<String> name, BytesParser<T> parser)
      throws IOException {
    return parse(cpath, name, parser, 0);
  }

  private <T> T parse(byte[] cpath, Supplier<String> name, BytesParser<T> parser, int endBelow)
      throws IOException {
    return parse(AT_FDCWD, cpath, name, parser, endBelow);
  }

  /** {@code openat}'s "relative to the working directory", i.e. a plain {@code open}. */
  private static final int AT_FDCWD = -100;

  private <T> T parse(
      int dirfd, byte[] cpath, Supplier<String> name, BytesParser<T> parser, int endBelow)
      throws IOException {
    NativeBuffer nb = nativeBuffer.get();
    int n = fill(dirfd, cpath, name, nb, endBelow);
    byte[] buf = take(n);
    try {
      nb.view.get(0, buf, 0, n);
      nb.shrink();
      return parser.parse(buf, n);
    } finally {
      give(buf);
    }
  }

  /** Reads {@code file} into a new array of exactly its length. */
  public byte[] readAll(Path file) throws IOException {
    return read(file, (b, len) -> Arrays.copyOf(b, len));
  }

  /** The native side of one thread's reads: a buffer that grows and is reused. */
  private static final class NativeBuffer {
    Memory memory = new Memory(INITIAL_SIZE);
    ByteBuffer view = memory.getByteBuffer(0, INITIAL_SIZE);
    byte[] path = new byte[128];

    /** {@code dir + file + NUL} in the reused path array. */
    byte[] path(byte[] dir, String file) {
      int len = dir.length + file.length() + 1;
      if (path.length < len) {
        path = new byte[len * 2];
      }
      System.arraycopy(dir, 0, path, 0, dir.length);
      for (int i = 0; i < file.length(); i++) {
        char c = file.charAt(i);
        if (c >= 0x80) {
          throw new IllegalArgumentException("file name must be ASCII: " + file);
        }
        path[dir.length + i] = (byte) c;
      }
      path[len - 1] = 0;
      return path;
    }

    void grow(int used) {
      Memory bigger = new Memory(memory.size() * 2);
      bigger.write(0, memory.getByteArray(0, used), 0, used);
      memory = bigger;
      view = memory.getByteBuffer(0, memory.size());
    }

    /** Gives back a buffer grown past {@link #KEEP_MAX} by one big file. */
    void shrink() {
      if (memory.size() > KEEP_MAX) {
        memory = new Memory(INITIAL_SIZE);
        view = memory.getByteBuffer(0, INITIAL_SIZE);
      }
    }
  }

  /**
   * Reads the whole file into the thread's native buffer; returns its length. A first read shorter
   * than {@code endBelow} bytes ends it (see {@link #readSeqTable}); 0 reads to EOF.
   */
  private static int fill(
      int dirfd, byte[] cpath, Supplier<String> name, NativeBuffer nb, int endBelow)
      throws IOException {
    int fd;
    try {
      fd =
          dirfd == AT_FDCWD
              ? LinuxFileCalls.open(cpath, LinuxFileCalls.O_RDONLY_CLOEXEC)
              : LinuxFileCalls.openat(dirfd, cpath, LinuxFileCalls.O_RDONLY_CLOEXEC);
    } catch (LastErrorException e) {
      throw FileError.exception(name.get(), e.getErrorCode());
    }
    int n = 0;
    try {
      while (true) {
        if (n == nb.memory.size()) {
          nb.grow(n);
        }
        long r;
        try {
          r = LinuxFileCalls.read(fd, Pointer.nativeValue(nb.memory) + n, nb.memory.size() - n);
        } catch (LastErrorException e) {
          if (e.getErrorCode() == Errno.EINTR) {
            continue;
          }
          throw FileError.exception(name.get(), e.getErrorCode());
        }
        if (r == 0) {
          break;
        }
        if (n == 0 && r < endBelow) {
          n = (int) r;
          break;
        }
        n += (int) r;
      }
    } finally {
      closeQuietly(fd);
    }
    return n;
  }

  private static void closeQuietly(int fd) {
    try {
      LinuxFileCalls.close(fd);
    } catch (LastErrorException e) {
      // Nothing to do for a read-only procfs descriptor: the data was read in full.
    }
  }

  /** The thread's spare array if it holds {@code n} bytes, else a new one. */
  private byte[] take(int n) {
    byte[] b = spare.get();
    if (b == null || b.length < n) {
      return new byte[Math.max(n, INITIAL_SIZE)];
    }
    spare.set(null);
    return b;
  }

  private void give(byte[] b) {
    if (b.length <= KEEP_MAX) {
      spare.set(b);
    }
  }
}
