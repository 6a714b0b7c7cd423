package io.github.jpsutil.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The suite runs "the whole API": every public method of {@link Psutil} and {@link OsProcess} is in
 * {@link ApiTour}'s lists or in {@link ApiTour#ELSEWHERE}, and every name there still exists.
 */
@Tag("reliability")
@EnabledOnOs(OS.LINUX)
class ApiCoverageTest {
  static String signature(Method m) {
    return m.getName()
        + Arrays.stream(m.getParameterTypes())
            .map(Class::getSimpleName)
            .collect(Collectors.joining(",", "(", ")"));
  }

  static Set<String> publicMethods(Class<?> type) {
    Set<String> out = new TreeSet<>();
    // getMethods: Psutil and OsProcess inherit half their surface from package-private sealed
    // superclasses (javac's public bridges stand for those methods on the public class).
    for (Method m : type.getMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && m.getDeclaringClass() != Object.class) {
        out.add(type.getSimpleName() + "." + signature(m));
      }
    }
    return out;
  }

  @Test
  void everyPublicMethodIsExercisedSomewhere() {
    Psutil ps = Psutil.builder().build();
    Set<String> covered = new TreeSet<>(ApiTour.ELSEWHERE);
    ApiTour.processReads().forEach(c -> covered.add("OsProcess." + c.signature()));
    ApiTour.systemCalls(ps, 1).forEach(c -> covered.add("Psutil." + c.signature()));

    Set<String> api = new TreeSet<>(publicMethods(Psutil.class));
    api.addAll(publicMethods(OsProcess.class));
    List<String> missing = new ArrayList<>(api);
    missing.removeAll(covered);
    List<String> stale = new ArrayList<>(covered);
    stale.removeAll(api);

    Figures.put("api.public_methods", api.size());
    assertThat(missing).as("public methods no reliability test calls").isEmpty();
    assertThat(stale).as("names in ApiTour that are not public methods").isEmpty();
  }
}
