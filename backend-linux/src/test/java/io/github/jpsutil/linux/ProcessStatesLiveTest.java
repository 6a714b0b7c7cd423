package io.github.jpsutil.linux;

import static io.github.jpsutil.linux.ProcessLiveTest.PROCS;
import static io.github.jpsutil.linux.Spawned.ps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.Rlimit;
import io.github.jpsutil.api.ZombieProcess;
import io.github.jpsutil.linux.parse.PidStat;
import io.github.jpsutil.spi.ProcessOps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** Zombies, exited processes, thread ids, kernel threads, terminals and other users' ids. */
@EnabledOnOs(OS.LINUX)
class ProcessStatesLiveTest {

  /** {@code sh -c 'sleep 0.1 & exec sleep 300'}: the first sleep becomes an unreaped zombie. */
  @Test
  void zombie() throws Exception {
    try (Spawned s = Spawned.start("sh", "-c", "sleep 0.1 & exec sleep 300").awaitComm("sleep")) {
      int parent = s.pid();
      int[] zombie = {-1};
      Spawned.await(
          () -> {
            PROCS
                .ppidMap()
                .forEach(
                    (k, v) -> {
                      if (v == parent && PROCS.open(k).status() == ProcessStatus.ZOMBIE) {
                        zombie[0] = k;
                      }
                    });
            return zombie[0] > 0;
          },
          "a zombie child of " + parent);
      int pid = zombie[0];
      ProcessOps z = PROCS.open(pid);
      assertThat(ps(pid, "stat")).startsWith("Z");
      assertThat(z.status()).isEqualTo(ProcessStatus.ZOMBIE);
      assertThat(z.name()).isEqualTo("sleep").isEqualTo(ps(pid, "comm"));
      assertThat(z.ppid()).isEqualTo(parent);
      assertThat(z.identityTime()).isPresent();
      // psutil 4.11: these raise ZombieProcess, carrying ppid and name.
      for (ThrowingCallable call :
          List.<ThrowingCallable>of(z::cmdline, z::exe, z::environ, z::cwd, z::memoryMaps)) {
        assertThatThrownBy(call)
            .isInstanceOfSatisfying(
                ZombieProcess.class,
                e -> {
                  assertThat(e.pid()).isEqualTo(pid);
                  assertThat(e.ppid()).isEqualTo(OptionalInt.of(parent));
                  assertThat(e.name()).contains("sleep");
                });
      }
      // ... and these give the (null-ish) values the kernel has for it.
      assertThat(z.memoryInfo().rss()).isZero();
      assertThat(z.memoryFootprint().uss()).isZero();
      assertThat(z.numFds()).isZero();
      assertThat(z.openFiles()).isEmpty();
      assertThat(z.numThreads()).isEqualTo(1);
      assertThat(z.uids().real()).hasToString(ps(pid, "uid"));
      assertThat(z.pageFaults().minor()).hasToString(ps(pid, "min_flt"));
      assertThat(z.createTime()).isPositive();
    }
  }

  /** psutil test_halfway_terminated_process: every getter raises NoSuchProcess, not Zombie. */
  @Test
  void everyGetterOfAnExitedProcessRaisesNoSuchProcess() throws Exception {
    ProcessOps p;
    try (Spawned s = Spawned.start("sleep", "300").awaitComm("sleep")) {
      p = PROCS.open(s.pid());
      assertThat(p.name()).isEqualTo("sleep");
    }
    Map<String, ThrowingCallable> own = new LinkedHashMap<>();
    own.put("name", p::name);
    own.put("exe", p::exe);
    own.put("cmdline", p::cmdline);
    own.put("environ", p::environ);
    own.put("ppid", p::ppid);
    own.put("status", p::status);
    own.put("cwd", p::cwd);
    own.put("uids", p::uids);
    own.put("gids", p::gids);
    own.put("terminal", p::terminal);
    own.put("io_counters", p::ioCounters);
    own.put("num_ctx_switches", p::numCtxSwitches);
    own.put("num_fds", p::numFds);
    own.put("num_threads", p::numThreads);
    own.put("threads", p::threads);
    own.put("cpu_times", p::cpuTimes);
    own.put("cpu_num", p::cpuNum);
    own.put("create_time", p::createTime);
    own.put("eligible_cpus", p::eligibleCpus);
    own.put("memory_info", p::memoryInfo);
    own.put("memory_info_ex", p::memoryInfoEx);
    own.put("memory_footprint", p::memoryFootprint);
    own.put("memory_maps", p::memoryMaps);
    own.put("page_faults", p::pageFaults);
    own.put("open_files", p::openFiles);
    own.forEach(
        (name, call) ->
            assertThatThrownBy(call)
                .as(name)
                .isExactlyInstanceOf(NoSuchProcess.class)
                .hasMessage("process no longer exists (pid=" + p.pid() + ", name='sleep')"));
    // Delegated to LinuxProcessControl / LinuxNet: NoSuchProcess once those are merged.
    for (ThrowingCallable call :
        List.<ThrowingCallable>of(
            p::nice,
            p::ionice,
            () -> p.rlimit(Rlimit.NOFILE),
            p::cpuAffinity,
            () -> p.connections(ConnectionKind.INET))) {
      assertThatThrownBy(call)
          .isInstanceOfAny(NoSuchProcess.class, UnsupportedOperationException.class)
          .isNotInstanceOf(ZombieProcess.class);
    }
  }

