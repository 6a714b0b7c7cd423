package io.github.jpsutil.windows;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.IoCounters;
import io.github.jpsutil.api.IoNice;
import io.github.jpsutil.api.MemoryFootprint;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.MemoryInfoEx;
import io.github.jpsutil.api.MemoryMapRegion;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.OpenFile;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.ProcessThread;
import io.github.jpsutil.api.WindowsPriorityClass;
import io.github.jpsutil.spi.ProcessExit;
import io.github.jpsutil.spi.SnapshotProcess;
import io.github.jpsutil.windows.acquire.ProcessHandle;
import io.github.jpsutil.windows.acquire.Reply;
import io.github.jpsutil.windows.acquire.WindowsApi;
import io.github.jpsutil.windows.parse.AffinityMask;
import io.github.jpsutil.windows.parse.FileTime;
import io.github.jpsutil.windows.parse.PerformanceInformation;
import io.github.jpsutil.windows.parse.Priorities;
import io.github.jpsutil.windows.parse.ProcessEntry;
import io.github.jpsutil.windows.parse.ProcessParameters;
import io.github.jpsutil.windows.parse.ProcessText;
import io.github.jpsutil.windows.parse.ThreadEntry;
import io.github.jpsutil.windows.parse.TokenUser;
import io.github.jpsutil.windows.parse.WindowsSignals;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
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
    return ProcessHandle.open(api(), pid(), access, identityTime().getAsLong());
  }

  private WindowsApi api() {
    return table.calls().api();
  }

  /** psutil's {@code nice()} on Windows: the process's priority class. */
  @Override
  public WindowsPriorityClass priorityClass() {
    try (ProcessHandle h = handle(ProcessHandle.QUERY_LIMITED_INFORMATION)) {
      return Priorities.priorityClass(h.call("GetPriorityClass", api()::priorityClass));
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
      h.call("SetPriorityClass", x -> api().setPriorityClass(x, value.value()));
    }
  }

  @Override
  public IoNice ionice() {
    try (ProcessHandle h = handle(ProcessHandle.QUERY_LIMITED_INFORMATION)) {
      return new IoNice.Windows(
          Priorities.ioPriority(
              h.call("NtQueryInformationProcess(ProcessIoPriority)", api()::ioPriority)));
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
          x -> api().setIoPriority(x, w.priority().value()));
    }
  }

  /** The system's sockets owned by this pid (psutil {@code net_connections(kind, _pid)}). */
  @Override
  public List<Connection> connections(ConnectionKind kind) {
    return table.network().connections(kind, OptionalInt.of(pid()));
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
      long peb =
          ProcessParameters.pebAddress(
              h.reply("NtQueryInformationProcess(ProcessBasicInformation)", api()::basicInformation)
                  .bytes());
      long params =
          ProcessParameters.parametersAddress(
              h.read("the PEB", peb, ProcessParameters.PROCESS_PARAMETERS.offset() + 8L));
      ProcessParameters.Remote text =
          where.apply(h.read("the process parameters", params, ProcessParameters.READ_SIZE));
      return h.read(what, text.address(), text.length());
    }
  }

  /** psutil: neither the idle process nor System has an image file. */
  @Override
  public String exe() {
    if (pid() == 0 || pid() == 4) {
      throw new AccessDenied(pid(), name(), "no executable for PID 0 and 4");
    }
    try (ProcessHandle h = handle(ProcessHandle.QUERY_LIMITED_INFORMATION)) {
      return ProcessParameters.utf16(
          h.buffer("QueryFullProcessImageNameW", 1024, api()::imageName).bytes());
    }
  }

  /** psutil: {@code DOMAIN\\user} of the process token; PIDs 0 and 4 are NT AUTHORITY\\SYSTEM. */
  @Override
  public String username() {
    if (pid() == 0 || pid() == 4) {
      return "NT AUTHORITY\\SYSTEM";
    }
    byte[] sid;
    try (ProcessHandle h = handle(ProcessHandle.QUERY_LIMITED_INFORMATION)) {
      Reply token = h.buffer("GetTokenInformation(TokenUser)", 64, api()::tokenUser);
      sid = TokenUser.sid(token.bytes(), token.address());
    }
    return TokenUser.account(table.calls().lookupAccountSid(sid).bytes());
  }

  @Override
  public Set<Integer> cpuAffinity() {
    return AffinityMask.process(affinityMasks());
  }

  /** The CPUs of the system mask, which SetProcessAffinityMask requires a subset of. */
  @Override
  public Set<Integer> eligibleCpus() {
    return AffinityMask.system(affinityMasks());
  }

  private ByteBuffer affinityMasks() {
    try (ProcessHandle h = handle(ProcessHandle.QUERY_LIMITED_INFORMATION)) {
      return h.reply("GetProcessAffinityMask", api()::affinityMask).bytes();
    }
  }

  @Override
  public void setCpuAffinity(Set<Integer> cpus) {
    long mask = AffinityMask.mask(cpus);
    try (ProcessHandle h = handle(ProcessHandle.SET_INFORMATION)) {
      h.call("SetProcessAffinityMask", x -> api().setAffinityMask(x, mask));
    }
  }

  /**
   * psutil's {@code send_signal}, {@code terminate}/{@code kill}, {@code suspend}/{@code resume} on
   * one handle checked against {@code identity}. A TerminateProcess refused because the process
   * exited meanwhile succeeds, as psutil's proc_kill (gh-1099).
   */
  @Override
  public void sendSignal(int signum, OptionalLong identity) {
    WindowsSignals.Action action = WindowsSignals.action(signum);
    int access =
        switch (action) {
          case TERMINATE -> ProcessHandle.TERMINATE;
          case SUSPEND, RESUME -> ProcessHandle.SUSPEND_RESUME;
          case CTRL_C, CTRL_BREAK -> ProcessHandle.QUERY_LIMITED_INFORMATION;
        };
    long created = identity.orElse(identityTime().getAsLong());
    try (ProcessHandle h = ProcessHandle.open(api(), pid(), access, created)) {
      switch (action) {
        case TERMINATE -> terminate(h);
        case SUSPEND -> h.call("NtSuspendProcess", x -> api().suspendOrResume(x, true));
        case RESUME -> h.call("NtResumeProcess", x -> api().suspendOrResume(x, false));
        case CTRL_C, CTRL_BREAK ->
            h.call(
                "GenerateConsoleCtrlEvent",
                x -> api().consoleCtrlEvent(action == WindowsSignals.Action.CTRL_C ? 0 : 1, pid()));
      }
    }
  }

  private void terminate(ProcessHandle h) {
    try {
      h.call("TerminateProcess", x -> api().terminate(x, WindowsSignals.SIGTERM));
    } catch (AccessDenied e) {
      if (h.running()) {
        throw e;
      }
    }
  }

  /** WaitForSingleObject result codes (winbase.h). */
  private static final long WAIT_OBJECT_0 = 0;

  private static final long WAIT_ABANDONED = 0x80;

  /** Waits in slices of at most this, so an interrupt is seen. */
  private static final long SLICE_MILLIS = 100;

  @Override
  public boolean awaitExit(long timeoutNanos) throws InterruptedException {
    return awaitExitStatus(timeoutNanos).exited();
  }

  /**
   * psutil's {@code wait()} ({@code proc_wait}): WaitForSingleObject on a SYNCHRONIZE handle opened
   * once and checked against the creation time, then GetExitCodeProcess on the same handle, so the
   * code is this process's even if the pid is reused right after. After the wait succeeded the code
   * is final, even 259 (STILL_ACTIVE's value). A pid already gone, or now naming another process,
   * exited without a code (psutil: None); so does WAIT_ABANDONED, as psutil (gh-1224).
   */
  @Override
  public ProcessExit awaitExitStatus(long timeoutNanos) throws InterruptedException {
    ProcessHandle h;
    try {
      h =
          ProcessHandle.openExited(
              api(), pid(), ProcessHandle.SYNCHRONIZE, identityTime().getAsLong());
    } catch (NoSuchProcess e) {
      return ProcessExit.withoutCode();
    }
    try (h) {
      long start = System.nanoTime();
      while (true) {
        long left = timeoutNanos - (System.nanoTime() - start);
        int millis = (int) (left <= 0 ? 0 : Math.min(SLICE_MILLIS, left / 1_000_000 + 1));
        long result = h.call("WaitForSingleObject", x -> api().waitForObject(x, millis));
        if (result == WAIT_OBJECT_0) {
          return ProcessExit.withCode((int) h.call("GetExitCodeProcess", api()::exitCode));
        }
        if (result == WAIT_ABANDONED) {
          return ProcessExit.withoutCode();
        }
        if (left <= 0) {
          return ProcessExit.timedOut();
        }
        if (Thread.interrupted()) {
          throw new InterruptedException("waiting for pid " + pid());
        }
      }
    }
  }

  /**
   * psutil's Windows {@code memory_maps()}: every region mapping a file, address order (core groups
   * them by path when asked), on a PROCESS_QUERY_INFORMATION | PROCESS_VM_READ handle.
   */
  @Override
  public List<MemoryMapRegion> memoryMaps() {
    try (ProcessHandle h = handle(WindowsProcessMemory.QUERY_INFORMATION | ProcessHandle.VM_READ)) {
      return WindowsProcessMemory.maps(api(), h);
    }
  }

  /** psutil's Windows {@code memory_footprint()}: USS, the process's own pages × the page size. */
  @Override
  public MemoryFootprint memoryFootprint() {
    long pages;
    try (ProcessHandle h = handle(WindowsProcessMemory.QUERY_INFORMATION)) {
      pages = WindowsProcessMemory.ownPages(api(), h);
    }
    // PERFORMANCE_INFORMATION.PageSize: the page size psutil's getpagesize() reads.
    long pageSize =
        PerformanceInformation.decode(table.calls().performanceInfo().bytes()).pageSize();
    return new MemoryFootprint.Basic(Math.multiplyExact(pages, pageSize));
  }

  /** psutil's Windows {@code open_files()}; none for the idle and System processes. */
  @Override
  public List<OpenFile> openFiles() {
    if (pid() == 0 || pid() == 4) {
      return List.of();
    }
    try (ProcessHandle h = handle(WindowsOpenFiles.DUP_HANDLE)) {
      return WindowsOpenFiles.of(table.calls(), h, pid());
    }
  }
}
