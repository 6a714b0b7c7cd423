package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.spi.PsutilProvider;
import io.github.jpsutil.testkit.FeatureTruthTestBase;
import io.github.jpsutil.testkit.ProcessProbe;
import io.github.jpsutil.testkit.ProcessProbe.State;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The feature-truth contract on the live system: every declared feature's calls on this JVM, on a
 * running child, on a zombie and on a process gone after its handle was made. (Core's types are not
 * named here: see {@link FeatureTruthTestBase#psutil()} on why.)
 */
@EnabledOnOs(OS.LINUX)
class LinuxFeatureTruthTest extends FeatureTruthTestBase {
  private static final LiveChildren CHILDREN = new LiveChildren();

  @AfterAll
  static void killChildren() throws InterruptedException {
    CHILDREN.close();
  }

  @Override
  protected PsutilProvider provider() {
    return new LinuxProvider();
  }

  @Override
  protected List<ProcessProbe> processProbes() {
    try {
      return List.of(
          new ProcessProbe("self", psutil().self(), State.SELF),
          new ProcessProbe("a sleeping child", psutil().popen(CHILDREN.sleeper()), State.RUNNING),
          new ProcessProbe("a zombie", psutil().process(zombiePid()), State.ZOMBIE),
          reaped());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@code sh -c 'sleep 0.1 & exec sleep 1000'}: the short sleep exits and stays a zombie, since
   * its parent, now the long sleep, never waits for it.
   */
  private int zombiePid() throws InterruptedException {
    Process parent =
        LiveChildren.awaitComm(CHILDREN.start("sh", "-c", "sleep 0.1 & exec sleep 1000"), "sleep");
    Path children = Path.of("/proc/" + parent.pid() + "/task/" + parent.pid() + "/children");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      for (String pid : read(children).split(" ")) {
        if (!pid.isBlank()) {
          int candidate = Integer.parseInt(pid.strip());
          if (psutil().process(candidate).status() == ProcessStatus.ZOMBIE) {
            return candidate;
          }
        }
      }
      Thread.sleep(10);
    }
    throw new AssertionError("no zombie child of " + parent.pid() + " within 10 s");
  }

  /** A handle made while the child ran; the child is then killed and reaped. */
  private ProcessProbe reaped() throws InterruptedException {
    Process child = CHILDREN.sleeper();
    ProcessProbe probe =
        new ProcessProbe("a reaped child", psutil().process((int) child.pid()), State.GONE);
    child.destroyForcibly();
    assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.exists(Path.of("/proc/" + child.pid()))).isFalse();
    return probe;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