  /** psutil gh-687: a thread id opens like a process but is not in the process table. */
  @Test
  void threadIdIsAccepted() throws Exception {
    String script =
        "import threading, time\n"
            + "threading.Thread(target=time.sleep, args=(300,), daemon=True).start()\n"
            + "print('ok', flush=True)\n"
            + "time.sleep(300)\n";
    try (Spawned s = Spawned.start(new ProcessBuilder("/usr/bin/python3", "-c", script))) {
      assertThat(s.firstLine()).isEqualTo("ok");
      int tid;
      try (var tasks = Files.list(Path.of("/proc/" + s.pid() + "/task"))) {
        tid =
            tasks
                .map(t -> Integer.parseInt(t.getFileName().toString()))
                .filter(t -> t != s.pid())
                .findFirst()
                .orElseThrow();
      }
      ProcessOps t = PROCS.open(tid);
      assertThat(t.pid()).isEqualTo(tid);
      assertThat(t.ppid()).isEqualTo(PROCS.open(s.pid()).ppid());
      assertThat(t.name()).isEqualTo(Spawned.procText(s.pid(), "task/" + tid + "/comm").strip());
      assertThat(PROCS.ppidMap()).containsKey(s.pid()).doesNotContainKey(tid);
    }
  }

  /** A kernel thread has no address space: no exe, arguments, environment or maps. */
  @Test
  void kernelThread() throws Exception {
    int kthread = -1;
    try (var entries = Files.list(Path.of("/proc"))) {
      for (Path e : entries.filter(x -> x.getFileName().toString().matches("\\d+")).toList()) {
        try {
          if (PidStat.parse(Files.readAllBytes(e.resolve("stat"))).isKernelThread()) {
            kthread = Integer.parseInt(e.getFileName().toString());
            break;
          }
        } catch (java.io.IOException gone) {
          // exited meanwhile
        }
      }
    }
    assumeThat(kthread).as("a kernel thread is visible").isPositive();
    ProcessOps k = PROCS.open(kthread);
    assertThat(k.exe()).isEmpty();
    assertThat(k.cmdline()).isEmpty();
    assertThat(ps(kthread, "args")).isEqualTo("[" + k.name() + "]");
    // Linux 6.x fails environ with ESRCH for a task without mm; earlier kernels read it as empty.
    assertThat(k.environ()).isEmpty();
    assertThat(k.memoryMaps()).isEmpty();
    assertThat(k.memoryFootprint().asMap().values()).containsOnly(0L);
    assertThat(k.memoryInfo().rss()).isZero();
  }

  /** A process on a pseudo-terminal (util-linux {@code script}) against {@code ps -o tty}. */
  @Test
  void terminal() throws Exception {
    assumeThat(Path.of("/usr/bin/script")).exists();
    ProcessBuilder pb = new ProcessBuilder("script", "-qfc", "sleep 300", "/dev/null");
    pb.environment().put("SHELL", "/bin/sh");
    try (Spawned s = Spawned.start(pb)) {
      int[] sleep = {-1};
      Spawned.await(
          () -> {
            sleep[0] = descendantNamed(s.pid(), "sleep");
            return sleep[0] > 0;
          },
          "sleep under script");
      String tty = ps(sleep[0], "tty");
      assertThat(tty).startsWith("pts/");
      assertThat(PROCS.open(sleep[0]).terminal()).contains("/dev/" + tty);
    }
  }

  /** {@code setpriv} runs sleep as nobody: ids against ps and status. */
  @Test
  void anotherUsersIds() throws Exception {
    try (Spawned s =
        Spawned.start("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "sleep", "300")
            .awaitComm("sleep")) {
      ProcessOps p = PROCS.open(s.pid());
      assertThat(p.uids().real()).isEqualTo(65534).hasToString(ps(s.pid(), "uid"));
      assertThat(p.uids().effective()).isEqualTo(65534);
      assertThat(p.uids().saved()).isEqualTo(OptionalInt.of(65534));
      assertThat(p.gids().real()).isEqualTo(65534).hasToString(ps(s.pid(), "rgid"));
    }
  }

  private static int descendantNamed(int root, String name) {
    Map<Integer, Integer> ppids = PROCS.ppidMap();
    for (var e : ppids.entrySet()) {
      int up = e.getKey();
      for (int hops = 0; hops < 5 && up > 1; hops++) {
        up = ppids.getOrDefault(up, 0);
        if (up == root && name.equals(Spawned.comm(e.getKey()))) {
          return e.getKey();
        }
      }
    }
    return -1;
  }
}
