package io.github.jpsutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.WindowsPriorityClass;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
  void processStreamReadsEachProcessWhenReachedAndSharesProcessItersHandles() {
    backend.add(1, 1);
    backend.add(100, 500);
    List<OsProcess> list = psutil.processIter();
    // Not in the handle cache yet, so the stream opens it when reached. (As in psutil, a cached
    // handle is yielded without a check when no attrs are asked for.)
    FakeProcess ending = backend.add(200, 600);

    Iterator<OsProcess> lazy = psutil.processStream().iterator();
    assertThat(lazy.next().pid()).isEqualTo(1);
    ending.gone = true; // ends before the iterator reaches it: skipped
    backend.add(300, 700); // starts after the pid table was read: not seen
    List<OsProcess> rest = new ArrayList<>();
    lazy.forEachRemaining(rest::add);
    assertThat(rest).extracting(OsProcess::pid).containsExactly(100);
    assertThat(rest.get(0)).as("same handle as processIter's").isSameAs(list.get(1));
    assertThatThrownBy(lazy::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void processStreamPrefetchesWhenItReachesAProcess() {
    backend.add(1, 1);
    FakeProcess p = backend.add(100, 500);
    Stream<OsProcess> lazy = psutil.processStream(List.of("name"), null);
    p.name = "renamed after the stream was made";
    List<OsProcess> got = lazy.collect(Collectors.toList());
    assertThat(got.get(1).info())
        .containsEntry(ProcessAttr.NAME, "renamed after the stream was made");
    assertThat(psutil.processStream(Set.of(ProcessAttr.PPID), null).map(OsProcess::pid))
        .containsExactly(1, 100);
    Set<ProcessAttr> withNull = new HashSet<>(Arrays.asList(ProcessAttr.NAME, null));
    assertThatThrownBy(() -> psutil.processStream(withNull, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("attrs");
    assertThatThrownBy(() -> psutil.processStream(List.of("bogus"), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bogus");
  }

  @Test
  void processStreamReplacesAHandleWhosePidWasReused() {
    backend.add(1, 1);
    backend.add(100, 500);
    OsProcess old = psutil.processStream().filter(h -> h.pid() == 100).findFirst().orElseThrow();
    backend.table.get(100).gone = true;
    backend.add(100, 900);
    assertThat(old.isRunning()).as("isRunning marks the pid reused").isFalse();
    OsProcess now = psutil.processStream().filter(h -> h.pid() == 100).findFirst().orElseThrow();
    assertThat(now).isNotSameAs(old);
    assertThat(now.isRunning()).isTrue();
  }

  @Test
  void windowsPriorityClassGoesThroughTheBackendAfterTheIdentityCheck() {
    FakeProcess fake = backend.add(100, 500);
    fake.priorityClass = WindowsPriorityClass.NORMAL; // the fake plays a Windows backend
    OsProcess p = psutil.process(100);
    assertThat(p.priorityClass()).isEqualTo(WindowsPriorityClass.NORMAL);
    p.setPriorityClass(WindowsPriorityClass.HIGH);
    assertThat(fake.priorityClass).isEqualTo(WindowsPriorityClass.HIGH);
    assertThat(p.priorityClass()).isEqualTo(WindowsPriorityClass.HIGH);
    assertThatThrownBy(() -> p.setPriorityClass(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("priorityClass");

    fake.gone = true;
    FakeProcess newcomer = backend.add(100, 900);
    newcomer.priorityClass = WindowsPriorityClass.IDLE;
    assertThatThrownBy(() -> p.setPriorityClass(WindowsPriorityClass.REALTIME))
        .isInstanceOf(NoSuchProcess.class)
        .hasMessageContaining("reused");
    assertThat(newcomer.priorityClass).isEqualTo(WindowsPriorityClass.IDLE);
  }

  @Test
  void priorityClassIsUnsupportedWhereTheBackendKeepsTheSpiDefault() {
    backend.add(100, 500);
    OsProcess p = psutil.process(100);
    assertThatThrownBy(p::priorityClass)
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("Windows only");
    assertThatThrownBy(() -> p.setPriorityClass(WindowsPriorityClass.HIGH))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("Windows only");
  }

  @Test
  void priorityClassValuesAreTheWindowsSdkConstants() {
    // WinBase.h: IDLE 0x40, BELOW_NORMAL 0x4000, NORMAL 0x20, ABOVE_NORMAL 0x8000, HIGH 0x80,
    // REALTIME 0x100 (psutil's ProcessPriority members have the same int values).
    assertThat(WindowsPriorityClass.fromValue(0x20)).isEqualTo(WindowsPriorityClass.NORMAL);
    assertThat(WindowsPriorityClass.fromValue(0x4000)).isEqualTo(WindowsPriorityClass.BELOW_NORMAL);
    assertThat(WindowsPriorityClass.fromValue(0x100)).isEqualTo(WindowsPriorityClass.REALTIME);
    assertThatThrownBy(() -> WindowsPriorityClass.fromValue(5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a Windows priority class: 5")
        .hasMessageContaining("NORMAL_PRIORITY_CLASS=32");
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
