package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Function;
import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.IoNice;
import io.github.jpsutil.api.IoPriorityClass;
import io.github.jpsutil.api.ResourceLimit;
import io.github.jpsutil.api.Rlimit;
import io.github.jpsutil.posix.Priorities;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * EPERM/EACCES → AccessDenied, exercised without leaving the test JVM: Linux credentials are per
 * thread, and the raw {@code setresuid} syscall (unlike glibc's wrapper, which applies it to every
 * thread) changes only the calling one. A fresh thread sets its real, effective and saved gid and
 * uid to nobody (65534; kill(2) and prlimit(2) compare real ids and gids too), which clears its
 * capabilities, then acts on a root-owned child and on a child that {@code setpriv} started as
 * nobody. The thread is thrown away afterwards. Needs root.
 */
@EnabledOnOs(OS.LINUX)
class ProcessControlPrivilegeLiveTest {
  private static final long NOBODY = 65534;

  private final LinuxProcessControl control = new LinuxProcessControl();
  private final LiveChildren children = new LiveChildren();

  @AfterEach
  void killChildren() throws InterruptedException {
    children.close();
  }

  private static boolean x86() {
    String arch = System.getProperty("os.arch");
    return arch.equals("amd64") || arch.equals("x86_64");
  }

  /** {@code __NR_setresgid}, {@code __NR_setresuid}: 119, 117 on x86_64; 149, 147 generic. */
  private static final long SETRESGID = x86() ? 119 : 149;

  private static final long SETRESUID = x86() ? 117 : 147;

  /** Runs {@code body} on a new thread whose uids are all nobody; rethrows what it threw. */
  private static void asNobody(Runnable body) throws Exception {
    Function syscall = Function.getFunction("c", "syscall", Function.THROW_LAST_ERROR);
    FutureTask<Void> task =
        new FutureTask<>(
            () -> {
              // Group first: once the uid is dropped the thread may no longer change it.
              assertThat(syscall.invokeLong(new Object[] {SETRESGID, NOBODY, NOBODY, NOBODY}))
                  .isZero();
              assertThat(syscall.invokeLong(new Object[] {SETRESUID, NOBODY, NOBODY, NOBODY}))
                  .isZero();
              body.run();
              return null;
            });
    Thread t = new Thread(task, "uid-nobody");
    t.start();
    try {
      task.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception ex) {
        throw ex;
      }
      throw (Error) e.getCause();
    }
  }

  private static void denied(Runnable call, String syscall) {
    assertThatThrownBy(call::run)
        .isExactlyInstanceOf(AccessDenied.class)
        .hasMessageContaining(syscall);
  }

  @Test
  void deniedCallsBecomeAccessDeniedAndAllowedOnesStillWork() throws Exception {
    assumeTrue("0".equals(LiveChildren.run("id", "-u").strip()), "needs root");
    int rootChild = (int) children.sleeper().pid();
    Process nobodyProcess =
        children.start(
            "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "sleep", "1000");
    int nobodyChild = (int) LiveChildren.awaitComm(nobodyProcess, "sleep").pid();
    assertThat(LiveChildren.ps("uid", nobodyChild)).isEqualTo("65534");
    String rootLimits = LiveChildren.run("prlimit", "--pid", "" + rootChild, "--raw");
    // Load every class the denied paths need while this thread can still read class files.
    assertThat(new AccessDenied(1, null, "warm-up").msg()).isEqualTo("warm-up");
    assertThatThrownBy(() -> denied(() -> {}, "x")).isInstanceOf(AssertionError.class);

    asNobody(
        () -> {
          // Not the owner: EPERM.
          denied(() -> control.setNice(rootChild, 5), "setpriority");
          denied(() -> control.sendSignal(rootChild, 0, OptionalLong.empty(), null), "signal");
          denied(
              () -> control.setIonice(rootChild, new IoNice.Linux(IoPriorityClass.BE, 3)),
              "ioprio_set");
          denied(() -> control.getRlimit(rootChild, Rlimit.NOFILE), "prlimit64");
          denied(
              () -> control.setRlimit(rootChild, Rlimit.NOFILE, new ResourceLimit(64, 64)),
              "prlimit64");
          denied(() -> control.setAffinity(rootChild, Set.of(0)), "sched_setaffinity");
          // Owner, but without CAP_SYS_NICE / CAP_SYS_ADMIN / CAP_SYS_RESOURCE: EACCES or EPERM.
          denied(() -> control.setNice(nobodyChild, -5), "setpriority");
          denied(
              () -> control.setIonice(nobodyChild, new IoNice.Linux(IoPriorityClass.RT, 0)),
              "ioprio_set");
          ResourceLimit hard = control.getRlimit(nobodyChild, Rlimit.NOFILE);
          denied(
              () ->
                  control.setRlimit(
                      nobodyChild, Rlimit.NOFILE, new ResourceLimit(hard.soft(), hard.hard() + 1)),
              "prlimit64");
          // Allowed as the owner, which proves the thread really runs as nobody.
          control.setNice(nobodyChild, 5);
          control.sendSignal(nobodyChild, 0, OptionalLong.empty(), null);
          control.setIonice(nobodyChild, new IoNice.Linux(IoPriorityClass.IDLE, 0));
          // Reading priorities and affinity needs no permission.
          assertThat(Priorities.nice(rootChild)).isZero();
          assertThat(control.getAffinity(rootChild)).isNotEmpty();
        });

    assertThat(LiveChildren.ps("ni", rootChild)).isEqualTo("0");
    assertThat(LiveChildren.ps("ni", nobodyChild)).isEqualTo("5");
    assertThat(LiveChildren.run("ionice", "-p", "" + nobodyChild).strip()).isEqualTo("idle");
    assertThat(LiveChildren.run("prlimit", "--pid", "" + rootChild, "--raw")).isEqualTo(rootLimits);
  }
}
