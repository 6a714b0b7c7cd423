package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Field 52 of {@code /proc/[pid]/stat}, from lines read on this machine (Linux 6.18). */
class PidStatExitCodeTest {
  /** A zombie of {@code sh -c "sleep 1; exit 3"} (768 = 3 << 8). */
  private static final String ZOMBIE =
      "15397 (sh) Z 15395 15365 22611 0 -1 4227084 84 77 0 0 0 0 0 0 20 0 1 0 1297443 0 0"
          + " 18446744073709551615 0 0 0 0 0 0 0 6 65536 1 0 0 17 0 0 0 0 0 0 0 0 0 0 0 0 0"
          + " 768\n";

  /** A running {@code cat}: field 52 is 0 and means nothing. */
  private static final String RUNNING =
      "10929 (cat) R 10922 10922 22611 0 -1 4194304 99 0 0 0 0 0 0 0 20 0 1 0 1281467"
          + " 3133440 415 18446744073709551615 94373530411008 94373530430889 140736428465120 0"
          + " 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0 94373530446896 94373530448512 94374024327168"
          + " 140736428472794 140736428472814 140736428472814 140736428474347 0\n";

  private static java.util.OptionalInt parse(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return PidStatExitCode.ofZombie(b, b.length);
  }

  @Test
  void zombieGivesItsWaitStatus() {
    assertThat(parse(ZOMBIE)).hasValue(768);
  }

  @Test
  void aLiveProcessHasNone() {
    assertThat(parse(RUNNING)).isEmpty();
  }

  @Test
  void aKernelWithoutField52HasNone() {
    String before35 = ZOMBIE.substring(0, ZOMBIE.lastIndexOf(' ')) + "\n";
    String cut = before35.substring(0, before35.indexOf(" 0 0 0 0 0 0 0 0 0 0 0 0 0")) + "\n";
    assertThat(parse(cut)).isEmpty();
  }

  @Test
  void aNameWithSpacesAndParensDoesNotShiftFields() {
    assertThat(parse(ZOMBIE.replace("(sh)", "(a) Z (b)"))).hasValue(768);
  }
}
