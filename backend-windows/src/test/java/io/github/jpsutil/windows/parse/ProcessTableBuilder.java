package io.github.jpsutil.windows.parse;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a SystemProcessInformation buffer the way the kernel does: each 256-byte record, its
 * 80-byte thread records, then its UTF-16 image name, linked by NextEntryOffset. Every field is
 * written at its x64 offset (see {@link SystemProcessInformation}).
 */
final class ProcessTableBuilder {
  /** A plausible user-mode heap address for the buffer. */
  static final long ADDRESS = 0x0000_01F2_3A40_0000L;

  record Thread(
      long tid, long kernel100ns, long user100ns, int ctxSwitches, int state, int waitReason) {}

  record Process(
      long pid,
      long ppid,
      String name,
      long createTime,
      long user100ns,
      long kernel100ns,
      int handles,
      int pageFaults,
      int hardFaults,
      long[] memory, // PeakVirtual, Virtual, PeakWS, WS, QPeakPaged, QPaged, QPeakNonPaged,
      // QNonPaged, Pagefile, PeakPagefile, Private
      long[] io, // ReadOps, WriteOps, OtherOps, ReadBytes, WriteBytes, OtherBytes
      List<Thread> threads) {}

  private final List<Process> processes = new ArrayList<>();

  ProcessTableBuilder add(Process p) {
    processes.add(p);
    return this;
  }

  ByteBuffer build() {
    ByteBuffer b = ByteBuffer.allocate(64 * 1024).order(ByteOrder.LITTLE_ENDIAN);
    int off = 0;
    for (int i = 0; i < processes.size(); i++) {
      Process p = processes.get(i);
      int threadsEnd = off + 256 + 80 * p.threads().size();
      byte[] name = p.name() == null ? new byte[0] : p.name().getBytes(StandardCharsets.UTF_16LE);
      int nameAt = threadsEnd;
      int end = align8(nameAt + name.length + 2);
      b.putInt(off, i == processes.size() - 1 ? 0 : end - off); // NextEntryOffset
      b.putInt(off + 4, p.threads().size()); // NumberOfThreads
      b.putLong(off + 8, 1 << 20); // WorkingSetPrivateSize, unused
      b.putInt(off + 16, p.hardFaults()); // HardFaultCount
      b.putInt(off + 20, p.threads().size() + 3); // NumberOfThreadsHighWatermark, unused
      b.putLong(off + 24, 999_999_999L); // CycleTime, unused
      b.putLong(off + 32, p.createTime()); // CreateTime
      b.putLong(off + 40, p.user100ns()); // UserTime
      b.putLong(off + 48, p.kernel100ns()); // KernelTime
      if (p.name() != null) {
        b.putShort(off + 56, (short) name.length); // ImageName.Length
        b.putShort(off + 58, (short) (name.length + 2)); // ImageName.MaximumLength
        b.putLong(off + 64, ADDRESS + nameAt); // ImageName.Buffer
        b.put(nameAt, name);
      }
      b.putInt(off + 72, 8); // BasePriority
      b.putLong(off + 80, p.pid()); // UniqueProcessId
      b.putLong(off + 88, p.ppid()); // InheritedFromUniqueProcessId
      b.putInt(off + 96, p.handles()); // HandleCount
      b.putInt(off + 100, 1); // SessionId
      b.putLong(off + 104, 0); // UniqueProcessKey
      long[] m = p.memory();
      b.putLong(off + 112, m[0]); // PeakVirtualSize
      b.putLong(off + 120, m[1]); // VirtualSize
      b.putInt(off + 128, p.pageFaults()); // PageFaultCount
      for (int k = 2; k < m.length; k++) {
        // PeakWorkingSetSize @136 … PrivatePageCount @200, 8 bytes apart
        b.putLong(off + 136 + (k - 2) * 8, m[k]);
      }
      long[] io = p.io();
      for (int k = 0; k < io.length; k++) {
        // ReadOperationCount @208 … OtherTransferCount @248
        b.putLong(off + 208 + k * 8, io[k]);
      }
      for (int t = 0; t < p.threads().size(); t++) {
        Thread th = p.threads().get(t);
        int to = off + 256 + 80 * t;
        b.putLong(to, th.kernel100ns()); // KernelTime
        b.putLong(to + 8, th.user100ns()); // UserTime
        b.putLong(to + 16, p.createTime()); // CreateTime
        b.putInt(to + 24, 7); // WaitTime
        b.putLong(to + 32, 0x7FF6_0000_1000L); // StartAddress
        b.putLong(to + 40, p.pid()); // ClientId.UniqueProcess
        b.putLong(to + 48, th.tid()); // ClientId.UniqueThread
        b.putInt(to + 56, 9); // Priority
        b.putInt(to + 60, 8); // BasePriority
        b.putInt(to + 64, th.ctxSwitches()); // ContextSwitches
        b.putInt(to + 68, th.state()); // ThreadState
        b.putInt(to + 72, th.waitReason()); // WaitReason
      }
      off = end;
    }
    b.limit(off);
    return b;
  }

  private static int align8(int n) {
    return (n + 7) & ~7;
  }
}
