package io.github.jpsutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.spi.ProcessOps;
import java.lang.reflect.InvocationTargetException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link OpsRead} compares the attribute against each constant, so no compiler checks that each
 * attribute reaches the backend method of its name; AsDictTest cannot either (AsDict and the
 * getters both read through OpsRead). This test holds every attribute against the {@link
 * ProcessOps} method named after psutil's name, over a fake whose getters answer distinct values.
 */
class OpsReadTest {
  /** The attributes OsProcess returns as the backend gives them. */
  private static final Set<ProcessAttr> PLAIN =
      EnumSet.complementOf(
          EnumSet.of(
              ProcessAttr.PID,
              ProcessAttr.CREATE_TIME,
              ProcessAttr.USERNAME,
              ProcessAttr.CPU_PERCENT,
              ProcessAttr.CPU_AFFINITY,
              ProcessAttr.MEMORY_PERCENT,
              ProcessAttr.MEMORY_MAPS,
              ProcessAttr.NET_CONNECTIONS));

  @Test
  void everyPlainAttributeCallsTheBackendMethodOfItsName() throws ReflectiveOperationException {
    ProcessOps ops = AsDictTest.distinctValues(new FakeBackend().add(100, 500));
    int compared = 0;
    for (ProcessAttr attr : ProcessAttr.values()) {
      if (!PLAIN.contains(attr)) {
        assertThatThrownBy(() -> OpsRead.read(ops, attr))
            .as(attr.name())
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("no plain backend call for " + attr);
        continue;
      }
      Object expected;
      try {
        expected = ProcessOps.class.getMethod(AsDictTest.camelCase(attr.psutilName())).invoke(ops);
      } catch (InvocationTargetException e) {
        Class<? extends Throwable> kind = e.getCause().getClass();
        assertThatThrownBy(() -> OpsRead.read(ops, attr)).as(attr.name()).isInstanceOf(kind);
        continue;
      }
      if (expected instanceof Optional<?> o) {
        expected = o.orElse(null); // psutil's terminal: the path or None
      }
      assertThat(OpsRead.read(ops, attr)).as(attr.name()).isEqualTo(expected);
      compared++;
    }
    // The fake lacks num_handles and ionice (Windows' and an error case); all others compared.
    assertThat(compared).isEqualTo(PLAIN.size() - 2);
  }
}
