package io.github.jpsutil.testkit;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The binary names of the classes of one package, read from the jar or directory holding it. */
final class PackageClasses {
  private PackageClasses() {}

  /**
   * @param anchor a class from the same jar or output directory as the package
   * @param packageName e.g. {@code io.github.jpsutil.windows.jna}
   * @return the classes directly in that package (nested classes included), sorted; empty when the
   *     package does not exist there
   */
  static List<String> of(Class<?> anchor, String packageName) {
    Path where;
    try {
      where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("cannot tell where " + anchor.getName() + " was loaded", e);
    }
    String dir = packageName.replace('.', '/');
    List<String> out = new ArrayList<>();
    try {
      if (Files.isDirectory(where)) {
        Path pkg = where.resolve(dir);
        if (Files.isDirectory(pkg)) {
          try (Stream<Path> files = Files.list(pkg)) {
            files
                .map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(".class") && !n.equals("package-info.class"))
                .forEach(n -> out.add(packageName + "." + n.substring(0, n.length() - 6)));
          }
        }
      } else {
        try (JarFile jar = new JarFile(where.toFile())) {
          for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            String n = e.nextElement().getName();
            if (n.startsWith(dir + "/")
                && n.endsWith(".class")
                && n.indexOf('/', dir.length() + 1) < 0
                && !n.endsWith("/package-info.class")) {
              out.add(n.substring(0, n.length() - 6).replace('/', '.'));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + packageName + " in " + where, e);
    }
    out.sort(null);
    return out;
  }
}
