package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextCursorTest {
  private static TextCursor of(String s) {
    return TextCursor.of(s, "f");
  }

  @Test
  void walksLinesAndFields() {
    TextCursor c = of("a 1\t 22\n\nb 3");
    assertThat(c.nextLine()).isTrue();
    assertThat(c.nextString("name")).isEqualTo("a");
    assertThat(c.nextDecimal("x")).isEqualTo(1);
    assertThat(c.nextDecimal("y")).isEqualTo(22);
    assertThat(c.nextField()).isFalse();
    assertThat(c.nextLine()).isTrue();
    assertThat(c.lineIsBlank()).isTrue();
    assertThat(c.nextLine()).isTrue();
    assertThat(c.line()).isEqualTo("b 3");
    assertThat(fieldsLeft(c)).isEqualTo(2);
    assertThat(c.nextLine()).isFalse();
  }

  @Test
  void aFinalNewlineEndsTheLastLine() {
    TextCursor c = of("x\n");
    assertThat(c.nextLine()).isTrue();
    assertThat(c.nextLine()).isFalse();
    assertThat(of("").nextLine()).isFalse();
  }

  @Test
  void readsOnlyPartOfTheBuffer() {
    byte[] b = "7 8 9".getBytes(StandardCharsets.US_ASCII);
    TextCursor c = new TextCursor(b, 3, "f");
    c.nextLine();
    assertThat(c.nextDecimal("a")).isEqualTo(7);
    assertThat(c.nextDecimal("b")).isEqualTo(8);
    assertThat(c.nextField()).isFalse();
    assertThatThrownBy(() -> new TextCursor(b, 6, "f"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void findsKeyLinesWithTheirColon() {
    TextCursor c = of("Pss_Anon:\t5 kB\nPss:\t 12 kB\n");
    assertThat(c.numberAfterKey(TextCursor.key("Pss:"), "Pss")).isEqualTo(12);
    assertThat(c.numberAfterKey(TextCursor.key("Rss:"), "Rss")).isEqualTo(-1);
    assertThatThrownBy(() -> c.requiredNumberAfterKey(TextCursor.key("Rss:"), "Rss"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessage("malformed f: no Rss line");
  }

  @Test
  void decimalBoundaries() {
    TextCursor max = of("9223372036854775807 9223372036854775808 -1 -5");
    max.nextLine();
    assertThat(max.nextDecimal("a")).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> max.nextDecimal("b"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("malformed f: field 'b' is too large");
    assertThatThrownBy(() -> max.nextDecimal("c"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("field 'c' is not a number: '-1'");
    assertThat(max.nextSignedDecimal("d")).isEqualTo(-5);
  }

  @Test
  void hexAndOctal() {
    TextCursor c = of("0A ffffffff 123456789 0100002 8");
    c.nextLine();
    assertThat(c.field("a").hex(8, "a")).isEqualTo(10);
    assertThat(c.field("b").hex(8, "b")).isEqualTo(0xFFFF_FFFFL);
    assertThatThrownBy(() -> c.field("c").hex(8, "c")).hasMessageContaining("1-8 hex digits");
    assertThat(c.field("d").octal("d")).isEqualTo(0100002);
    assertThatThrownBy(() -> c.field("e").octal("e")).hasMessageContaining("not an octal number");
  }

  @Test
  void runningOutOfFieldsNamesTheFieldAndQuotesTheLine() {
    TextCursor c = of("x\ny");
    c.nextLine();
    c.field("first");
    assertThatThrownBy(() -> c.field("second"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessage("malformed f: missing field 'second' in line 'x'");
  }

  @Test
  void restOfLineTrimsBlanks() {
    TextCursor c = of("key:  a b \t\n");
    c.nextLine();
    c.moveTo(4);
    assertThat(c.restOfLine()).isTrue();
    assertThat(c.string()).isEqualTo("a b");
    assertThat(c.restOfLine()).isFalse();
  }

  @Test
  void wholeAsLineKeepsNewlinesInsideTheText() {
    TextCursor c = of("1 (a\nb) S 0\n");
    c.wholeAsLine();
    assertThat(fieldsLeft(c)).isEqualTo(4); // 1, (a\nb), S, 0
  }

  @Test
  void caseInsensitivePrefixAfterBlanks() {
    TextCursor c = of("  Processor\t: 0");
    c.nextLine();
    assertThat(c.lineStartsWithIgnoreCase("processor")).isTrue();
    assertThat(c.lineStartsWithIgnoreCase("processors")).isFalse();
  }

  /** The number of fields from the cursor to the end of the line (moves to the end). */
  private static int fieldsLeft(TextCursor c) {
    int n = 0;
    while (c.nextField()) {
      n++;
    }
    return n;
  }
}
