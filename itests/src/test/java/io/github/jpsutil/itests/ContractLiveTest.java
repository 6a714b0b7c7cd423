package io.github.jpsutil.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.ProcessAttr;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The every-getter-on-every-pid contract ({@link ProcessContract}) as root in this JVM, and as user
 * nobody in a JVM started with {@code setpriv} and {@code java -m}, where pid 1 (root's) must deny
 * exactly what psutil's does (psutil 8.0 observed from uid 65534).
 */
@EnabledOnOs(OS.LINUX)
class ContractLiveTest {
  private static final int NOBODY = 65534;

  /**
   * What an unprivileged user may not read of another user's process (psutil 8.0 on Linux, observed
   * as uid 65534).
   */
  private static final Set<String> DENIED_TO_OTHERS =
      Set.of(
          "exe",
          "environ",
          "cwd",
          "open_files",
          "num_fds",
          "net_connections",
          "net_connections_all",
          "io_counters",
          "memory_maps",
          "memory_maps_ungrouped",
          "memory_footprint",
          "memory_percent_uss",
          "rlimit");

  private final Psutil ps = Psutil.local();
  @TempDir Path dir;

  @Test
  void asThisUserEveryGetterOnEveryPidKeepsTheContract() {
    ProcessContract contract = new ProcessContract(ps).runOnEveryProcess();
    assertThat(contract.violations()).as(contract.summary()).isEmpty();
    assertThat(contract.processes()).isGreaterThanOrEqualTo(ps.pids().size() / 2);
    assertThat(contract.counts().get(ProcessContract.OK)).isPositive();
    // pid 1 from here: at least what nobody may read, and for the files the test can probe
    // itself, AD exactly when the kernel refuses the test too (a sandbox's root may lack
    // ptrace rights over pid 1).
    Map<String, String> init = new ProcessContract(ps).check(ps.process(1));
    init.forEach(
        (getter, outcome) -> {
          if (getter.equals("num_handles")) {
            assertThat(outcome).isEqualTo("UOE");
          } else if (!DENIED_TO_OTHERS.contains(getter)) {
            assertThat(outcome).as(getter).isEqualTo("OK");
          }
        });
    assertThat(init.get("environ")).isEqualTo(readable("/proc/1/environ") ? "OK" : "AD");
    assertThat(init.get("cwd")).isEqualTo(readable("/proc/1/cwd") ? "OK" : "AD");
    assertThat(init.get("num_fds")).isEqualTo(readable("/proc/1/fd") ? "OK" : "AD");
  }

  /** Whether this JVM may read the file, list the directory or follow the link. */
  private static boolean readable(String path) {
    Path p = Path.of(path);
    try {
      if (Files.isDirectory(p)) {
        try (var s = Files.list(p)) {
          s.count();
        }
      } else if (Files.isSymbolicLink(p)) {
        Files.readSymbolicLink(p);
      } else {
        Files.readAllBytes(p);
      }
      return true;
    } catch (java.nio.file.AccessDeniedException e) {
      return false;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void asDictRaisesForAnExplicitAttrThePlatformLacksAndSkipsItOtherwise() {
    OsProcess self = ps.self();
    assertThat(ps.processAttrs()).doesNotContain(ProcessAttr.NUM_HANDLES);
    assertThatThrownBy(() -> self.asDict(EnumSet.allOf(ProcessAttr.class), null))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(self.asDict()).containsOnlyKeys(ps.processAttrs());
  }

  @Test
  void asNobodyPidOneDeniesExactlyWhatPsutilDenies() throws Exception {
    assumeTrue(ps.self().uids().effective() == 0, "setpriv needs root");
    List<String> command =
        List.of(
            "setpriv",
            "--reuid=" + NOBODY,
            "--regid=" + NOBODY,
            "--clear-groups",
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "--enable-native-access=com.sun.jna",
            "-Djna.tmpdir=" + worldWritable("jna"),
            "-p",
            readableModulePath(),
            "-m",
            "io.github.jpsutil.itests/io.github.jpsutil.itests.ContractMain");
    Path log = dir.resolve("contract.out");
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("HOME", dir.toString());
    Process p = pb.start();
    // Generous: about 2 s on an idle 2-CPU machine, much more when other builds share it.
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(
          "the contract as nobody ran for over 120 s: " + Files.readString(log));
    }
    String out = Files.readString(log);
    int exit = p.exitValue();
    System.out.println(out.lines().findFirst().orElse(""));
    assertThat(out).as(out).contains("contract uid=" + NOBODY + " ");
    assertThat(out.lines().filter(l -> l.startsWith("VIOLATION"))).as(out).isEmpty();
    assertThat(exit).as(out).isZero();

    Map<String, String> init = pid1Outcomes(out);
    assertThat(init).as(out).containsKeys("name", "exe", "num_handles");
    Set<String> expectDenied = new java.util.HashSet<>(DENIED_TO_OTHERS);
    if (exeFallbackApplies()) {
      expectDenied.remove("exe"); // psutil returns an executable absolute cmdline[0] instead
    }
    init.forEach(
        (getter, outcome) ->
            assertThat(outcome)
                .as(getter + " of pid 1 as nobody")
                .isEqualTo(
                    getter.equals("num_handles")
                        ? "UOE"
                        : expectDenied.contains(getter) ? "AD" : "OK"));
  }

  /** {@code pid1 name=OK exe=AD …} → map. */
  private static Map<String, String> pid1Outcomes(String out) {
    String line = out.lines().filter(l -> l.startsWith("pid1 ")).findFirst().orElseThrow();
    return Arrays.stream(line.substring(5).split(" "))
        .map(kv -> kv.split("=", 2))
        .collect(Collectors.toMap(kv -> kv[0], kv -> kv[1], (a, b) -> a, TreeMap::new));
  }

  /**
   * Whether pid 1's cmdline[0] is an absolute file any user may execute (psutil's exe fallback).
   */
  private boolean exeFallbackApplies() throws Exception {
    List<String> cmdline = ps.process(1).cmdline();
    if (cmdline.isEmpty() || !cmdline.get(0).startsWith("/")) {
      return false;
    }
    Path exe = Path.of(cmdline.get(0));
    return Files.isRegularFile(exe)
        && Files.getPosixFilePermissions(exe).contains(PosixFilePermission.OTHERS_EXECUTE);
  }

  /**
   * The module path of this test JVM, copied where nobody can read it (the local Maven repository
   * under /root is private). Directories (target/classes) are copied whole.
   */
  private String readableModulePath() throws Exception {
    Path mods = worldReadable("mods");
    StringBuilder mp = new StringBuilder();
    int i = 0;
    for (String entry : System.getProperty("jdk.module.path").split(File.pathSeparator)) {
      Path from = Path.of(entry);
      Path to = mods.resolve(i++ + "-" + from.getFileName());
      if (Files.isDirectory(from)) {
        try (var walk = Files.walk(from)) {
          for (Path f : (Iterable<Path>) walk::iterator) {
            Path target = to.resolve(from.relativize(f).toString());
            if (Files.isDirectory(f)) {
              Files.createDirectories(target);
            } else {
              Files.copy(f, target);
            }
          }
        }
      } else {
        Files.copy(from, to);
      }
      mp.append(mp.length() == 0 ? "" : File.pathSeparator).append(to);
    }
    try (var walk = Files.walk(mods)) {
      for (Path f : (Iterable<Path>) walk::iterator) {
        Files.setPosixFilePermissions(
            f,
            Files.isDirectory(f)
                ? java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x")
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
      }
    }
    return mp.toString();
  }

  private Path worldReadable(String name) throws Exception {
    Files.setPosixFilePermissions(
        dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    return Files.createDirectories(dir.resolve(name));
  }

  private Path worldWritable(String name) throws Exception {
    Path p = worldReadable(name);
    Files.setPosixFilePermissions(
        p, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
    return p;
  }
}
