package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.IoNice;
import io.github.jpsutil.api.IoPriorityClass;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.WindowsIoPriority;
import io.github.jpsutil.posix.Priorities;
import io.github.jpsutil.spi.BackendConfig;
import io.github.jpsutil.spi.ProcessOps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * nice and ionice on children this test starts, cross-checked with procps {@code ps -o ni=} and
 * util-linux {@code ionice -p} (exact equality: both read the same kernel value).
 */
@EnabledOnOs(OS.LINUX)
class ProcessControlPriorityLiveTest {
  private final LinuxProcessControl control = new LinuxProcessControl();
  private final LiveChildren children = new LiveChildren();

  @AfterEach
  void killChildren() throws InterruptedException {
    children.close();
  }

  private static int psNice(long pid) {
    return Integer.parseInt(LiveChildren.ps("ni", pid));
  }

  @Test
  void niceMatchesPsBeforeAndAfterSetting() {
    int pid = (int) children.sleeper().pid();
    assertThat(Priorities.nice(pid)).isEqualTo(psNice(pid)).isZero();

    control.setNice(pid, 5);
    assertThat(psNice(pid)).isEqualTo(5);
    assertThat(Priorities.nice(pid)).isEqualTo(5);

    // -1 is also getpriority's error return: it must come back as a value, not an error.
    control.setNice(pid, -1);
    assertThat(psNice(pid)).isEqualTo(-1);
    assertThat(Priorities.nice(pid)).isEqualTo(-1);

    control.setNice(pid, -20);
    assertThat(Priorities.nice(pid)).isEqualTo(psNice(pid)).isEqualTo(-20);
  }

  /**
   * The process handle reads nice from stat's field 19, psutil from getpriority(2): across the
   * whole range (20 stored as 19) the two agree exactly, and with procps.
   */
  @Test
  void handleNiceFromStatEqualsGetpriority() {
    int pid = (int) children.sleeper().pid();
    ProcessOps ops = new LinuxProvider().create(BackendConfig.defaults()).processes().open(pid);
    for (int value : new int[] {0, 1, 5, 19, 20, -1, -7, -20}) {
      control.setNice(pid, value);
      assertThat(ops.nice())
          .as("nice after setpriority(%d)", value)
          .isEqualTo(Priorities.nice(pid))
          .isEqualTo(psNice(pid))
          .isEqualTo(Math.min(value, 19));
    }
  }

  @Test
  void niceOfAProcessStartedByNiceMatchesPs() {
    int pid =
        (int)
            LiveChildren.awaitComm(children.start("nice", "-n", "7", "sleep", "1000"), "sleep")
                .pid();
    assertThat(Priorities.nice(pid)).isEqualTo(psNice(pid)).isEqualTo(7);
  }

  @Test
  void niceTwentyIsStoredAsNineteenByLinux() {
    int pid = (int) children.sleeper().pid();
    control.setNice(pid, 20);
    assertThat(Priorities.nice(pid)).isEqualTo(psNice(pid)).isEqualTo(19);
  }

  @Test
  void niceOfAGonePidIsNoSuchProcess() throws InterruptedException {
    int pid = children.freedPid();
    assertThatThrownBy(() -> Priorities.nice(pid)).isExactlyInstanceOf(NoSuchProcess.class);
    assertThatThrownBy(() -> control.setNice(pid, 1)).isExactlyInstanceOf(NoSuchProcess.class);
  }

  @Test
  void niceRefusesValuesOutsideTheUnixRangeAndBadPids() {
    int pid = (int) children.sleeper().pid();
    assertThatThrownBy(() -> control.setNice(pid, 21))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nice value")
        .hasMessageContaining("-20..20");
    assertThatThrownBy(() -> control.setNice(pid, -21))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nice value");
    assertThat(psNice(pid)).isZero();
    assertThatThrownBy(() -> Priorities.nice(0)).hasMessageContaining("pid must be > 0");
    assertThatThrownBy(() -> control.setNice(-1, 0)).hasMessageContaining("pid must be > 0");
  }

