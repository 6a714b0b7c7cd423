package io.github.jpsutil.windows.acquire;

/**
 * The {@code SYSTEM_INFORMATION_CLASS} values the backend passes to {@code
 * NtQuerySystemInformation} (phnt ntexapi.h), each with the name its failures are reported under.
 */
public enum SystemInformationClass {
  PERFORMANCE(2, "SystemPerformanceInformation"),
  TIME_OF_DAY(3, "SystemTimeOfDayInformation"),
  PROCESS(5, "SystemProcessInformation"),
  PROCESSOR_PERFORMANCE(8, "SystemProcessorPerformanceInformation"),
  PAGE_FILE(18, "SystemPageFileInformation"),
  EXTENDED_HANDLE(64, "SystemExtendedHandleInformation");

  final int number;
  final String call;

  SystemInformationClass(int number, String name) {
    this.number = number;
    this.call = "NtQuerySystemInformation(" + name + ")";
  }
}
