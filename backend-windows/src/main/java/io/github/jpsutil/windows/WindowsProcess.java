package io.github.jpsutil.windows;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.IoCounters;
import io.github.jpsutil.api.IoNice;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.MemoryInfoEx;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.ProcessThread;
import io.github.jpsutil.api.WindowsPriorityClass;
import io.github.jpsutil.spi.SnapshotProcess;
import io.github.jpsutil.windows.acquire.ProcessHandle;
import io.github.jpsutil.windows.parse.FileTime;
import io.github.jpsutil.windows.parse.Priorities;
import io.github.jpsutil.windows.parse.ProcessEntry;
import io.github.jpsutil.windows.parse.ProcessParameters;
import io.github.jpsutil.windows.parse.ProcessText;
import io.github.jpsutil.windows.parse.ThreadEntry;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * One process, answered from its SYSTEM_PROCESS_INFORMATION entry (psutil's {@code proc_oneshot}
 * data). Outside {@code oneshot()} every query reads the table anew; inside, one read serves all.
 */
final class WindowsProcess extends SnapshotProcess {
  private final WindowsProcesses table;
  private final double createTime;

  /** Identity: {@code CreateTime} in 100-ns units, fixed for the life of the process. */
  WindowsProcess(WindowsProcesses table, ProcessEntry first) {
    super(first.pid(), OptionalLong.of(first.createTime()));
    this.table = table;
    // The idle process has no CreateTime (0, i.e. 1601); psutil reports 0.0 there, this the boot
    // time, when the idle process came to be (deviation).
    Instant boot = first.createTime() == 0 ? table.bootTime() : null;
    this.createTime =
        boot != null
            ? boot.getEpochSecond() + boot.getNano() / 1e9
            : FileTime.epochSeconds(first.createTime(), "CreateTime of pid " + first.pid());
  }

  private ProcessEntry entry() {
    return read(
        "SYSTEM_PROCESS_INFORMATION",
        () -> table.find(pid()).orElseThrow(() -> new NoSuchProcess(pid())));
  }

  @Override
  protected OptionalLong readIdentityTime() {
    return OptionalLong.of(entry().createTime());
  }

  @Override
  public double createTime() {
    return createTime;
  }

  /** The image file name; pid 0 and 4 have psutil's (and Task Manager's) fixed names. */
  @Override
  public String name() {
    return switch (pid()) {
      case 0 -> "System Idle Process";
      case 4 -> "System";
      default -> entry().imageName();
    };
  }

  @Override
  public int ppid() {
    return entry().ppid();
  }

  @Override
  public ProcessStatus status() {
    return entry().status();
  }

  @Override
  public CtxSwitches numCtxSwitches() {
    return entry().ctxSwitches();
  }

  @Override
  public int numHandles() {
    return Math.toIntExact(entry().handleCount());
  }

  @Override
  public int numThreads() {
    return entry().threads().size();
  }

  @Override
  public List<ProcessThread> threads() {
    return entry().threads().stream().map(ThreadEntry::toProcessThread).toList();
  }

  @Override
  public ProcessCpuTimes cpuTimes() {
    return entry().cpuTimes();
  }

  @Override
  public MemoryInfo memoryInfo() {
    return entry().memoryInfo();
  }

  @Override
  public MemoryInfoEx memoryInfoEx() {
    return entry().memory();
  }

  @Override
  public PageFaults pageFaults() {
    return entry().pageFaults();
  }

  @Override
  public IoCounters ioCounters() {
    return entry().io();
  }

  /** A handle to this process, opened with {@code access} and checked against its identity. */
  private ProcessHandle handle(int access) {
    return ProcessHandle.open(table.calls.api(), pid(), access, identityTime().getAsLong());
  }

  /** psutil's {@code nice()} on Windows: the process's priority class. */
  @Override
  public WindowsPriorityClass priorityClass() {
    try (ProcessHandle h = handle(ProcessHandle.QUERY_LIMITED_INFORMATION)) {
      return Priorities.priorityClass(h.call("GetPriorityClass", table.calls.api()::priorityClass));
    }
  }

  /** The priority class as the number psutil's {@code Priority} IntEnum holds (NORMAL is 32). */
  @Override
  public int nice() {
    return priorityClass().value();
  }

  @Override
  public void setPriorityClass(WindowsPriorityClass value) {
    try (ProcessHandle h = handle(ProcessHandle.SET_INFORMATION)) {
      h.call("SetPriorityClass", x -> table.calls.api().setPriorityClass(x, value.value()));
    }
  }

  @Override
  public IoNice ionice() {
    try (ProcessHandle h = handle(ProcessHandle.QUERY_LIMITED_INFORMATION)) {
      return new IoNice.Windows(
          Priorities.ioPriority(
              h.call(
                  "NtQueryInformationProcess(ProcessIoPriority)", table.calls.api()::ioPriority)));
    }
  }

  /** psutil's {@code ionice(value)} on Windows, one of the {@code IOPRIO_*} constants. */
  @Override
  public void setIonice(IoNice value) {
    if (!(value instanceof IoNice.Windows w)) {
      throw new IllegalArgumentException(
          "ionice on Windows takes a WindowsIoPriority (IOPRIO_VERYLOW..IOPRIO_HIGH), got "
              + value);
    }
    try (ProcessHandle h = handle(ProcessHandle.SET_INFORMATION)) {
      h.call(
          "NtSetInformationProcess(ProcessIoPriority)",
          x -> table.calls.api().setIoPriority(x, w.priority().value()));
    }
  }

  /** The system's sockets owned by this pid (psutil {@code net_connections(kind, _pid)}). */
  @Override
  public List<Connection> connections(ConnectionKind kind) {
    return table.network.connections(kind, OptionalInt.of(pid()));
  }

  /** psutil: the idle and System processes have no command line (an empty list). */
  @Override
  public List<String> cmdline() {
    return pid() == 0 || pid() == 4
        ? List.of()
        : ProcessText.cmdline(fromParameters("the command line", ProcessParameters::commandLine));
  }

  /** psutil: AccessDenied for the idle and System processes, which have no directory. */
  @Override
  public String cwd() {
    if (pid() == 0 || pid() == 4) {
      throw new AccessDenied(pid(), name(), "no current directory for PID 0 and 4");
    }
    return ProcessText.cwd(
        fromParameters("the current directory", ProcessParameters::currentDirectory));
  }

  /** psutil: the idle and System processes have no environment (an empty map). */
  @Override
  public Map<String, String> environ() {
    return pid() == 0 || pid() == 4
        ? Map.of()
        : ProcessText.environ(fromParameters("the environment", ProcessParameters::environment));
  }

  /**
   * The PEB walk of psutil's {@code psutil_get_process_data}: PROCESS_BASIC_INFORMATION, the PEB's
   * ProcessParameters pointer, the parameters, then the text {@code where} points to.
   */
  private ByteBuffer fromParameters(
      String what, Function<ByteBuffer, ProcessParameters.Remote> where) {
    try (ProcessHandle h = handle(ProcessHandle.VM_READ)) {
      long peb = ProcessParameters.pebAddress(h.basicInformation());
      long params =
          ProcessParameters.parametersAddress(
              h.read("the PEB", peb, ProcessParameters.PROCESS_PARAMETERS.offset() + 8L));
      ProcessParameters.Remote text =
          where.apply(h.read("the process parameters", params, ProcessParameters.READ_SIZE));
      return h.read(what, text.address(), text.length());
    }
  }
}
