package io.github.jpsutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionStatus;
import io.github.jpsutil.api.Endpoint;
import io.github.jpsutil.api.MemoryMapRegion;
import io.github.jpsutil.api.MemoryMapStats;
import io.github.jpsutil.api.OpenFile;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.SocketType;
import io.github.jpsutil.spi.ProcessOps;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * {@link AsDict#read} compares the attribute against each constant instead of switching, so no
 * compiler checks that every attribute reaches the getter of its name: this test does, for every
 * constant, against the public no-argument getter named after psutil's name ({@code memory_info_ex}
 * → {@code memoryInfoEx()}).
 */
class AsDictTest {
  private final FakeBackend backend = new FakeBackend();
  private final Psutil psutil = backend.psutil();

  @Test
  void everyAttributeReadsTheGetterOfItsName() throws ReflectiveOperationException {
    OsProcess p = new OsProcess(psutil, distinctValues(backend.add(100, 500)), null);
    int compared = 0;
    for (ProcessAttr attr : ProcessAttr.values()) {
      Method getter = OsProcess.class.getMethod(camelCase(attr.psutilName()));
      Object expected;
      try {
        expected = getter.invoke(p);
      } catch (InvocationTargetException e) {
        // The fake backend lacks a few (num_handles, ionice): read must fail the same way.
        Class<? extends Throwable> kind = e.getCause().getClass();
        assertThatThrownBy(() -> AsDict.read(p, attr)).as(attr.name()).isInstanceOf(kind);
        continue;
      }
      if (expected instanceof Optional<?> o) {
        expected = o.orElse(null); // as_dict holds psutil's value: the path or None
      }
      assertThat(AsDict.read(p, attr)).as(attr.name()).isEqualTo(expected);
      compared++;
    }
    assertThat(compared).isGreaterThan(ProcessAttr.values().length - 5);
  }

  /**
   * The fake process, except that the getters whose fake values coincide (0, 1, empty lists) answer
   * values no other getter has, so that reading the wrong getter cannot go unnoticed.
   */
  static ProcessOps distinctValues(FakeProcess fake) {
    MemoryMapStats stats = new MemoryMapStats.Linux(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    Map<String, Object> answers =
        Map.of(
            "nice", -7,
            "cpuNum", 5,
            "numThreads", 11,
            "terminal", Optional.of("/dev/pts/9"),
            "openFiles", List.of(new OpenFile.Basic("/tmp/open", OptionalInt.of(4))),
            "memoryMaps", List.of(new MemoryMapRegion("1000-2000", "r-xp", "/bin/fake", stats)),
            "connections",
                List.of(
                    new Connection(
                        OptionalInt.of(6),
                        AddressFamily.INET,
                        SocketType.STREAM,
                        Optional.of(new Endpoint.Inet("127.0.0.1", 80)),
                        Optional.empty(),
                        ConnectionStatus.LISTEN,
                        OptionalInt.of(100))));
    InvocationHandler handler =
        (proxy, method, args) -> {
          Object answer = answers.get(method.getName());
          if (answer != null) {
            return answer;
          }
          try {
            return method.invoke(fake, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return (ProcessOps)
        Proxy.newProxyInstance(
            ProcessOps.class.getClassLoader(), new Class<?>[] {ProcessOps.class}, handler);
  }

  static String camelCase(String snake) {
    StringBuilder sb = new StringBuilder(snake.length());
    boolean upper = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        sb.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return sb.toString();
  }
}
