package io.github.jpsutil.windows.capture;

import io.github.jpsutil.windows.acquire.Outcome;
import io.github.jpsutil.windows.acquire.Reply;
import io.github.jpsutil.windows.acquire.ServiceQuery;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fake native layer's services, sessions, heaps and PDH calls (between {@link
 * ReplaySystemCalls} and {@link ReplayWindowsApi}): each answered with what the probe's same call
 * returned under Wine, "too small" where Windows says it, and failures a test declares.
 */
public abstract class ReplayHostCalls extends ReplaySystemCalls {
  /** winerror.h: the services' "too small" answers. */
  public static final int ERROR_MORE_DATA = 234;

  /** Bytes the service list claims to need, when a test wants more than the capture's. */
  public int serviceListBytes;

  ReplayHostCalls(CaptureDirectory capture) {
    super(capture);
  }

  /** The captured list; {@code needed} is the entry count (the manifest's rc). */
  @Override
  public Reply enumServices(int length) {
    calls.add("EnumServicesStatusExW(" + length + ")");
    Integer failed = failure("EnumServicesStatusExW");
    if (failed != null) {
      return new Reply(failed, 0, empty(), 0);
    }
    CaptureDirectory.Entry e = capture.entry("EnumServicesStatusEx.bin");
    int needed = Math.max(e.bytes(), serviceListBytes);
    if (length < needed) {
      return new Reply(ERROR_MORE_DATA, needed, empty(), 0);
    }
    return new Reply(0, (int) e.rc(), capture.raw(e.file()), e.address());
  }

  /**
   * The probe's answer for the service of that name ({@code services.tsv} gives its index); a name
   * the capture has not is answered with the error Wine gave for a missing service (the manifest's
   * {@code OpenServiceW.missing}).
   */
  @Override
  public Reply serviceQuery(String name, ServiceQuery query, int length) {
    calls.add("serviceQuery(" + name + ", " + query + ", " + length + ")");
    Integer failed = failure("OpenServiceW");
    if (failed == null) {
      failed = failure(query.name());
    }
    if (failed != null) {
      return new Reply(failed, 0, empty(), 0);
    }
    String index = null;
    for (Map<String, String> row : capture.tsv("services.tsv")) {
      if (row.get("name").equalsIgnoreCase(name)) {
        index = row.get("index");
      }
    }
    if (index == null) {
      int missing = Integer.parseInt(capture.keyValues("manifest.txt").get("OpenServiceW.missing"));
      return new Reply(missing, 0, empty(), 0);
    }
    String file = "svc-" + index + "-" + query.name().toLowerCase(Locale.ROOT) + ".bin";
    CaptureDirectory.Entry e = capture.entry(file);
    if (e.rc() < 0) {
      return new Reply((int) -e.rc(), 0, empty(), 0);
    }
    if (length < e.bytes()) {
      return new Reply(ERROR_INSUFFICIENT_BUFFER, e.bytes(), empty(), 0);
    }
    return new Reply(0, e.bytes(), capture.raw(file), e.address());
  }

  /** Which heap snapshot the heap calls replay: "before" or "after" the probe's allocations. */
  public String heapSnapshot = "after";

  /** GetProcessHeaps: the handles when {@code count} holds them, else the count it needs. */
  @Override
  public Reply processHeaps(int count) {
    calls.add("GetProcessHeaps(" + count + ")");
    Integer failed = failure("GetProcessHeaps");
    if (failed != null) {
      return new Reply(failed, 0, empty(), 0);
    }
    CaptureDirectory.Entry e = capture.entry("heap-" + heapSnapshot + "-GetProcessHeaps.bin");
    if (count < e.rc()) {
      return new Reply(ERROR_INSUFFICIENT_BUFFER, (int) e.rc(), empty(), 0);
    }
    return new Reply(0, (int) e.rc(), capture.raw(e.file()), e.address());
  }

  /** ERROR_NO_MORE_ITEMS (winerror.h): how every HeapWalk ends. */
  private static final int ERROR_NO_MORE_ITEMS = 259;

  @Override
  public Reply processHeapEntries() {
    calls.add("HeapWalk()");
    Integer failed = failure("HeapWalk");
    if (failed != null) {
      return new Reply(failed, 0, empty(), 0);
    }
    CaptureDirectory.Entry e = capture.entry("heap-" + heapSnapshot + "-HeapWalk.bin");
    int status = e.rc() == ERROR_NO_MORE_ITEMS ? 0 : (int) e.rc();
    return new Reply(status, e.bytes(), capture.raw(e.file()), 0);
  }

  @Override
  public Reply memoryRegions() {
    calls.add("VirtualQuery()");
    CaptureDirectory.Entry e = capture.entry("heap-" + heapSnapshot + "-VirtualQuery.bin");
    return new Reply(0, e.bytes(), capture.raw(e.file()), 0);
  }

