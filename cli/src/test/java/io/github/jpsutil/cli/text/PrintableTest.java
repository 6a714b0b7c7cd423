package io.github.jpsutil.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {
  @Test
  void controlCharactersBecomeQuestionMarks() {
    assertThat(Printable.of("a\nb\tc\u001b[2J\u0085d\u007f")).isEqualTo("a?b?c?[2J?d?");
    assertThat(Printable.of("\r")).isEqualTo("?");
    assertThat(Printable.of("")).isEmpty();
  }

  @Test
  void otherTextIsKeptAsIsWithoutACopy() {
    String s = "caf\u00e9 \u6587 /usr/bin/x";
    assertThat(Printable.of(s)).isSameAs(s);
  }

  @Test
  void tableCellsAreMadePrintable() {
    assertThat(Table.of(Table.Column.left("A", 0)).row("x\ny").render()).isEqualTo("A\nx?y\n");
  }
}
