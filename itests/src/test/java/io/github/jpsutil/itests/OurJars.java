package io.github.jpsutil.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/** Our packaged jars (from every slim set) with their module descriptors and OSGi manifests. */
record OurJars(Path jar, ModuleDescriptor descriptor, Attributes manifest) {
  static final List<String> OSES = List.of("linux", "windows", "macos", "freebsd", "sunos");

  /** Every jpsutil-* jar of every slim set, once, keyed and sorted by file name. */
  static List<OurJars> all() {
    TreeMap<String, Path> jars = new TreeMap<>();
    for (String os : OSES) {
      for (Path jar : Deployment.slimSet(os)) {
        if (jar.getFileName().toString().startsWith("jpsutil-")) {
          jars.put(jar.getFileName().toString(), jar);
        }
      }
    }
    return jars.values().stream().map(OurJars::read).toList();
  }

  static OurJars read(Path jar) {
    ModuleReference ref =
        ModuleFinder.of(jar).findAll().stream()
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no module in " + jar));
    try (JarFile file = new JarFile(jar.toFile())) {
      return new OurJars(jar, ref.descriptor(), file.getManifest().getMainAttributes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jar, e);
    }
  }

  String header(String name) {
    return manifest.getValue(name);
  }

  String name() {
    return descriptor.name();
  }

  boolean isBackend() {
    return jar.getFileName().toString().startsWith("jpsutil-backend-");
  }

  @Override
  public String toString() {
    return jar.getFileName().toString();
  }
}
