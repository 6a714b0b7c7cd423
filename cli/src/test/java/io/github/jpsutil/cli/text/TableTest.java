package io.github.jpsutil.cli.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.cli.text.Table.Column;
import org.junit.jupiter.api.Test;

class TableTest {

  @Test
  void padsToMinimumWidthsAndAlignsLikePsutilTemplates() {
    // psutil's free.py template: "{:<7} {:>10} {:>10}"
    String text =
        Table.of(Column.left("", 7), Column.right("total", 10), Column.right("used", 10))
            .row("Mem:", "10125520", "8625996")
            .render();
    assertThat(text)
        .isEqualTo("             total       used\n" + "Mem:      10125520    8625996\n");
  }

  @Test
  void widensAColumnToItsLongestCellSoLaterColumnsStayAligned() {
    String text =
        Table.of(Column.left("Device", 6), Column.right("Size", 4), Column.left("Mount", 0))
            .row("/dev/mapper/vg-root", "18.9G", "/")
            .row("tmpfs", "1.0M", "/run")
            .render();
    assertThat(text.lines())
        .containsExactly(
            "Device               Size Mount",
            "/dev/mapper/vg-root 18.9G /",
            "tmpfs                1.0M /run");
  }

  @Test
  void trimsTrailingSpacesAndPrintsNullAsDash() {
    String text =
        Table.of(Column.left("a", 5), Column.left("b", 5)).row("x", null).row("y", "").render();
    assertThat(text).isEqualTo("a     b\n" + "x     -\n" + "y\n");
  }

  @Test
  void canLeaveOutTheHeader() {
    String text =
        Table.of(Column.left("NAME", 0), Column.right("VALUE", 0))
            .withoutHeader()
            .row("Total", "9.7G")
            .render();
    assertThat(text).isEqualTo("Total 9.7G\n");
  }

  @Test
  void aHeaderOnlyTableIsOneLine() {
    assertThat(Table.of(Column.left("x", 3)).render()).isEqualTo("x\n");
  }

  @Test
  void rejectsRowsOfTheWrongWidthAndBadColumns() {
    Table t = Table.of(Column.left("a", 1), Column.left("b", 1));
    assertThatThrownBy(() -> t.row("only one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 2 cells, got 1");
    assertThatThrownBy(() -> Column.left("a", -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(Table::of).isInstanceOf(IllegalArgumentException.class);
  }
}
