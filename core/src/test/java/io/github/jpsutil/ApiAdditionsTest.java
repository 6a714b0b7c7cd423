package io.github.jpsutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.ConnectionKind;
import java.io.InputStream;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

/** psutil-shaped entry points: kind strings, the wrapped Popen process, the library version. */
class ApiAdditionsTest {
  private final FakeBackend backend = new FakeBackend();
  private final Psutil psutil = backend.psutil();

  @Test
  void processNetConnectionsTakesPsutilsKindStrings() {
    FakeProcess fake = backend.add(100, 500);
    OsProcess p = psutil.process(100);
    String[] names = {
      "inet", "inet4", "inet6", "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6", "unix", "all"
    };
    for (String name : names) {
      assertThat(p.netConnections(name)).isEmpty();
      assertThat(fake.connectionsKind.psutilName()).isEqualTo(name);
    }
    assertThat(fake.connectionsKind).isEqualTo(ConnectionKind.ALL);
    assertThatThrownBy(() -> p.netConnections("tcp7"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid kind argument 'tcp7'")
        .hasMessageContaining(String.join(", ", names));
    assertThatThrownBy(() -> p.netConnections((String) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid kind argument null");
  }

  @Test
  void popenHandleGivesBackTheProcessItWraps() {
    Process child = new ExitedProcess(4242);
    OsProcess handle = psutil.popen(child);
    assertThat(handle.wrappedProcess()).containsSame(child);
    backend.add(100, 500);
    assertThat(psutil.process(100).wrappedProcess()).isEmpty();
  }

  @Test
  void versionIsTheMavenProjectVersion() {
    String expected = System.getProperty("jpsutil.test.projectVersion");
    assertThat(expected).as("surefire passes ${project.version}").isNotBlank();
    assertThat(Psutil.version()).isEqualTo(expected);
  }

  /** A child that already ended with status 3, so popen takes its already-exited path. */
  private static final class ExitedProcess extends Process {
    private final long pid;

    ExitedProcess(long pid) {
      this.pid = pid;
    }

    @Override
    public long pid() {
      return pid;
    }

    @Override
    public OutputStream getOutputStream() {
      return OutputStream.nullOutputStream();
    }

    @Override
    public InputStream getInputStream() {
      return InputStream.nullInputStream();
    }

    @Override
    public InputStream getErrorStream() {
      return InputStream.nullInputStream();
    }

    @Override
    public int waitFor() {
      return 3;
    }

    @Override
    public int exitValue() {
      return 3;
    }

    @Override
    public void destroy() {}
  }
}
