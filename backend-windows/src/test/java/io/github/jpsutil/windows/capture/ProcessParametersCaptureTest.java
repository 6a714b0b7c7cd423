package io.github.jpsutil.windows.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.windows.parse.ProcessParameters;
import io.github.jpsutil.windows.parse.ProcessText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PEB walk over what the probe read from its three children (their PROCESS_BASIC_INFORMATION,
 * PEB, RTL_USER_PROCESS_PARAMETERS, and the text they point to), compared with what the probe asked
 * for when it started them ({@code children.tsv}): command line, directory, environment.
 */
class ProcessParametersCaptureTest {
  /** Each pointer the decoders find is where the probe read the next piece (manifest addresses). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void everyPointerLeadsWhereTheProbeRead(CaptureDirectory capture) {
    for (int i = 0; i < 3; i++) {
      String c = "child" + i + "-";
      assertThat(
              ProcessParameters.pebAddress(capture.raw(c + "ntqip-0-ProcessBasicInformation.bin")))
          .isEqualTo(capture.entry(c + "peb.bin").address());
      assertThat(ProcessParameters.parametersAddress(capture.raw(c + "peb.bin")))
          .isEqualTo(capture.entry(c + "process-parameters.bin").address());
      var params = capture.raw(c + "process-parameters.bin");
      assertThat(ProcessParameters.commandLine(params))
          .isEqualTo(
              new ProcessParameters.Remote(
                  capture.entry(c + "cmdline.bin").address(),
                  capture.entry(c + "cmdline.bin").bytes()));
      assertThat(ProcessParameters.currentDirectory(params))
          .isEqualTo(
              new ProcessParameters.Remote(
                  capture.entry(c + "cwd.bin").address(), capture.entry(c + "cwd.bin").bytes()));
      // Environment and EnvironmentSize lie past winternl.h's struct: checked here only.
      assertThat(ProcessParameters.environment(params))
          .isEqualTo(
              new ProcessParameters.Remote(
                  capture.entry(c + "environment.bin").address(),
                  capture.entry(c + "environment.bin").bytes()));
    }
  }

  /**
   * Exact: the command line splits into what the probe passed (its tsv cell is the same line, split
   * here by the plain rule "quoted or space-free"); the directory is the one it set; every variable
   * it set is in the environment (Wine adds its own WINE* ones).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void textMatchesWhatTheProbeStartedTheChildrenWith(CaptureDirectory capture) {
    List<Map<String, String>> children = capture.tsv("children.tsv");
    for (int i = 0; i < children.size(); i++) {
      Map<String, String> asked = children.get(i);
      String c = "child" + i + "-";
      assertThat(ProcessText.cmdline(capture.raw(c + "cmdline.bin")))
          .isEqualTo(splitSimple(asked.get("commandLine")));
      assertThat(ProcessText.cwd(capture.raw(c + "cwd.bin"))).isEqualTo(asked.get("cwd"));
      Map<String, String> env = ProcessText.environ(capture.raw(c + "environment.bin"));
      for (String kv : asked.get("environment").split(";")) {
        int eq = kv.indexOf('=');
        assertThat(env).containsEntry(kv.substring(0, eq).toUpperCase(), kv.substring(eq + 1));
      }
    }
  }

  /** Arguments separated by spaces, "…" groups kept whole; enough for the probe's own lines. */
  private static List<String> splitSimple(String line) {
    List<String> out = new java.util.ArrayList<>();
    for (String part : line.split(" (?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
      out.add(part.replace("\"", ""));
    }
    assertThat(out).as("the probe's line has arguments").hasSizeGreaterThan(1);
    return out.stream().filter(s -> !s.isEmpty()).toList();
  }
}
