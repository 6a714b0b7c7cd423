package io.github.jpsutil.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.UsageException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandsTest {

  /** The lazy table must name each command as the command names itself, once. */
  @Test
  void eachListedNameMakesTheCommandOfThatName() {
    List<Command> all = Commands.all();
    assertThat(all).hasSize(26);
    for (Command c : all) {
      assertThat(Commands.find(c.name()).name()).isEqualTo(c.name());
      assertThat(Commands.find(c.name())).isNotSameAs(Commands.find(c.name()));
    }
    assertThat(all.stream().map(Command::name).distinct()).hasSize(all.size());
    assertThat(all.get(0).name()).isEqualTo("free");
    assertThat(all.get(all.size() - 1).name()).isEqualTo("help");
  }

  @Test
  void helpAliasesAndUnknownNames() {
    assertThat(Commands.find("--help").name()).isEqualTo("help");
    assertThat(Commands.find("-h").name()).isEqualTo("help");
    assertThatThrownBy(() -> Commands.find("nosuch"))
        .isInstanceOf(UsageException.class)
        .hasMessage("unknown command 'nosuch' (see 'jpsutil help')");
    assertThat(Commands.create("PS")).isNull();
  }
}
