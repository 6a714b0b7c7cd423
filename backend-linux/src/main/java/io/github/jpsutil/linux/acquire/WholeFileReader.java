package io.github.jpsutil.linux.acquire;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads whole procfs files into a per-thread byte array that is reused from call to call, so a scan
 * of every process allocates no read buffers. procfs reports size 0, so files are read to EOF.
 * Reentrant: a parser that reads another file gets a buffer of its own.
 *
 * <p>Plain JDK I/O, no native library: a {@link FileInputStream} by path (one open, reads straight
 * into the array, one close; lighter than a file channel, which adds a channel object, a cleaner
 * registration and a copy through a direct buffer), or a {@link HeldFile} read again from its
 * start. A process scan and the {@code /proc}-only system functions therefore never load JNA. Each
 * read(2) asks for at most 8192 bytes until the array holds more than that: the JDK reads up to
 * 8192 bytes through a buffer on the C stack and mallocs one for anything larger ({@code io_util.c
 * readBytes}).
 */
public final class WholeFileReader {
  /** Fits stat, statm, status, io and most cmdlines in one read. */
  private static final int INITIAL_SIZE = 8192;

  /** A buffer grown past this (a big smaps) is not kept for the next read. */
  private static final int KEEP_MAX = 1 << 20;

  /** The largest read(2) asked for once the array is large (64 KiB: malloc, not mmap, in C). */
  private static final int CHUNK_MAX = 1 << 16;

  private final ThreadLocal<byte[]> spare = new ThreadLocal<>();

  /** Turns {@code b[0, len)} into a value; must not keep {@code b}. */
  @FunctionalInterface
  public interface BytesParser<T> {
    T parse(byte[] b, int len);
  }

  /**
   * The bytes, copied. A class, not a lambda: every lambda's first use spins a class at run time,
   * which a cold start pays for; these two run in every start-up.
   */
  public static final BytesParser<byte[]> COPY = new Copy();

  /** The bytes as UTF-8 text (kernel files are ASCII except for names, which may be UTF-8). */
  public static final BytesParser<String> UTF8 = new Utf8();

  private static final class Copy implements BytesParser<byte[]> {
    @Override
    public byte[] parse(byte[] b, int len) {
      return Arrays.copyOf(b, len);
    }
  }

  private static final class Utf8 implements BytesParser<String> {
    @Override
    public String parse(byte[] b, int len) {
      return new String(b, 0, len, StandardCharsets.UTF_8);
    }
  }

  /** Reads {@code file} and hands its bytes to {@code parser} without copying them. */
  public <T> T read(Path file, BytesParser<T> parser) throws IOException {
    return read(file.toString(), parser, 0);
  }

  /** Reads the file at {@code path} and hands its bytes to {@code parser}. */
  public <T> T read(String path, BytesParser<T> parser) throws IOException {
    return read(path, parser, 0);
  }

  /**
   * Like {@link #read(String, BytesParser)} for a file the kernel prints whole at its first read (a
   * {@code seq_file} opened with {@code single_open}, as {@code /proc/<pid>/stat}, {@code status}
   * and {@code statm}: {@code proc_single_open} in {@code fs/proc/base.c}): {@code seq_read} builds
   * the whole text and copies what fits, so a first read(2) that returns less than it asked for
   * returned all of it, and the read(2) that would return 0 is not made. One system call in four of
   * a scan.
   */
  public <T> T readRecord(String path, BytesParser<T> parser) throws IOException {
    return read(path, parser, INITIAL_SIZE);
  }

  /** Opens {@code path} to be read again and again ({@link #readHeld}); the caller closes it. */
  public HeldFile hold(String path) throws IOException {
    return HeldFile.open(path);
  }

  /**
   * Reads a held file from its start and hands its bytes to {@code parser}: to EOF, but a first
   * read(2) shorter than it asked for ends it (the held files are {@code single_open} files, see
   * {@link #readRecord}).
   */
  public <T> T readHeld(HeldFile held, BytesParser<T> parser) throws IOException {
    byte[] buf = take();
    try {
      if (held.readBefore) {
        held.file.seek(0); // a fresh file is at its start already: no lseek(2)
      }
      held.readBefore = true;
      int n = 0;
      while (true) {
        if (n == buf.length) {
          buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int asked = chunk(buf, n);
        int r = held.file.read(buf, n, asked);
        if (r < 0) {
          break;
        }
        n += r;
        if (n == r && r < asked) {
          break;
        }
      }
      return parser.parse(buf, n);
    } catch (IOException e) {
      throw named(held.path(), e);
    } finally {
      give(buf);
    }
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
    return read(file.toString(), parser, SEQ_END_BELOW);
  }

  /** More than any line of /proc/net/{tcp,tcp6,udp,udp6,unix} (tcp pads to 150 bytes). */
  static final int SEQ_RECORD_MAX = 512;

  /** The smallest seq_file kernel buffer (one page) less one record. */
  static final int SEQ_END_BELOW = 4096 - SEQ_RECORD_MAX;

  /**
   * Reads the whole file at {@code path}; a first read shorter than {@code endBelow} bytes ends it
   * (see {@link #readSeqTable}), 0 reads to EOF.
   */
  private <T> T read(String path, BytesParser<T> parser, int endBelow) throws IOException {
    byte[] buf = take();
    try (FileInputStream in = new FileInputStream(path)) {
      int n = 0;
      while (true) {
        if (n == buf.length) {
          buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int r = in.read(buf, n, chunk(buf, n));
        if (r < 0) {
          break;
        }
        if (n == 0 && r < endBelow) {
          n = r;
          break;
        }
        n += r;
      }
      return parser.parse(buf, n);
    } catch (IOException e) {
      throw named(path, e);
    } finally {
      give(buf);
    }
  }

  /** How much the next read(2) asks for: see the class comment. */
  private static int chunk(byte[] buf, int n) {
    int room = buf.length - n;
    return Math.min(room, n < INITIAL_SIZE ? INITIAL_SIZE - n : CHUNK_MAX);
  }

  /**
   * The JDK's file-system exception for a failed open or read of {@code path}: {@link
   * FileInputStream} reports a failed open as a {@link FileNotFoundException} whose message is
   * {@code "<path> (<strerror>)"} and a failed read as a plain {@link IOException} whose message is
   * the strerror text; {@link FileError#of} reads what this returns as it reads the JDK's nio
   * exceptions.
   */
  static IOException named(String path, IOException e) {
    if (e instanceof FileSystemException) {
      return e;
    }
    String reason = e.getMessage();
    if (e instanceof FileNotFoundException && reason != null) {
      int open = reason.lastIndexOf(" (");
      if (open >= 0 && reason.endsWith(")")) {
        reason = reason.substring(open + 2, reason.length() - 1);
      }
    }
    FileError kind = FileError.ofReason(reason);
    IOException out;
    if (kind == FileError.MISSING) {
      out = new NoSuchFileException(path);
    } else if (kind == FileError.DENIED && !FileError.isEperm(reason)) {
      out = new AccessDeniedException(path);
    } else {
      out = new FileSystemException(path, null, reason);
    }
    out.initCause(e);
    return out;
  }

  /** The thread's spare array, else a new one. */
  private byte[] take() {
    byte[] b = spare.get();
    if (b == null) {
      return new byte[INITIAL_SIZE];
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