  /** HeapCompact: the probe's answer ({@code heap.txt}). */
  @Override
  public Outcome compactProcessHeap() {
    calls.add("HeapCompact()");
    Integer failed = failure("HeapCompact");
    if (failed != null) {
      return Outcome.failed(failed);
    }
    Map<String, String> heap = capture.keyValues("heap.txt");
    int error = Integer.parseInt(heap.get("HeapCompact.error"));
    return error != 0
        ? Outcome.failed(error)
        : Outcome.ok(Long.parseUnsignedLong(heap.get("HeapCompact")));
  }

  /**
   * Processor Queue Length samples a test declares; Wine has no such PDH counter, so without them
   * the counter cannot be opened, with the statuses the probe recorded.
   */
  public final Deque<Double> queueLengths = new ArrayDeque<>();

  @Override
  public Reply openCounter(String path) {
    calls.add("PdhOpenCounter(" + path + ")");
    if (queueLengths.isEmpty()) {
      Map<String, String> notes = capture.keyValues("manifest.txt");
      int open = (int) Long.parseLong(notes.get("PdhOpenQueryW").substring(2), 16);
      int add = (int) Long.parseLong(notes.get("PdhAddEnglishCounterW").substring(2), 16);
      return new Reply(open != 0 ? open : add, 0, empty(), 0);
    }
    ByteBuffer handles = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
    handles.putLong(0, 0x51).putLong(8, 0x52);
    return new Reply(0, 16, handles, 0);
  }

  /** The next declared sample as a PDH_FMT_COUNTERVALUE with PDH_CSTATUS_VALID_DATA. */
  @Override
  public Reply sampleCounter(long query, long counter) {
    calls.add("PdhSample(" + query + ", " + counter + ")");
    Integer failed = failure("PdhCollectQueryData");
    if (failed != null) {
      return new Reply(failed, 0, empty(), 0);
    }
    ByteBuffer value = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
    value.putInt(0, 0).putDouble(8, queueLengths.remove());
    return new Reply(0, 16, value, 0);
  }

  @Override
  public void closeQuery(long query) {
    calls.add("PdhCloseQuery(" + query + ")");
  }

  /** Sessions a test declares instead of the capture's list (Wine lists none). */
  public final List<Integer> declaredSessions = new ArrayList<>();

  /** WTSQuerySessionInformationW answers a test declares: "session:class" → bytes. */
  public final Map<String, byte[]> declaredSessionInfo = new HashMap<>();

  @Override
  public Reply enumerateSessions() {
    calls.add("WTSEnumerateSessionsW()");
    Integer failed = failure("WTSEnumerateSessionsW");
    if (failed != null) {
      return new Reply(failed, 0, empty(), 0);
    }
    if (!declaredSessions.isEmpty()) {
      ByteBuffer b =
          ByteBuffer.allocate(24 * declaredSessions.size()).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < declaredSessions.size(); i++) {
        b.putInt(24 * i, declaredSessions.get(i));
      }
      return new Reply(0, declaredSessions.size(), b, 0);
    }
    CaptureDirectory.Entry e = capture.entry("WTSEnumerateSessions.bin");
    return new Reply(0, (int) e.rc(), capture.raw(e.file()), e.address());
  }

  /**
   * A declared answer, else for the probe's own session (the manifest's ProcessIdToSessionId) what
   * Wine answered; a failed capture call is ERROR_GEN_FAILURE (31), the capture holding no error
   * code for it; other sessions are ERROR_INVALID_PARAMETER (87).
   */
  @Override
  public Reply sessionInformation(int session, int infoClass) {
    calls.add("WTSQuerySessionInformationW(" + session + ", " + infoClass + ")");
    byte[] declared = declaredSessionInfo.get(session + ":" + infoClass);
    if (declared != null) {
      return new Reply(
          0, declared.length, ByteBuffer.wrap(declared).order(ByteOrder.LITTLE_ENDIAN), 0);
    }
    String own = capture.keyValues("manifest.txt").get("ProcessIdToSessionId");
    String name =
        switch (infoClass) {
          case 5 -> "WTSUserName";
          case 14 -> "WTSClientAddress";
          case 24 -> "WTSSessionInfo";
          default -> null;
        };
    if (name == null || !String.valueOf(session).equals(own)) {
      return new Reply(87, 0, empty(), 0);
    }
    CaptureDirectory.Entry e = capture.entry("WTSQuerySessionInformation-" + name + ".bin");
    if (e.rc() != 1) {
      return new Reply(e.rc() < 0 ? (int) -e.rc() : 31, 0, empty(), 0);
    }
    return new Reply(0, e.bytes(), capture.raw(e.file()), e.address());
  }
}
