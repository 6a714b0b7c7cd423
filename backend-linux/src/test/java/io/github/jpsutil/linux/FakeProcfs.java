package io.github.jpsutil.linux;

import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.spi.BackendConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A procfs/sysfs/root tree in a temporary directory, for tests of the assembly layer. */
final class FakeProcfs {
  static final Path FIXTURES = Path.of("src/test/resources/fixtures/linux");
  static final long BTIME = 1_700_000_000L;

  final Path proc;
  final Path sys;
  final Path rootfs;

  FakeProcfs(Path tmp) {
    this.proc = tmp.resolve("proc");
    this.sys = tmp.resolve("sys");
    this.rootfs = tmp.resolve("rootfs");
    write(proc.resolve("stat"), "cpu  1 2 3 4\nbtime " + BTIME + "\nprocesses 9\n");
    write(sys.resolve("devices/system/cpu/online"), "0-5\n");
    mkdirs(rootfs.resolve("dev/pts"));
  }

  LinuxFiles files() {
    return new LinuxFiles(new BackendConfig(proc, sys, rootfs));
  }

  /** Backed by this tree, with CLK_TCK 100 and 4 KiB pages. */
  LinuxProcesses processes() {
    LinuxFiles files = files();
    return new LinuxProcesses(
        new ProcessContext(files, new LinuxNet(files), new LinuxProcessControl(), 100, 4096));
  }

  FakeProcfs file(int pid, String name, String text) {
    return file(pid, name, text.getBytes(StandardCharsets.ISO_8859_1));
  }

  /**
   * Writes {@code /proc/<pid>/<name>}. A stat comes with the comm file every kernel since 2.6.33
   * has beside it (the task's name), unless the test wrote one.
   */
  FakeProcfs file(int pid, String name, byte[] data) {
    write(proc.resolve(pid + "/" + name), data);
    Path comm = proc.resolve(pid + "/comm");
    if (name.equals("stat") && !Files.exists(comm)) {
      String stat = new String(data, StandardCharsets.ISO_8859_1);
      int open = stat.indexOf('(');
      int close = stat.lastIndexOf(')');
      write(comm, (open >= 0 && close > open ? stat.substring(open + 1, close) : "") + "\n");
    }
    return this;
  }

  /** Copies {@code fixtures/linux/<fixture>} to {@code /proc/<pid>/<name>}. */
  FakeProcfs fixture(int pid, String name, String fixture) {
    try {
      return file(pid, name, Files.readAllBytes(FIXTURES.resolve(fixture)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file directly under /proc, e.g. {@code self/stat}. */
  FakeProcfs procFile(String relative, String text) {
    write(proc.resolve(relative), text);
    return this;
  }

  FakeProcfs link(int pid, String name, String target) {
    Path link = proc.resolve(pid + "/" + name);
    mkdirs(link.getParent());
    try {
      Files.createSymbolicLink(link, Path.of(target));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  FakeProcfs dir(int pid, String name) {
    mkdirs(proc.resolve(pid + "/" + name));
    return this;
  }

  void delete(int pid, String name) {
    try {
      Files.delete(proc.resolve(pid + "/" + name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file under the root, e.g. {@code usr/bin/prog}. */
  Path rootFile(String relative, String text) {
    Path p = rootfs.resolve(relative);
    write(p, text.getBytes(StandardCharsets.UTF_8));
    return p;
  }

  private static void write(Path p, String text) {
    write(p, text.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static void write(Path p, byte[] data) {
    mkdirs(p.getParent());
    try {
      Files.write(p, data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void mkdirs(Path p) {
    try {
      Files.createDirectories(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
