package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcPidsTest {
  @Test
  void numericNamesSortedOthersSkipped() {
    List<String> names =
        List.of("self", "1", "net", "4194304", "42", "thread-self", "7a", "", "99999999999", "2");
    assertThat(ProcPids.parse(names)).containsExactly(1, 2, 42, 4194304);
  }
}
