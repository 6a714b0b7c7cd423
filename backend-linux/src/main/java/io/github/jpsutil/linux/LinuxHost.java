package io.github.jpsutil.linux;

import io.github.jpsutil.api.User;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.spi.HostSource;
import java.time.Instant;
import java.util.List;

/** Not implemented yet: every method throws UnsupportedOperationException. */
final class LinuxHost implements HostSource {
  LinuxHost(LinuxFiles files) {}

  @Override
  public Instant bootTime() {
    throw new UnsupportedOperationException("bootTime: not implemented yet");
  }

  @Override
  public List<User> users() {
    throw new UnsupportedOperationException("users: not implemented yet");
  }

  @Override
  public int[] pids() {
    throw new UnsupportedOperationException("pids: not implemented yet");
  }

  @Override
  public boolean pidExists(int pid) {
    throw new UnsupportedOperationException("pidExists: not implemented yet");
  }
}
