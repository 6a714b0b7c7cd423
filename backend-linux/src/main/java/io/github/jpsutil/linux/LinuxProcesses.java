package io.github.jpsutil.linux;

import io.github.jpsutil.api.Signal;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.linux.acquire.PidDirectory;
import io.github.jpsutil.linux.acquire.PidFiles;
import io.github.jpsutil.spi.ProcessOps;
import io.github.jpsutil.spi.ProcessSource;
import java.util.Map;

/** The processes of a Linux system, read from procfs under the configured root. */
final class LinuxProcesses implements ProcessSource {
  private final ProcessContext ctx;
  private final PidDirectory directory;

  LinuxProcesses(LinuxFiles files, LinuxNet net, LinuxProcessControl control) {
    this(ProcessContext.forSystem(files, net, control));
  }

  LinuxProcesses(ProcessContext ctx) {
    this.ctx = ctx;
    this.directory = new PidDirectory(ctx.files, ctx.reader);
  }

  /**
   * A handle on {@code pid}; a zombie or a thread id (not listed in /proc, but with a directory of
   * its own; psutil gh-687) is accepted. Reads {@code stat} once for the identity.
   *
   * @throws IllegalArgumentException if {@code pid < 0}
   * @throws io.github.jpsutil.api.NoSuchProcess "process PID not found" if there is no such pid
   */
  @Override
  public ProcessOps open(int pid) {
    if (pid < 0) {
      throw new IllegalArgumentException("pid must be >= 0, got " + pid);
    }
    PidFiles files = ctx.pidFiles(pid);
    return new LinuxProcessOps(ctx, files, files.identityAtOpen());
  }

  @Override
  public Map<Integer, Integer> ppidMap() {
    return directory.ppidMap();
  }

  @Override
  public int signalNumber(Signal signal) {
    return ctx.control.signalNumber(signal);
  }

  @Override
  public int maxSignal() {
    return ctx.control.maxSignal();
  }
}
