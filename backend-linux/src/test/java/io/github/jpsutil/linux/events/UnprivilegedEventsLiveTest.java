package io.github.jpsutil.linux.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.sun.jna.Native;
import io.github.jpsutil.api.ProcessEvent;
import io.github.jpsutil.linux.RunAsNobody;
import io.github.jpsutil.posix.Errno;
import io.github.jpsutil.spi.EventSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fallback as an unprivileged user: {@link UnprivilegedEventsProbe} runs as uid/gid 65534
 * (util-linux {@code setpriv}) from copies of the classes nobody may read. There the connector must
 * be refused (AccessDenied naming CAP_NET_ADMIN) and the scan must report every start and exit of a
 * 100-child churn that nobody itself runs, with each exit status (its own zombies, which it may
 * inspect).
 */
@EnabledOnOs(OS.LINUX)
class UnprivilegedEventsLiveTest {
  private static final int CHILDREN = 100;

  @TempDir Path tmp;

  @Test
  void scanAsNobodyReportsEveryStartAndExitAndTheConnectorIsRefused() throws Exception {
    assumeThat(Path.of("/usr/bin/setpriv")).exists();
    assumeThat(ProcessHandle.current().info().user()).contains("root");
    List<String> lines = runAsNobody();
    assertThat(lines).contains("END");
    assertThat(lines).contains("connectorPermitted=false", "failure=null", "threadsLeft=[]");
    assertThat(lines)
        .anyMatch(l -> l.startsWith("openConnector=AD") && l.contains("CAP_NET_ADMIN"));
    assertThat(lines).filteredOn(l -> l.startsWith("VIOLATION")).isEmpty();
    assertThat(lines).contains("children=" + CHILDREN, "exitStatusesMatched=" + CHILDREN);
  }

  private List<String> runAsNobody() throws Exception {
    return RunAsNobody.run(
        tmp,
        List.of(
            LinuxEventSource.class,
            UnprivilegedEventsProbe.class,
            EventSource.class,
            ProcessEvent.class,
            Errno.class,
            Native.class),
        UnprivilegedEventsProbe.class,
        Integer.toString(CHILDREN));
  }
}
