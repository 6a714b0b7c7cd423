package io.github.jpsutil.windows.parse;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.WindowsIoPriority;
import io.github.jpsutil.api.WindowsPriorityClass;

/**
 * The priority values Windows returns for a process: {@code GetPriorityClass} (winbase.h {@code
 * *_PRIORITY_CLASS}) and the {@code ProcessIoPriority} ULONG of {@code NtQueryInformationProcess}
 * (phnt {@code IO_PRIORITY_HINT}: 0 very low, 1 low, 2 normal, 3 high; psutil {@code IOPRIO_*}).
 */
public final class Priorities {
  private Priorities() {}

  /** psutil's {@code nice()} on Windows. */
  public static WindowsPriorityClass priorityClass(long value) {
    for (WindowsPriorityClass c : WindowsPriorityClass.values()) {
      if (c.value() == value) {
        return c;
      }
    }
    throw new MalformedDataException(
        "GetPriorityClass returned no known class: 0x" + Long.toHexString(value));
  }

  /** psutil's {@code ionice()} on Windows. */
  public static WindowsIoPriority ioPriority(long value) {
    for (WindowsIoPriority p : WindowsIoPriority.values()) {
      if (p.value() == value) {
        return p;
      }
    }
    throw new MalformedDataException(
        "ProcessIoPriority " + value + " is outside IO_PRIORITY_HINT 0..3 (very low .. high)");
  }
}
