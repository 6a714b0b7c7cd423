package io.github.jpsutil.cli.text;

import io.github.jpsutil.api.CgroupResources;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * One line summing up the limits of the cgroup the tool runs in, for {@code free} and {@code top}:
 * {@code Container: cgroup /docker/abc (v1): mem 4000/524288 KiB, swap -, cpu 0.50, pids 3/max}.
 */
public final class ContainerText {
  private ContainerText() {}

  public static String line(CgroupResources r) {
    List<String> parts = new ArrayList<>();
    r.memory()
        .ifPresent(
            m -> {
              parts.add("mem " + m.usage() / 1024 + "/" + kib(m.limit()) + " KiB");
              parts.add("swap " + kib(m.swapLimit()));
              m.oomKills().ifPresent(n -> parts.add("oom_kills " + n));
            });
    r.cpu()
        .ifPresent(
            c ->
                parts.add(
                    "cpu "
                        + (c.effectiveCpus().isPresent()
                            ? String.format(
                                java.util.Locale.ROOT, "%.2f", c.effectiveCpus().getAsDouble())
                            : "max")));
    r.pids().ifPresent(p -> parts.add("pids " + p.current() + "/" + count(p.limit())));
    return "Container: cgroup "
        + r.path()
        + " (v"
        + (r.version() == io.github.jpsutil.api.CgroupVersion.V1 ? 1 : 2)
        + "): "
        + String.join(", ", parts)
        + "\n";
  }

  private static String kib(OptionalLong bytes) {
    return bytes.isPresent() ? Long.toString(bytes.getAsLong() / 1024) : "max";
  }

  private static String count(OptionalLong n) {
    return n.isPresent() ? Long.toString(n.getAsLong()) : "max";
  }
}
