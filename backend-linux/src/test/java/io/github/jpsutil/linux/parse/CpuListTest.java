package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

class CpuListTest {
  @Test
  void rangesAndSingleCpus() {
    BitSet cpus = CpuList.parse("0-3,8,10-11\n", "online");
    assertThat(cpus.stream().toArray()).containsExactly(0, 1, 2, 3, 8, 10, 11);
    assertThat(CpuList.parse("0\n", "online").cardinality()).isEqualTo(1);
    assertThat(CpuList.parse("0-1", "online").cardinality()).isEqualTo(2);
  }

  @Test
  void emptyListIsEmptySet() {
    assertThat(CpuList.parse("\n", "offline").isEmpty()).isTrue();
  }

  @Test
  void malformedListsAreErrorsNamingTheFile() {
    assertThatThrownBy(() -> CpuList.parse("3-1", "/sys/x/online"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("/sys/x/online")
        .hasMessageContaining("descending");
    assertThatThrownBy(() -> CpuList.parse("0-a", "f")).isInstanceOf(MalformedDataException.class);
    assertThatThrownBy(() -> CpuList.parse("0-", "f")).isInstanceOf(MalformedDataException.class);
    assertThatThrownBy(() -> CpuList.parse("99999999999", "f"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("out of range");
  }

  @Test
  void parsesSinglesRangesAndTheTrailingNewlineAsASet() {
    assertThat(CpuList.parseSet("0-1\n", "f")).containsExactly(0, 1);
    assertThat(CpuList.parseSet("0", "f")).containsExactly(0);
    assertThat(CpuList.parseSet("0,2-4,7,9-10\n", "f")).containsExactly(0, 2, 3, 4, 7, 9, 10);
    assertThat(CpuList.parseSet("5-5", "f")).containsExactly(5);
    assertThat(CpuList.parseSet("\n", "f")).isEmpty();
  }

  @Test
  void malformedListsAreRefusedNamingTheFile() {
    for (String bad : new String[] {"0-", "-3", "a", "1,,2", "1,", "3-1", "0-99999999", "1 2"}) {
      assertThatThrownBy(() -> CpuList.parse(bad, "/sys/x/online"))
          .as(bad)
          .isInstanceOf(MalformedDataException.class)
          .hasMessageContaining("/sys/x/online");
    }
  }
}
