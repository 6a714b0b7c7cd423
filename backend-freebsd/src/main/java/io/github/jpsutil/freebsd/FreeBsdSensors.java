package io.github.jpsutil.freebsd;

import io.github.jpsutil.api.Battery;
import io.github.jpsutil.api.Temperature;
import io.github.jpsutil.freebsd.acquire.Sysctls;
import io.github.jpsutil.freebsd.parse.AcpiSensors;
import io.github.jpsutil.freebsd.parse.SysctlNumber;
import io.github.jpsutil.spi.SensorSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** CPU temperatures (coretemp(4)/amdtemp(4) sysctls) and the ACPI battery (acpi_battery(4)). */
record FreeBsdSensors(Sysctls sysctls, FreeBsdCpu cpu) implements SensorSource {
  /** Key {@code coretemp}, one {@code "Core N"} per CPU that has a sensor; {} without any. */
  @Override
  public Map<String, List<Temperature>> temperatures() {
    List<Temperature> cores = new ArrayList<>();
    int cpus = cpu.cpuCountLogical().getAsInt();
    for (int n = 0; n < cpus; n++) {
      Optional<Long> t = number("dev.cpu." + n + ".temperature");
      if (t.isPresent()) {
        Optional<Long> tjmax = number("dev.cpu." + n + ".coretemp.tjmax");
        OptionalLong max = tjmax.map(OptionalLong::of).orElse(OptionalLong.empty());
        cores.add(AcpiSensors.coreTemperature(n, t.get(), max));
      }
    }
    return cores.isEmpty() ? Map.of() : Map.of("coretemp", List.copyOf(cores));
  }

  /** Empty without ACPI battery sysctls (psutil gh-1074: None). */
  @Override
  public Optional<Battery> battery() {
    Optional<Long> life = number("hw.acpi.battery.life");
    Optional<Long> time = number("hw.acpi.battery.time");
    Optional<Long> acline = number("hw.acpi.acline");
    if (life.isEmpty() || time.isEmpty() || acline.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        AcpiSensors.battery(life.get().intValue(), time.get().intValue(), acline.get().intValue()));
  }

  /** A signed {@code int} sysctl, or empty when the kernel has no such name. */
  private Optional<Long> number(String name) {
    return sysctls.byNameIfExists(name, 4).map(b -> (long) SysctlNumber.signedInt(b, name));
  }
}