  /** {@code ionice -p PID} prints e.g. {@code best-effort: prio 3}, {@code idle}. */
  private static IoNice.Linux ioniceTool(long pid) {
    String out = LiveChildren.run("ionice", "-p", Long.toString(pid)).strip();
    int colon = out.indexOf(':');
    String name = colon < 0 ? out : out.substring(0, colon);
    int level = colon < 0 ? 0 : Integer.parseInt(out.substring(out.indexOf("prio ") + 5).strip());
    IoPriorityClass ioclass =
        switch (name) {
          case "none" -> IoPriorityClass.NONE;
          case "realtime" -> IoPriorityClass.RT;
          case "best-effort" -> IoPriorityClass.BE;
          case "idle" -> IoPriorityClass.IDLE;
          default -> throw new AssertionError("unexpected ionice output: " + out);
        };
    return new IoNice.Linux(ioclass, level);
  }

  @Test
  void ioniceSetForEachClassIsWhatIoniceToolReads() {
    int pid = (int) children.sleeper().pid();
    assertThat(control.getIonice(pid)).isEqualTo(ioniceTool(pid));
    for (IoNice.Linux wanted :
        new IoNice.Linux[] {
          new IoNice.Linux(IoPriorityClass.BE, 3),
          new IoNice.Linux(IoPriorityClass.BE, 7),
          new IoNice.Linux(IoPriorityClass.RT, 0),
          new IoNice.Linux(IoPriorityClass.RT, 5),
          new IoNice.Linux(IoPriorityClass.IDLE, 0),
          new IoNice.Linux(IoPriorityClass.NONE, 0),
        }) {
      control.setIonice(pid, wanted);
      assertThat(ioniceTool(pid)).as("ionice -p after setting %s", wanted).isEqualTo(wanted);
      assertThat(control.getIonice(pid)).isEqualTo(wanted);
    }
  }

  @Test
  void ioniceGetReadsWhatIoniceToolSet() {
    int pid = (int) children.sleeper().pid();
    String p = Integer.toString(pid);
    LiveChildren.run("ionice", "-c", "2", "-n", "6", "-p", p);
    assertThat(control.getIonice(pid)).isEqualTo(new IoNice.Linux(IoPriorityClass.BE, 6));
    LiveChildren.run("ionice", "-c", "1", "-n", "2", "-p", p);
    assertThat(control.getIonice(pid)).isEqualTo(new IoNice.Linux(IoPriorityClass.RT, 2));
    // util-linux stores level 7 with the idle class (the kernel ignores the level of IDLE) and
    // prints no level for it; psutil reports the stored data as is, and so do we.
    LiveChildren.run("ionice", "-c", "3", "-p", p);
    assertThat(control.getIonice(pid)).isEqualTo(new IoNice.Linux(IoPriorityClass.IDLE, 7));
    LiveChildren.run("ionice", "-c", "0", "-p", p);
    assertThat(control.getIonice(pid)).isEqualTo(ioniceTool(pid));
    assertThat(((IoNice.Linux) control.getIonice(pid)).ioclass()).isEqualTo(IoPriorityClass.NONE);
  }

  @Test
  void ioniceRefusesPsutilsInvalidCombinationsWithoutTouchingTheProcess() {
    int pid = (int) children.sleeper().pid();
    IoNice.Linux before = ioniceTool(pid);
    assertThatThrownBy(() -> control.setIonice(pid, new IoNice.Linux(IoPriorityClass.IDLE, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IOPRIO_CLASS_IDLE ioclass accepts no value");
    assertThatThrownBy(() -> control.setIonice(pid, new IoNice.Linux(IoPriorityClass.NONE, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IOPRIO_CLASS_NONE ioclass accepts no value");
    assertThatThrownBy(() -> control.setIonice(pid, new IoNice.Windows(WindowsIoPriority.HIGH)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IoNice.Linux");
    assertThatThrownBy(() -> control.setIonice(pid, null))
        .isInstanceOf(IllegalArgumentException.class);
    // A level of 8 cannot even be built: the record refuses it, naming the value and its range.
    assertThatThrownBy(() -> new IoNice.Linux(IoPriorityClass.BE, 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ionice value must be within 0..7");
    assertThat(ioniceTool(pid)).isEqualTo(before);
    assertThatThrownBy(() -> control.getIonice(-5)).hasMessageContaining("pid must be > 0");
  }

  @Test
  void ioniceOfAGonePidIsNoSuchProcess() throws InterruptedException {
    int pid = children.freedPid();
    assertThatThrownBy(() -> control.getIonice(pid)).isExactlyInstanceOf(NoSuchProcess.class);
    assertThatThrownBy(() -> control.setIonice(pid, new IoNice.Linux(IoPriorityClass.BE, 1)))
        .isExactlyInstanceOf(NoSuchProcess.class);
  }
}
