package io.github.jpsutil.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.IoPriorityClass;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.ResourceLimit;
import io.github.jpsutil.api.Rlimit;
import io.github.jpsutil.api.Signal;
import io.github.jpsutil.api.WindowsIoPriority;
import io.github.jpsutil.api.WindowsPriorityClass;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Bad input to every public method with parameters, against the Linux backend: negative, zero,
 * huge, null, unknown names, missing paths, pids beyond pid_max. Each must throw the documented
 * exception, with a message naming the argument: IllegalArgumentException (psutil's ValueError),
 * NullPointerException naming the parameter for a null, NoSuchProcess for a pid no process has,
 * UnsupportedOperationException for what Linux lacks, UncheckedIOException naming the path for a
 * file system error. {@link #everyMethodWithParametersHasACase()} keeps the table complete.
 */
@Tag("reliability")
@EnabledOnOs(OS.LINUX)
class BadInputTest {
  private final Psutil ps = Psutil.builder().build();
  private final Children children = new Children();

  @AfterEach
  void killChildren() throws InterruptedException {
    children.close();
  }

  @FunctionalInterface
  interface Body {
    Object run() throws Exception;
  }

  /** One bad call: the method's signature, what it must throw, and a word its message has. */
  record Case(String signature, Body body, Class<? extends Throwable> expected, String names) {}

  /** Methods whose parameters admit no bad value (booleans, any object for equals). */
  static final Set<String> NO_BAD_VALUE =
      Set.of(
          "Psutil.pidExists(int)", // any int: false for pids no process can have (own test)
          "Psutil.diskPartitions(boolean)",
          "Psutil.diskIoCounters(boolean)",
          "Psutil.perDiskIoCounters(boolean)",
          "Psutil.netIoCounters(boolean)",
          "Psutil.perNicIoCounters(boolean)",
          "Psutil.sensorsTemperatures(boolean)",
          "Psutil.bytes2human(long)", // every long formats; negatives keep their sign (psutil)
          "OsProcess.children(boolean)",
          "OsProcess.equals(Object)");

  private List<Case> cases(OsProcess p, int pidMax) {
    Duration negative = Duration.ofMillis(-1);
    List<Case> c = new ArrayList<>();
    Class<IllegalArgumentException> iae = IllegalArgumentException.class;
    Class<NullPointerException> npe = NullPointerException.class;
    Class<UnsupportedOperationException> uoe = UnsupportedOperationException.class;
    // ---- Psutil
    c.add(new Case("Psutil.supports(Feature)", () -> ps.supports(null), npe, "feature"));
    for (String m :
        List.of("cpuPercent", "perCpuPercent", "cpuTimesPercent", "perCpuTimesPercent")) {
      String sig = "Psutil." + m + "(Duration)";
      c.add(new Case(sig, () -> interval(m, null), npe, "interval"));
      c.add(new Case(sig, () -> interval(m, negative), iae, "interval"));
      c.add(new Case(sig, () -> interval(m, Duration.ofSeconds(Long.MIN_VALUE)), iae, "interval"));
    }
    c.add(new Case("Psutil.diskUsage(String)", () -> ps.diskUsage((String) null), npe, "path"));
    c.add(new Case("Psutil.diskUsage(String)", () -> ps.diskUsage(""), iae, "path"));
    c.add(new Case("Psutil.diskUsage(String)", () -> ps.diskUsage("/\0etc"), iae, "path"));
    c.add(
        new Case(
            "Psutil.diskUsage(String)",
            () -> ps.diskUsage("/no/such/jpsutil/path"),
            UncheckedIOException.class,
            "/no/such/jpsutil/path"));
    c.add(
        new Case(
            "Psutil.diskUsage(String)",
            () -> ps.diskUsage("/" + "x".repeat(5000)),
            UncheckedIOException.class,
            "xxxx"));
    c.add(new Case("Psutil.diskUsage(Path)", () -> ps.diskUsage((Path) null), npe, "path"));
    c.add(
        new Case(
            "Psutil.diskUsage(Path)",
            () -> ps.diskUsage(Path.of("/no/such/jpsutil/path")),
            UncheckedIOException.class,
            "/no/such/jpsutil/path"));
    String timed = "Psutil.diskUsage(String,Duration)";
    c.add(new Case(timed, () -> ps.diskUsage(null, Duration.ofSeconds(1)), npe, "path"));
    c.add(new Case(timed, () -> ps.diskUsage("", Duration.ofSeconds(1)), iae, "path"));
    c.add(new Case(timed, () -> ps.diskUsage("/", null), npe, "timeout"));
    c.add(new Case(timed, () -> ps.diskUsage("/", Duration.ZERO), iae, "timeout"));
    c.add(new Case(timed, () -> ps.diskUsage("/", negative), iae, "timeout"));
    c.add(
        new Case(
            timed,
            () -> ps.diskUsage("/no/such/jpsutil/path", Duration.ofSeconds(5)),
            UncheckedIOException.class,
            "/no/such/jpsutil/path"));
    c.add(
        new Case(
            "Psutil.netConnections(ConnectionKind)",
            () -> ps.netConnections((ConnectionKind) null),
            npe,
            "kind"));
    for (String kind : Arrays.asList(null, "", "bogus", "TCP", "tcp7", "inet "))
      c.add(new Case("Psutil.netConnections(String)", () -> ps.netConnections(kind), iae, "kind"));
    for (String format : Arrays.asList(null, "%d", "%(size)d", "%(value)e", "%(symbol)f", "%(")) {
      c.add(
          new Case(
              "Psutil.bytes2human(long,String)",
              () -> Psutil.bytes2human(1, format),
              iae,
              "format"));
    }
    c.add(new Case("Psutil.process(int)", () -> ps.process(-1), iae, "pid"));
    c.add(new Case("Psutil.process(int)", () -> ps.process(Integer.MIN_VALUE), iae, "pid"));
    for (int pid : new int[] {pidMax, pidMax + 1, Integer.MAX_VALUE}) {
      c.add(new Case("Psutil.process(int)", () -> ps.process(pid), NoSuchProcess.class, "" + pid));
    }
    c.add(new Case("Psutil.popen(Process)", () -> ps.popen(null), npe, "child"));
    Set<ProcessAttr> withNull = new HashSet<>();
    withNull.add(null);
    c.add(
        new Case(
            "Psutil.processIter(Set,Object)",
            () -> ps.processIter((Set<ProcessAttr>) null, null),
            npe,
            "attrs"));
    c.add(
        new Case(
            "Psutil.processIter(Set,Object)", () -> ps.processIter(withNull, null), npe, "attrs"));
    c.add(
        new Case(
            "Psutil.processIter(Set,Object)",
            () -> ps.processIter(Set.of(ProcessAttr.NUM_HANDLES), null),
            uoe,
            "num_handles"));
    c.add(
        new Case(
            "Psutil.processIter(Collection,Object)",
            () -> ps.processIter((Collection<String>) null, null),
            npe,
            "attrs"));
    for (List<String> names :
        List.of(List.of("nope"), Arrays.asList("name", null), List.of("NAME"), List.of(""))) {
      c.add(
          new Case(
              "Psutil.processIter(Collection,Object)",
              () -> ps.processIter(names, null),
              iae,
              "attr name"));
    }
    c.add(
        new Case(
            "Psutil.processStream(Set,Object)",
            () -> ps.processStream((Set<ProcessAttr>) null, null),
            npe,
            "attrs"));
    c.add(
        new Case(
            "Psutil.processStream(Set,Object)",
            () -> ps.processStream(withNull, null),
            npe,
            "attrs"));
    c.add(
        new Case(
            "Psutil.processStream(Collection,Object)",
            () -> ps.processStream((Collection<String>) null, null),
            npe,
            "attrs"));
    c.add(
        new Case(
            "Psutil.processStream(Collection,Object)",
            () -> ps.processStream(List.of("nope"), null),
            iae,
            "attr name"));
    c.add(
        new Case(
            "Psutil.processEvents(ProcessEventOptions)",
            () -> ps.processEvents(null),
            npe,
            "options"));
    String wait = "Psutil.waitProcs(Collection,Duration,Consumer)";
    c.add(new Case(wait, () -> ps.waitProcs(null, null, null), npe, "procs"));
    c.add(new Case(wait, () -> ps.waitProcs(Arrays.asList(p, null), null, null), npe, "procs"));
    c.add(new Case(wait, () -> ps.waitProcs(List.of(p), negative, null), iae, "timeout"));
    c.add(new Case("Psutil.winServiceGet(String)", () -> ps.winServiceGet(null), npe, "name"));
    c.add(
        new Case("Psutil.winServiceGet(String)", () -> ps.winServiceGet("x"), uoe, "win_services"));
    c.add(
        new Case("Psutil.withTimeout(Duration,Supplier)", () -> withTimeout(null), npe, "timeout"));
    c.add(
        new Case(
            "Psutil.withTimeout(Duration,Supplier)",
            () -> withTimeout(Duration.ZERO),
            iae,
            "timeout"));
    c.add(
        new Case(
            "Psutil.withTimeout(Duration,Supplier)",
            () -> ps.withTimeout(Duration.ofSeconds(1), null),
            npe,
            "call"));
    // ---- OsProcess
    for (int nice : new int[] {-21, 21, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      c.add(new Case("OsProcess.nice(int)", () -> act(() -> p.nice(nice)), iae, "nice"));
    }
    c.add(
        new Case(
            "OsProcess.ionice(IoPriorityClass)",
            () -> act(() -> p.ionice((IoPriorityClass) null)),
            npe,
            "ioclass"));
    String ionice2 = "OsProcess.ionice(IoPriorityClass,int)";
    c.add(new Case(ionice2, () -> act(() -> p.ionice(null, 1)), npe, "ioclass"));
    for (int level : new int[] {-1, 8, Integer.MAX_VALUE}) {
      c.add(new Case(ionice2, () -> act(() -> p.ionice(IoPriorityClass.BE, level)), iae, "value"));
    }
    c.add(new Case(ionice2, () -> act(() -> p.ionice(IoPriorityClass.IDLE, 1)), iae, "value"));
    c.add(
        new Case(
            "OsProcess.ionice(WindowsIoPriority)",
            () -> act(() -> p.ionice((WindowsIoPriority) null)),
            npe,
            "priority"));
    c.add(
        new Case(
            "OsProcess.ionice(WindowsIoPriority)",
            () -> act(() -> p.ionice(WindowsIoPriority.HIGH)),
            iae,
            "Linux"));
    c.add(
        new Case(
            "OsProcess.setPriorityClass(WindowsPriorityClass)",
            () -> act(() -> p.setPriorityClass(null)),
            npe,
            "priorityClass"));
    c.add(
        new Case(
            "OsProcess.setPriorityClass(WindowsPriorityClass)",
            () -> act(() -> p.setPriorityClass(WindowsPriorityClass.HIGH)),
            uoe,
            "Windows only"));
    c.add(new Case("OsProcess.rlimit(Rlimit)", () -> p.rlimit(null), npe, "resource"));
    c.add(new Case("OsProcess.rlimit(Rlimit)", () -> p.rlimit(Rlimit.SWAP), uoe, "RLIMIT_SWAP"));
    String setLimit = "OsProcess.rlimit(Rlimit,ResourceLimit)";
    c.add(
        new Case(
            setLimit, () -> act(() -> p.rlimit(null, new ResourceLimit(1, 1))), npe, "resource"));
    c.add(new Case(setLimit, () -> act(() -> p.rlimit(Rlimit.NOFILE, null)), npe, "limits"));
    c.add(new Case(setLimit, () -> new ResourceLimit(-5, 1), iae, "soft=-5"));
    c.add(new Case(setLimit, () -> new ResourceLimit(5, 1), iae, "soft"));
    c.add(
        new Case(
            setLimit,
            () -> act(() -> p.rlimit(Rlimit.NPTS, new ResourceLimit(1, 1))),
            uoe,
            "RLIMIT_NPTS"));
    c.add(new Case("OsProcess.cpuPercent(Duration)", () -> p.cpuPercent(null), npe, "interval"));
    c.add(
        new Case("OsProcess.cpuPercent(Duration)", () -> p.cpuPercent(negative), iae, "interval"));
    String affinity = "OsProcess.cpuAffinity(Collection)";
    c.add(new Case(affinity, () -> act(() -> p.cpuAffinity(null)), npe, "cpus"));
    for (List<Integer> cpus :
        List.of(List.of(-1), List.of(4096), List.of(Integer.MAX_VALUE), Arrays.asList(0, null))) {
      c.add(new Case(affinity, () -> act(() -> p.cpuAffinity(cpus)), iae, "CPU"));
    }
    for (String memtype : Arrays.asList("", "bogus", "RSS", "rss ")) {
      c.add(
          new Case(
              "OsProcess.memoryPercent(String)", () -> p.memoryPercent(memtype), iae, "memtype"));
    }
    c.add(new Case("OsProcess.memoryPercent(String)", () -> p.memoryPercent(null), npe, "memtype"));
    c.add(
        new Case(
            "OsProcess.netConnections(ConnectionKind)",
            () -> p.netConnections((ConnectionKind) null),
            npe,
            "kind"));
    for (String kind : Arrays.asList(null, "", "bogus", "TCP", "tcp7", "inet ")) {
      c.add(
          new Case("OsProcess.netConnections(String)", () -> p.netConnections(kind), iae, "kind"));
    }
    c.add(
        new Case(
            "OsProcess.sendSignal(Signal)",
            () -> act(() -> p.sendSignal((Signal) null)),
            npe,
            "signal"));
    c.add(
        new Case(
            "OsProcess.sendSignal(Signal)",
            () -> act(() -> p.sendSignal(Signal.CTRL_C_EVENT)),
            iae,
            "CTRL_C_EVENT"));
    for (int signum : new int[] {-1, 65, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      c.add(
          new Case(
              "OsProcess.sendSignal(int)", () -> act(() -> p.sendSignal(signum)), iae, "signal"));
    }
    c.add(new Case("OsProcess.waitFor(Duration)", () -> p.waitFor(null), npe, "timeout"));
    c.add(new Case("OsProcess.waitFor(Duration)", () -> p.waitFor(negative), iae, "timeout"));
    c.add(new Case("OsProcess.asDict(Set,Object)", () -> p.asDict(null, null), npe, "attrs"));
    c.add(new Case("OsProcess.asDict(Set,Object)", () -> p.asDict(withNull, null), npe, "attrs"));
    c.add(
        new Case(
            "OsProcess.asDict(Set,Object)",
            () -> p.asDict(Set.of(ProcessAttr.NUM_HANDLES), null),
            uoe,
            "num_handles"));
    return c;
  }

  private Object interval(String method, Duration d) throws InterruptedException {
    return switch (method) {
      case "cpuPercent" -> ps.cpuPercent(d);
      case "perCpuPercent" -> ps.perCpuPercent(d);
      case "cpuTimesPercent" -> ps.cpuTimesPercent(d);
      default -> ps.perCpuTimesPercent(d);
    };
  }

  private Object withTimeout(Duration d) throws InterruptedException {
    return ps.withTimeout(d, ps::virtualMemory);
  }

  private static Object act(Runnable r) {
    r.run();
    return null;
  }

  @Test
  void everyBadArgumentThrowsTheDocumentedExceptionNamingIt() throws Exception {
    Process sleeper = children.start("sleep", "1000");
    assertThat(Children.awaitComm(sleeper, "sleep")).isTrue();
    OsProcess p = ps.process((int) sleeper.pid());
    int pidMax = Integer.parseInt(RawText.read("/proc/sys/kernel/pid_max").strip());
    List<Case> cases = cases(p, pidMax);
    List<String> failures = new ArrayList<>();
    for (Case c : cases) {
      try {
        Object v = c.body().run();
        failures.add(c.signature() + " returned " + v);
      } catch (Throwable t) {
        if (!c.expected().isInstance(t)
            || t.getMessage() == null
            || !t.getMessage().contains(c.names())) {
          failures.add(
              c.signature()
                  + " threw "
                  + t
                  + ", expected "
                  + c.expected().getSimpleName()
                  + " naming '"
                  + c.names()
                  + "'");
        }
      }
    }
    // The child was never changed by a refused call.
    assertThat(p.nice()).isZero();
    assertThat(p.isRunning()).isTrue();
    Figures.put("bad_input.api_cases", cases.size());
    Figures.put("bad_input.api_undocumented_failures", failures.size());
    assertThat(failures).isEmpty();
    // A missing path is a NoSuchFileException inside, as the javadoc says.
    try {
      ps.diskUsage("/no/such/jpsutil/path");
    } catch (UncheckedIOException e) {
      assertThat(e.getCause()).isInstanceOf(NoSuchFileException.class);
    }
  }

  /** Pids that cannot exist are simply absent, never an error (psutil's pid_exists). */
  @Test
  void pidExistsIsFalseForImpossiblePids() {
    int pidMax = Integer.parseInt(RawText.read("/proc/sys/kernel/pid_max").strip());
    for (int pid : new int[] {-1, Integer.MIN_VALUE, pidMax, pidMax + 1, Integer.MAX_VALUE}) {
      assertThat(ps.pidExists(pid)).as("pid " + pid).isFalse();
    }
    assertThat(ps.supports(Feature.PIDS)).isTrue();
  }

  /** A duration too long for a long of nanoseconds means "forever", not ArithmeticException. */
  @Test
  void hugeDurationsMeanForever() throws Exception {
    Duration forever = Duration.ofSeconds(Long.MAX_VALUE);
    Process sleeper = children.start("sleep", "1000");
    assertThat(Children.awaitComm(sleeper, "sleep")).isTrue();
    OsProcess p = ps.process((int) sleeper.pid());
    assertThat(ps.diskUsage("/", forever).total()).isPositive();
    assertThat(ps.withTimeout(forever, ps::bootTime)).isEqualTo(ps.bootTime());
    List<Body> blocking =
        List.of(
            () -> ps.cpuPercent(forever),
            () -> p.cpuPercent(forever),
            () -> p.waitFor(forever),
            () -> ps.waitProcs(List.of(p), forever, null));
    for (Body call : blocking) {
      Thread caller = Thread.currentThread();
      Thread interrupter =
          new Thread(
              () -> {
                try {
                  Thread.sleep(200);
                  caller.interrupt();
                } catch (InterruptedException e) {
                  // not needed
                }
              });
      interrupter.start();
      Throwable thrown = null;
      try {
        call.run();
      } catch (Throwable t) {
        thrown = t;
      }
      interrupter.join();
      Thread.interrupted();
      assertThat(thrown).isInstanceOf(InterruptedException.class);
    }
  }

  @Test
  void everyMethodWithParametersHasACase() throws Exception {
    Set<String> withParameters = new TreeSet<>();
    for (Class<?> type : List.of(Psutil.class, OsProcess.class)) {
      for (var m : type.getMethods()) {
        if (m.getDeclaringClass() != Object.class && m.getParameterCount() > 0) {
          withParameters.add(type.getSimpleName() + "." + ApiCoverageTest.signature(m));
        }
      }
    }
    Set<String> covered = new TreeSet<>(NO_BAD_VALUE);
    for (Case c : cases(ps.self(), 32768)) {
      covered.add(c.signature());
    }
    withParameters.removeAll(covered);
    assertThat(withParameters).as("methods with parameters and no bad-input case").isEmpty();
  }
}
