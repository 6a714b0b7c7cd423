package io.github.jpsutil.freebsd.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The tag scanner against the shape FreeBSD's {@code sched_ule.c} writes for {@code
 * kern.sched.topology_spec} (root group, then one second-level group per core with its SMT
 * threads), counted by psutil's rule {@code len(root.findall('group/children/group/cpu'))}.
 */
class CpuTopologyTest {
  // Two cores with two threads each; a third level under the first core must not count.
  private static final String TWO_CORES =
      "<groups>\n"
          + " <group level=\"1\" cache-level=\"0\">\n"
          + "  <cpu count=\"4\" mask=\"f,0,0,0\">0, 1, 2, 3</cpu>\n"
          + "  <children>\n"
          + "   <group level=\"2\" cache-level=\"2\">\n"
          + "    <cpu count=\"2\" mask=\"3,0,0,0\">0, 1</cpu>\n"
          + "    <flags><flag name=\"THREAD\">THREAD group</flag><flag name=\"SMT\">SMT"
          + " group</flag></flags>\n"
          + "    <children><group level=\"3\"><cpu count=\"1\" mask=\"1\">0</cpu></group>"
          + "</children>\n"
          + "   </group>\n"
          + "   <group level=\"2\" cache-level=\"2\">\n"
          + "    <cpu count=\"2\" mask=\"c,0,0,0\">2, 3</cpu>\n"
          + "    <flags><flag name=\"THREAD\">THREAD group</flag></flags>\n"
          + "   </group>\n"
          + "  </children>\n"
          + " </group>\n"
          + "</groups>\n";

  @Test
  void countsTheCpusOfSecondLevelGroups() {
    assertThat(CpuTopology.physicalCores(TWO_CORES, 4)).isEqualTo(OptionalInt.of(2));
  }

  @Test
  void ignoresWhatFollowsTheRootAsPsutilCutsIt() {
    assertThat(CpuTopology.physicalCores(TWO_CORES + "\0<junk", 4)).isEqualTo(OptionalInt.of(2));
  }

  @Test
  void aSingleGroupIsOneCoreOnlyWithOneLogicalCpu() {
    String flat = "<groups><group level=\"1\"><cpu count=\"1\" mask=\"1\">0</cpu></group></groups>";
    assertThat(CpuTopology.physicalCores(flat, 1)).isEqualTo(OptionalInt.of(1));
    assertThat(CpuTopology.physicalCores(flat, 2)).isEmpty();
  }

  @Test
  void unbalancedOrUnterminatedTagsAreMalformed() {
    assertThatThrownBy(() -> CpuTopology.physicalCores("<groups><group></groups>", 2))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("</groups> closes");
    assertThatThrownBy(() -> CpuTopology.physicalCores("<groups><group level=\"1", 2))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("not closed");
    assertThatThrownBy(() -> CpuTopology.physicalCores("<groups><group>", 2))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("unclosed");
  }
}
