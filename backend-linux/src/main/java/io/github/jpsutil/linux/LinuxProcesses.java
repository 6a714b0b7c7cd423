package io.github.jpsutil.linux;

import io.github.jpsutil.api.Signal;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.spi.ProcessOps;
import io.github.jpsutil.spi.ProcessSource;
import java.util.Map;

/** Not implemented yet: every method throws UnsupportedOperationException. */
final class LinuxProcesses implements ProcessSource {
  LinuxProcesses(LinuxFiles files) {}

  @Override
  public ProcessOps open(int pid) {
    throw new UnsupportedOperationException("open: not implemented yet");
  }

  @Override
  public Map<Integer, Integer> ppidMap() {
    throw new UnsupportedOperationException("ppidMap: not implemented yet");
  }

  @Override
  public int signalNumber(Signal signal) {
    throw new UnsupportedOperationException("signalNumber: not implemented yet");
  }

  @Override
  public int maxSignal() {
    throw new UnsupportedOperationException("maxSignal: not implemented yet");
  }
}
