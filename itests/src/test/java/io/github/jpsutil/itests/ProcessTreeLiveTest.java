package io.github.jpsutil.itests;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * children, parent and parents (psutil/__init__.py) on {@code sh -c 'sleep 30 & sleep 30 & wait'}:
 * a child of this JVM with two grandchildren.
 */
@EnabledOnOs(OS.LINUX)
class ProcessTreeLiveTest {
  private final Psutil ps = Psutil.local();
  private final LiveChildren children = new LiveChildren();
  private Process sh;

  @BeforeEach
  void startTree() throws Exception {
    sh = children.start("sh", "-c", "sleep 30 & sleep 30 & wait");
    Eventually.until(
        Duration.ofSeconds(5), "two sleeps below sh", () -> sh.children().count() == 2);
    sh.children().forEach(c -> children.alsoKill(c.pid()));
  }

  @AfterEach
  void stopTree() throws Exception {
    children.close();
  }

  @Test
  void directChildrenAreTheTwoSleeps() {
    List<OsProcess> kids = ps.process((int) sh.pid()).children();
    assertThat(kids).hasSize(2);
    assertThat(kids).extracting(OsProcess::name).containsOnly("sleep");
    assertThat(kids)
        .extracting(OsProcess::pid)
        .containsExactlyInAnyOrderElementsOf(sh.children().map(h -> (int) h.pid()).toList());
  }

  @Test
  void recursiveChildrenOfThisJvmIncludeTheGrandchildren() {
    OsProcess self = ps.self();
    List<Integer> direct = self.children().stream().map(OsProcess::pid).toList();
    List<Integer> all = self.children(true).stream().map(OsProcess::pid).toList();
    List<Integer> grandchildren = sh.children().map(h -> (int) h.pid()).toList();
    assertThat(direct).contains((int) sh.pid()).doesNotContainAnyElementsOf(grandchildren);
    assertThat(all).contains((int) sh.pid()).containsAll(grandchildren);
    // The JDK's own view of the tree: only this test's processes run below the JVM now.
    assertThat(all)
        .containsExactlyInAnyOrderElementsOf(
            ProcessHandle.current().descendants().map(h -> (int) h.pid()).toList());
  }

  @Test
  void parentOfTheChildIsThisJvmAndParentsEndAtTheLowestPid() {
    OsProcess child = ps.process((int) sh.pid());
    assertThat(child.parent()).hasValueSatisfying(p -> assertThat(p).isEqualTo(ps.self()));
    List<OsProcess> chain = child.parents();
    assertThat(chain.get(0).pid()).isEqualTo(ProcessHandle.current().pid());
    assertThat(chain.get(chain.size() - 1).pid()).isEqualTo(ps.pids().get(0));
    // Each link is the ppid of the one before, as /proc says.
    int below = child.pid();
    for (OsProcess link : chain) {
      assertThat(link.pid()).isEqualTo(Integer.parseInt(ProcFs.statField(below, 4)));
      below = link.pid();
    }
    assertThat(chain.get(chain.size() - 1).parent()).isEmpty();
  }

  /**
   * When sh dies its sleeps are re-parented: to init, or to the nearest child subreaper. Which one
   * is the machine's business, so the test asserts what is deterministic: the new ppid is not sh,
   * equals the kernel's, and parent() names that process.
   */
  @Test
  void grandchildIsReparentedWhenItsParentIsKilled() throws Exception {
    int grandchild = (int) sh.children().findFirst().orElseThrow().pid();
    OsProcess g = ps.process(grandchild);
    assertThat(g.ppid()).isEqualTo(sh.pid());
    sh.destroyForcibly();
    sh.waitFor();
    Eventually.until(
        Duration.ofSeconds(5),
        "re-parenting of " + grandchild,
        () -> Integer.parseInt(ProcFs.statField(grandchild, 4)) != sh.pid());
    int newParent = Integer.parseInt(ProcFs.statField(grandchild, 4));
    assertThat(g.ppid()).isEqualTo(newParent).isNotEqualTo((int) sh.pid());
    assertThat(g.parent()).hasValueSatisfying(p -> assertThat(p.pid()).isEqualTo(newParent));
    assertThat(ps.process(newParent).children()).extracting(OsProcess::pid).contains(grandchild);
  }
}
