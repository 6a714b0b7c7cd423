package io.github.jpsutil.windows.capture;

import io.github.jpsutil.windows.acquire.Outcome;
import io.github.jpsutil.windows.acquire.Reply;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The replayed open_files calls of {@link ReplayWindowsApi}, for the probe's own handles: what the
 * probe's GetFileType, NtQueryInformationFile and NtQueryObject said of each (handles.tsv), the
 * open file's name as NtQueryObject wrote it (ntqo-1-ObjectNameInformation.bin, with its address).
 * Other processes' handles cannot be duplicated (ERROR_ACCESS_DENIED), as for a protected process.
 */
final class ReplayHandles {
  private static final int ERROR_ACCESS_DENIED = 5;
  private static final int ERROR_INVALID_HANDLE = 6;
  private static final int STATUS_INVALID_PARAMETER = 0xC000_000D;
  private static final long NAME_AT = 0x5_0000_0000L;

  private final CaptureDirectory capture;
  private final int probePid;
  private final long openHandle;

  /** Duplicates made and not yet closed: our handle → the probe's handle value. */
  final Map<Long, Long> duplicates = new HashMap<>();

  /** GetFileType calls on the duplicate of these probe handles wait for the latch (a hang). */
  final Map<Long, CountDownLatch> hangs = new HashMap<>();

  private long next = 0x7000;

  ReplayHandles(CaptureDirectory capture) {
    this.capture = capture;
    Map<String, String> facts = capture.keyValues("files.txt");
    this.probePid = Integer.parseInt(facts.get("probe_pid"));
    this.openHandle = Long.decode(facts.get("open_handle"));
  }

  private Map<String, String> row(long value) {
    return capture.tsv("handles.tsv").stream()
        .filter(r -> Long.decode(r.get("handle")) == value)
        .findFirst()
        .orElse(null);
  }

  synchronized Outcome duplicate(int pid, long value) {
    if (pid != probePid) {
      return Outcome.failed(ERROR_ACCESS_DENIED);
    }
    if (row(value) == null) {
      return Outcome.failed(ERROR_INVALID_HANDLE);
    }
    long h = next++;
    duplicates.put(h, value);
    return Outcome.ok(h);
  }

  synchronized boolean close(long handle) {
    return duplicates.remove(handle) != null;
  }

  private synchronized Map<String, String> of(long handle) {
    Long value = duplicates.get(handle);
    if (value == null) {
      throw new AssertionError("call on a handle not open: " + handle);
    }
    return row(value);
  }

  Reply objectInformation(long handle, int infoClass, int length) {
    Map<String, String> r = of(handle);
    if (infoClass == 1 && Long.decode(r.get("handle")) == openHandle) {
      CaptureDirectory.Entry e = capture.entry("ntqo-1-ObjectNameInformation.bin");
      return new Reply((int) e.rc(), e.bytes(), capture.raw(e.file()), e.address());
    }
    String text = infoClass == 2 ? r.get("type") : r.get("name");
    return unicodeString(text.equals("-") || text.equals("error") ? "" : text, infoClass == 2);
  }

  /** A hang ignores interrupts, as a blocked native call does. */
  int fileType(long handle) {
    Map<String, String> r = of(handle);
    CountDownLatch hang = hangs.get(Long.decode(r.get("handle")));
    boolean interrupted = false;
    while (hang != null && hang.getCount() > 0) {
      try {
        hang.await();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return Integer.parseInt(r.get("fileType"));
  }

  Reply fileInformation(long handle, int infoClass, int length) {
    Map<String, String> r = of(handle);
    if (r.get("directory").equals("-")) {
      return new Reply(STATUS_INVALID_PARAMETER, 0, ReplaySystemCalls.empty(), 0);
    }
    ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    if (infoClass == 5) {
      b.put(20, (byte) Integer.parseInt(r.get("deletePending")));
      b.put(21, (byte) Integer.parseInt(r.get("directory")));
    } else {
      b.putInt(32, Integer.decode(r.get("attributes")));
    }
    return new Reply(0, length, b, 0);
  }

  /**
   * A UNICODE_STRING answer for text the probe printed (types, and names other than the open
   * file's, which the capture holds raw), its buffer right after the 16-byte header (104 for a
   * type, after OBJECT_TYPE_INFORMATION).
   */
  private static Reply unicodeString(String text, boolean type) {
    byte[] utf16 = text.getBytes(StandardCharsets.UTF_16LE);
    int header = type ? 104 : 16;
    ByteBuffer b = ByteBuffer.allocate(header + utf16.length + 2).order(ByteOrder.LITTLE_ENDIAN);
    b.putShort(0, (short) utf16.length).putShort(2, (short) (utf16.length + 2));
    b.putLong(8, utf16.length == 0 ? 0 : NAME_AT + header);
    b.put(header, utf16);
    return new Reply(0, b.limit(), b, NAME_AT);
  }
}
