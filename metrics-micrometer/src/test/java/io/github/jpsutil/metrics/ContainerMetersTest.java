package io.github.jpsutil.metrics;

import static io.github.jpsutil.metrics.MeterValues.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.Psutil;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * container.* meters over the cgroup v1 tree of a Docker container (fixtures/linux/cgroup-v1, the
 * same tree backend-linux's LinuxContainersFixtureTest reads): each expected value is the number
 * written in the tree, in the meter's unit.
 */
@EnabledOnOs(OS.LINUX)
class ContainerMetersTest {
  @Test
  void cgroupValuesUnderContainerNames() throws Exception {
    Path tree = Path.of(getClass().getResource("/fixtures/linux/cgroup-v1").toURI());
    Psutil p = Psutil.builder().procfs(tree.resolve("proc")).sysfs(tree.resolve("sys")).build();
    SimpleMeterRegistry r = new SimpleMeterRegistry();
    try (JpsutilMetrics m =
        JpsutilMetrics.builder().psutil(p).groups(List.of(MetricGroup.CONTAINER)).build()) {
      m.bindTo(r);
      assertThat(value(r, "container.memory.usage")).isEqualTo(4_096_000.0);
      assertThat(value(r, "container.memory.usage.limit")).isEqualTo(536_870_912.0);
      assertThat(value(r, "container.memory.oom_kills")).isEqualTo(2.0);
      assertThat(value(r, "container.cpu.limit")).isEqualTo(0.5);
      // cpuacct.usage_user 600000 ns, cpu.stat throttled_time 123456789 ns.
      assertThat(value(r, "container.cpu.time", "cpu.mode", "user")).isEqualTo(0.0006);
      assertThat(value(r, "container.cpu.throttling_data.throttled_time")).isEqualTo(0.123456789);
      assertThat(value(r, "container.pids.count")).isEqualTo(3.0);
      // pids.max is "max": no limit, so NaN rather than a number.
      assertThat(value(r, "container.pids.limit")).isNaN();
      assertThat(value(r, "container.disk.io", "disk.io.direction", "write")).isEqualTo(200.0);
    }
  }
}
