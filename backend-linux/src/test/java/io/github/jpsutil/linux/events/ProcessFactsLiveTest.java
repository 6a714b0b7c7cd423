package io.github.jpsutil.linux.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.spi.BackendConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The zombie exit status the scan reports, against a zombie made for the test: a shell starts
 * {@code sh -c 'exit 7'}, prints its pid and execs {@code sleep}, which never reaps it. The
 * expected status is the script's (7 &lt;&lt; 8 = 1792, as {@code waitpid(2)} would return it), and
 * procfs's own state letter must say Z while it is read.
 */
@EnabledOnOs(OS.LINUX)
class ProcessFactsLiveTest {
  @Test
  void zombieStatusIsTheWaitStatusOfTheZombie() throws Exception {
    ProcessFacts facts = new ProcessFacts(new LinuxFiles(BackendConfig.defaults()));
    Process p =
        new ProcessBuilder(
                "sh",
                "-c",
                // The child exits only once its parent has become sleep, which never reaps it:
                // the shell itself would reap it if it ended before the exec.
                "sh -c 'while [ \"$(cat /proc/$PPID/comm)\" != sleep ]; do sleep 0.01; done;"
                    + " exit 7' & echo $!; exec sleep 5")
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader r =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      int pid = Integer.parseInt(r.readLine().strip());
      Path stat = Path.of("/proc", Integer.toString(pid), "stat");
      long end = System.currentTimeMillis() + 4000;
      while (System.currentTimeMillis() < end && !Files.readString(stat).contains(") Z ")) {
        Thread.sleep(10);
      }
      assertThat(Files.readString(stat)).contains(") Z ");
      assertThat(facts.zombieStatus(pid)).hasValue(7 << 8);
      assertThat(facts.name(pid)).contains("sh");
      assertThat(facts.ppid(pid)).hasValue((int) p.pid());
      assertThat(facts.cmdline(pid)).as("a zombie's command line reads as nothing").isEmpty();
    } finally {
      p.destroy();
      p.waitFor(5, TimeUnit.SECONDS);
    }
  }
}
