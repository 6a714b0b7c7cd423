package io.github.jpsutil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParsedArgsTest {
  private static final OptionSpec ALL = OptionSpec.flag("--all", "-a", "all");

  private static final Command FAKE =
      new Command() {
        @Override
        public String name() {
          return "fake";
        }

        @Override
        public String summary() {
          return "a test command";
        }

        @Override
        public List<OptionSpec> options() {
          return List.of(ALL, OptionSpec.INTERVAL, OptionSpec.JSON);
        }

        @Override
        public String operands() {
          return "[PATH]";
        }

        @Override
        public int maxOperands() {
          return 1;
        }

        @Override
        public int run(Invocation invocation) {
          return 0;
        }
      };

  private static ParsedArgs parse(String... args) {
    return ParsedArgs.parse(FAKE, List.of(args));
  }

  @Test
  void acceptsLongShortAndEqualsForms() {
    assertThat(parse("--interval", "2", "--json", "/tmp"))
        .isEqualTo(
            new ParsedArgs(Set.of("--json"), Map.of("--interval", "2"), List.of("/tmp"), false));
    assertThat(parse("-i", "0.5", "-a").values()).containsEntry("--interval", "0.5");
    assertThat(parse("-i", "0.5", "-a").flags()).containsExactly("--all");
    assertThat(parse("--interval=3").values()).containsEntry("--interval", "3");
    assertThat(parse("--interval=").values()).containsEntry("--interval", "");
    assertThat(parse("--interval", "1", "--interval", "4").values())
        .containsEntry("--interval", "4");
  }

  @Test
  void doubleDashEndsOptionsAndALoneDashIsAnOperand() {
    assertThat(parse("--", "--json").operands()).containsExactly("--json");
    assertThat(parse("--", "--json").flags()).isEmpty();
    assertThat(parse("-").operands()).containsExactly("-");
  }

  @Test
  void aNegativeNumberIsAnOperandSoThePidCheckCanNameIt() {
    assertThat(parse("-1").operands()).containsExactly("-1");
    assertThat(parse("-1").flags()).isEmpty();
    assertThat(parse("-i", "-5").values()).containsEntry("--interval", "-5");
    assertThatThrownBy(() -> parse("-1x")).hasMessageContaining("unknown option '-1x'");
    assertThatThrownBy(() -> parse("-1", "-2"))
        .hasMessage("fake: unexpected argument '-2' (it takes at most [PATH])");
  }

  @Test
  void helpWinsEvenWithSurplusOperands() {
    assertThat(parse("-h").help()).isTrue();
    assertThat(parse("a", "b", "--help").help()).isTrue();
  }

  @Test
  void unknownOptionNamesTheCommandAndWhereToLook() {
    assertThatThrownBy(() -> parse("--bogus"))
        .isInstanceOf(UsageException.class)
        .hasMessage("fake: unknown option '--bogus' (see 'jpsutil fake --help')");
    assertThatThrownBy(() -> parse("-x")).hasMessageContaining("unknown option '-x'");
    assertThatThrownBy(() -> parse("--json=yes"))
        .hasMessage("fake: option '--json' takes no value");
    assertThatThrownBy(() -> parse("-a=1")).hasMessageContaining("unknown option '-a=1'");
  }

  @Test
  void missingValueAndSurplusOperandsAreUsageErrors() {
    assertThatThrownBy(() -> parse("--interval"))
        .isInstanceOf(UsageException.class)
        .hasMessage("fake: option '--interval' needs a value SECS");
    assertThatThrownBy(() -> parse("a", "b"))
        .isInstanceOf(UsageException.class)
        .hasMessage("fake: unexpected argument 'b' (it takes at most [PATH])");
  }

  @Test
  void decimalTextIsStrict() {
    assertThat(DecimalText.parse("1")).isEqualTo(1.0);
    assertThat(DecimalText.parse("0.25")).isEqualTo(0.25);
    assertThat(DecimalText.parse(".5")).isEqualTo(0.5);
    assertThat(DecimalText.parse("2.")).isEqualTo(2.0);
    for (String bad :
        List.of(
            "",
            ".",
            "-1",
            "+1",
            "1e3",
            "NaN",
            "Infinity",
            "0x10",
            "1d",
            "1f",
            "1.2.3",
            " 1",
            "１")) {
      assertThat(DecimalText.parse(bad)).as(bad).isNaN();
    }
    assertThat(DecimalText.parse("1".repeat(40))).isNaN();
  }
}
