package io.github.jpsutil.itests;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.api.IoPriorityClass;
import io.github.jpsutil.api.ResourceLimit;
import io.github.jpsutil.api.Rlimit;
import io.github.jpsutil.api.Signal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Every setter and signal method of {@link OsProcess}, keyed by psutil's name. */
final class ProcessActions {
  private ProcessActions() {}

  static Map<String, Consumer<OsProcess>> all() {
    Map<String, Consumer<OsProcess>> a = new LinkedHashMap<>();
    a.put("nice(5)", p -> p.nice(5));
    a.put("ionice(BE, 6)", p -> p.ionice(IoPriorityClass.BE, 6));
    a.put("ionice(IDLE)", p -> p.ionice(IoPriorityClass.IDLE));
    a.put("rlimit(NOFILE, 64/128)", p -> p.rlimit(Rlimit.NOFILE, new ResourceLimit(64, 128)));
    a.put("cpu_affinity([0])", p -> p.cpuAffinity(List.of(0)));
    a.put("cpu_affinity([])", p -> p.cpuAffinity(List.of()));
    a.put("send_signal(SIGUSR1)", p -> p.sendSignal(Signal.SIGUSR1));
    a.put("send_signal(0)", p -> p.sendSignal(0));
    a.put("suspend", OsProcess::suspend);
    a.put("resume", OsProcess::resume);
    a.put("terminate", OsProcess::terminate);
    a.put("kill", OsProcess::kill);
    return a;
  }
}
