package io.github.jpsutil.windows.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.spi.Abi;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.testkit.LayoutCompiler;
import io.github.jpsutil.testkit.LayoutDeclarations;
import java.lang.invoke.MethodHandles;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every struct this backend declares, compiled as {@code _Static_assert}s against MinGW-w64's
 * Windows headers ({@code x86_64-w64-mingw32-gcc}): a wrong offset, width or size fails here.
 */
class WindowsLayoutCompileTest {
  private static final List<CStruct> STRUCTS =
      LayoutDeclarations.collect(MethodHandles.lookup(), SystemProcessInformation.class);

  @Test
  void declarationsAreFound() {
    assertThat(STRUCTS)
        .extracting(CStruct::name)
        .contains(
            "SYSTEM_PROCESS_INFORMATION",
            "SYSTEM_THREAD_INFORMATION",
            "PERFORMANCE_INFORMATION",
            "SYSTEM_PAGEFILE_INFORMATION",
            "SYSTEM_PROCESSOR_PERFORMANCE_INFORMATION",
            "SYSTEM_TIMEOFDAY_INFORMATION",
            "FILETIME",
            "MIB_TCPTABLE_OWNER_PID",
            "MIB_TCP6TABLE_OWNER_PID",
            "MIB_UDPTABLE_OWNER_PID",
            "MIB_UDP6TABLE_OWNER_PID",
            "MIB_TCPROW_OWNER_PID",
            "MIB_TCP6ROW_OWNER_PID",
            "MIB_UDPROW_OWNER_PID",
            "MIB_UDP6ROW_OWNER_PID",
            "SYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX",
            "PROCESSOR_GROUP_INFO",
            "PROCESS_BASIC_INFORMATION",
            "PEB",
            "RTL_USER_PROCESS_PARAMETERS",
            "SYSTEM_POWER_STATUS",
            "TOKEN_USER",
            "SID",
            "IP_ADAPTER_ADDRESSES",
            "IP_ADAPTER_UNICAST_ADDRESS",
            "struct sockaddr_in",
            "struct sockaddr_in6",
            "MIB_IF_TABLE2",
            "MIB_IF_ROW2",
            "SYSTEM_PERFORMANCE_INFORMATION",
            "PROCESSOR_POWER_INFORMATION",
            "ENUM_SERVICE_STATUS_PROCESSW",
            "SERVICE_STATUS_PROCESS",
            "QUERY_SERVICE_CONFIGW",
            "SERVICE_DESCRIPTIONW",
            "PROCESS_HEAP_ENTRY",
            "MEMORY_BASIC_INFORMATION",
            "PDH_FMT_COUNTERVALUE",
            "WTS_SESSION_INFOW",
            "WTS_CLIENT_ADDRESS",
            "WTSINFOW");
  }

  /**
   * Driver-kit structs (PROCESSOR_POWER_INFORMATION is only in ddk/ntpoapi.h, which clashes with
   * windows.h) compile in a translation unit of their own.
   */
  @Test
  void layoutsCompileAgainstMingwHeaders() {
    java.util.function.Predicate<CStruct> ddk =
        s -> s.headers().stream().anyMatch(h -> h.startsWith("ddk/"));
    LayoutCompiler.forAbi(Abi.WINDOWS_X64).check(STRUCTS.stream().filter(ddk.negate()).toList());
    LayoutCompiler.forAbi(Abi.WINDOWS_X64).check(STRUCTS.stream().filter(ddk).toList());
  }
}
