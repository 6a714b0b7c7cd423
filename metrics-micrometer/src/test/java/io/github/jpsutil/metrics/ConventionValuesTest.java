package io.github.jpsutil.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionStatus;
import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.SocketType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** psutil's values mapped to the conventions' attribute values. */
class ConventionValuesTest {
  @Test
  void tcpStatesAreTheConventionsNames() {
    assertThat(ConnectionGroup.state(ConnectionStatus.ESTABLISHED)).isEqualTo("established");
    assertThat(ConnectionGroup.state(ConnectionStatus.SYN_RECV)).isEqualTo("syn_received");
    assertThat(ConnectionGroup.state(ConnectionStatus.FIN_WAIT1)).isEqualTo("fin_wait_1");
    assertThat(ConnectionGroup.state(ConnectionStatus.FIN_WAIT2)).isEqualTo("fin_wait_2");
    assertThat(ConnectionGroup.state(ConnectionStatus.CLOSE)).isEqualTo("closed");
    assertThat(ConnectionGroup.state(ConnectionStatus.CLOSE_WAIT)).isEqualTo("close_wait");
    assertThat(ConnectionGroup.state(ConnectionStatus.TIME_WAIT)).isEqualTo("time_wait");
    assertThat(ConnectionGroup.state(ConnectionStatus.LAST_ACK)).isEqualTo("last_ack");
    assertThat(ConnectionGroup.state(ConnectionStatus.DELETE_TCB)).isEqualTo("delete");
    assertThat(ConnectionGroup.state(ConnectionStatus.NONE)).isEqualTo("none");
  }

  @Test
  void connectionsAreCountedPerProtocolAndState() {
    List<Connection> conns =
        List.of(
            conn(AddressFamily.INET, SocketType.STREAM, ConnectionStatus.LISTEN),
            conn(AddressFamily.INET6, SocketType.STREAM, ConnectionStatus.LISTEN),
            conn(AddressFamily.INET, SocketType.STREAM, ConnectionStatus.ESTABLISHED),
            conn(AddressFamily.INET6, SocketType.DGRAM, ConnectionStatus.NONE));
    assertThat(ConnectionGroup.count(conns))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                new ConnectionGroup.Key("tcp", "listen"), 2,
                new ConnectionGroup.Key("tcp", "established"), 1,
                new ConnectionGroup.Key("udp", "none"), 1));
  }

  @Test
  void processStatusesUseTheConventionsValuesWhereTheyApply() {
    assertThat(ProcessGroup.status(ProcessStatus.RUNNING)).isEqualTo("running");
    assertThat(ProcessGroup.status(ProcessStatus.SLEEPING)).isEqualTo("sleeping");
    assertThat(ProcessGroup.status(ProcessStatus.STOPPED)).isEqualTo("stopped");
    assertThat(ProcessGroup.status(ProcessStatus.ZOMBIE)).isEqualTo("defunct");
    assertThat(ProcessGroup.status(ProcessStatus.DISK_SLEEP)).isEqualTo("disk-sleep");
    assertThat(ProcessGroup.status(ProcessStatus.IDLE)).isEqualTo("idle");
    assertThat(ProcessGroup.status(ProcessStatus.UNKNOWN)).isEqualTo("unknown");
  }

  @Test
  void swapOperationsArePublishedOnlyWherePsutilsFactorIsKnown() {
    assertThat(PagingGroup.swapPageBytes(OperatingSystem.LINUX)).hasValue(4096);
    assertThat(PagingGroup.swapPageBytes(OperatingSystem.WINDOWS)).isEmpty();
    assertThat(PagingGroup.swapPageBytes(OperatingSystem.MACOS)).isEmpty();
  }

  @Test
  void filesystemModeComesFromTheMountOptions() {
    assertThat(FilesystemGroup.mode(new DiskPartition("/dev/a", "/", "ext4", "rw,relatime")))
        .isEqualTo("rw");
    assertThat(FilesystemGroup.mode(new DiskPartition("/dev/b", "/b", "iso9660", "ro,nosuid")))
        .isEqualTo("ro");
    assertThat(FilesystemGroup.mode(new DiskPartition("/dev/c", "/c", "ext4", "rw,errors=ro")))
        .isEqualTo("rw");
  }

  private static Connection conn(AddressFamily f, SocketType t, ConnectionStatus s) {
    return new Connection(
        OptionalInt.empty(), f, t, Optional.empty(), Optional.empty(), s, OptionalInt.empty());
  }
}
