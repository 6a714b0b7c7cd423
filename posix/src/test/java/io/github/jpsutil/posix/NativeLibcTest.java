package io.github.jpsutil.posix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.posix.jna.LibcKill;
import io.github.jpsutil.posix.jna.LibcSysconf;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

@EnabledOnOs({OS.LINUX, OS.MAC, OS.FREEBSD, OS.SOLARIS})
class NativeLibcTest {
  @Test
  void theStepRunsOnceBeforeTheFirstBindingAndNotForLaterOnes() {
    AtomicInteger runs = new AtomicInteger();
    NativeLibc.beforeFirstBinding(runs::incrementAndGet);
    assertThat(runs).hasValue(0); // setting it binds nothing
    assertThat(NativeLibc.load(LibcSysconf.class)).isNotNull();
    assertThat(runs).hasValue(1);
    assertThat(NativeLibc.load(LibcKill.class)).isNotNull();
    assertThat(runs).as("a later binding").hasValue(1);
    NativeLibc.beforeFirstBinding(null);
  }
}
