package io.github.jpsutil.macos;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * A fresh class loader over this test's module path, so a test can ask which classes a piece of
 * code made the JVM load (and so initialize): {@link #loaded} sees only classes this loader
 * defined.
 */
final class NativeLoadProbe extends URLClassLoader {
  NativeLoadProbe() {
    // Parent: the bootstrap loader. The platform loader would hand back the module-path copies,
    // since it delegates packages of boot-layer modules to the application loader.
    super(modulePath(), null);
  }

  boolean loaded(String className) {
    return findLoadedClass(className) != null;
  }

  private static URL[] modulePath() {
    List<URL> urls = new ArrayList<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      for (String entry : System.getProperty(property, "").split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          try {
            urls.add(new File(entry).toURI().toURL());
          } catch (MalformedURLException e) {
            throw new IllegalStateException(entry, e);
          }
        }
      }
    }
    return urls.toArray(URL[]::new);
  }
}
