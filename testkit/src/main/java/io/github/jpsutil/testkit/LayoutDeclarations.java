package io.github.jpsutil.testkit;

import io.github.jpsutil.spi.CStruct;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds every {@link CStruct} a backend declares, so a struct added to a decoder is checked without
 * being listed anywhere else: walks the compiled classes beside {@code anchor} and reads each
 * {@code public static final CStruct} through the caller's lookup (a backend exports none of its
 * packages, so only a lookup from inside its module may read them).
 */
public final class LayoutDeclarations {
  private LayoutDeclarations() {}

  /**
   * @param lookup {@code MethodHandles.lookup()} of a test class inside the backend's module
   * @param anchor any main class of the backend; its output directory is scanned
   * @return the declared structs, sorted by name
   */
  public static List<CStruct> collect(MethodHandles.Lookup lookup, Class<?> anchor) {
    Path root;
    try {
      root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the classes of " + anchor, e);
    }
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException(anchor + " is not loaded from a class directory: " + root);
    }
    List<CStruct> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        if (!rel.endsWith(".class") || rel.endsWith("module-info.class")) {
          continue;
        }
        String className = rel.substring(0, rel.length() - ".class".length()).replace('/', '.');
        collectFrom(lookup, Class.forName(className, false, anchor.getClassLoader()), out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    out.sort(Comparator.comparing(CStruct::name));
    return out;
  }

  private static void collectFrom(MethodHandles.Lookup lookup, Class<?> c, List<CStruct> out) {
    for (Field f : c.getDeclaredFields()) {
      int m = f.getModifiers();
      if (f.getType() != CStruct.class || !Modifier.isStatic(m)) {
        continue;
      }
      if (!Modifier.isPublic(m) || !Modifier.isFinal(m) || !Modifier.isPublic(c.getModifiers())) {
        throw new AssertionError(
            c.getName()
                + "."
                + f.getName()
                + ": declare a CStruct public static final in a public class");
      }
      try {
        CStruct s = (CStruct) lookup.findStaticGetter(c, f.getName(), CStruct.class).invoke();
        if (!out.contains(s)) {
          out.add(s);
        }
      } catch (Throwable e) {
        throw new AssertionError("cannot read " + c.getName() + "." + f.getName(), e);
      }
    }
  }
}
