package io.github.jpsutil.testkit;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * A fresh class loader over the test's module path and class path, so a test can ask which classes
 * a piece of code made the JVM load: {@link #loaded} sees only classes this loader defined, none
 * that the test run itself loaded before.
 */
final class IsolatedClassLoader extends URLClassLoader {
  IsolatedClassLoader() {
    // Parent: the bootstrap loader. The platform loader would hand back the module-path copies,
    // since it delegates packages of boot-layer modules to the application loader.
    super(searchPath(), null);
  }

  boolean loaded(String className) {
    return findLoadedClass(className) != null;
  }

  private static URL[] searchPath() {
    List<URL> urls = new ArrayList<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      for (String entry : System.getProperty(property, "").split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          try {
            urls.add(new File(entry).toURI().toURL());
          } catch (MalformedURLException e) {
            throw new IllegalStateException("not a path: " + entry, e);
          }
        }
      }
    }
    return urls.toArray(URL[]::new);
  }
}
