package io.github.jpsutil.shell.karaf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.Psutil;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Completion of pids over this machine's processes, compared with the JDK's view of this JVM
 * ({@code ProcessHandle.current()}) and with the name jpsutil reads for it.
 */
@EnabledOnOs(OS.LINUX)
class PidCompleterTest {
  private final PidCompleter completer = new PidCompleter();
  private final int self = (int) ProcessHandle.current().pid();

  PidCompleterTest() {
    completer.psutil = Psutil.local();
  }

  @Test
  void theDigitsTypedCompleteToThisJvmsPidNamedAfterIt() {
    String typed = Integer.toString(self);
    List<Candidate> candidates = new ArrayList<>();
    completer.completeCandidates(null, typedArgument(typed), candidates);
    assertThat(candidates).extracting(Candidate::value).contains(typed);
    assertThat(candidates)
        .allMatch(c -> c.value().startsWith(typed) || c.descr().startsWith(typed));
    Candidate me = candidates.stream().filter(c -> c.value().equals(typed)).findFirst().get();
    assertThat(me.descr()).isEqualTo(completer.psutil.self().name());
    assertThat(me.displ()).isEqualTo(typed + " " + me.descr());
  }

  @Test
  void aNamePrefixCompletesToThePidsOfThoseProcesses() {
    String name = completer.psutil.self().name();
    String prefix = name.substring(0, Math.min(3, name.length()));
    List<String> candidates = new ArrayList<>();
    int at = completer.complete(null, typedArgument(prefix), candidates);
    assertThat(candidates).contains(Integer.toString(self));
    // The candidate replaces what was typed: it starts where the argument starts.
    assertThat(at).isEqualTo("jpsutil:procinfo ".length());
  }

  @Test
  void somethingNoProcessHasCompletesToNothing() {
    List<String> candidates = new ArrayList<>();
    assertThat(completer.complete(null, typedArgument("no-such-process-name-"), candidates))
        .isEqualTo(-1);
    assertThat(candidates).isEmpty();
  }

  /** "jpsutil:procinfo TYPED" with the cursor at the end. */
  private static CommandLine typedArgument(String typed) {
    String buffer = "jpsutil:procinfo " + typed;
    return new CommandLine() {
      @Override
      public int getCursorArgumentIndex() {
        return 1;
      }

      @Override
      public String getCursorArgument() {
        return typed;
      }

      @Override
      public int getArgumentPosition() {
        return typed.length();
      }

      @Override
      public String[] getArguments() {
        return new String[] {"jpsutil:procinfo", typed};
      }

      @Override
      public int getBufferPosition() {
        return buffer.length();
      }

      @Override
      public String getBuffer() {
        return buffer;
      }
    };
  }
}
