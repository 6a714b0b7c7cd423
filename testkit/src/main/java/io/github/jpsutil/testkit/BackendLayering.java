package io.github.jpsutil.testkit;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The layering rule of DESIGN.md, checked on a backend's compiled classes so that each backend
 * enforces it in its own {@code ./mvnw verify}:
 *
 * <ul>
 *   <li>{@code <os>.parse} (decoders) references no JNA, no file or channel I/O, nothing of the
 *       backend's {@code acquire} or {@code jna} packages and nothing of {@code posix}, so every
 *       decoder runs on any OS from recorded or documented bytes;
 *   <li>{@code <os>} itself (the assemble layer) references neither JNA nor the backend's own
 *       {@code jna} bindings: native calls go through {@code acquire} (or the shared {@code posix}
 *       module).
 * </ul>
 *
 * <p>It reads each class file's constant pool (JVM Specification §4.4) and looks at its UTF-8
 * entries, which hold every class name, field and method descriptor and generic signature the class
 * refers to, so a fully qualified use is caught as well as an import. No bytecode library is
 * needed.
 */
public final class BackendLayering {
  private static final String[] PARSE_FORBIDDEN = {
    "com/sun/jna/",
    "java/io/File;",
    "java/io/FileInputStream",
    "java/io/FileOutputStream",
    "java/io/FileReader",
    "java/io/FileWriter",
    "java/io/RandomAccessFile",
    "java/nio/file/",
    "java/nio/channels/",
    "io/github/jpsutil/posix/",
  };

  private final Path classes;
  private final String osPackage;

  /**
   * @param classes the backend's compiled main classes, e.g. {@code target/classes}
   * @param os the backend's package segment, e.g. {@code linux} for {@code io.github.jpsutil.linux}
   */
  public BackendLayering(Path classes, String os) {
    if (!Files.isDirectory(classes)) {
      throw new IllegalArgumentException("classes must be a directory, got " + classes);
    }
    if (os == null || !os.matches("[a-z]+")) {
      throw new IllegalArgumentException("os must be a package segment such as linux, got " + os);
    }
    this.classes = classes;
    this.osPackage = "io/github/jpsutil/" + os + "/";
  }

  /** {@code "Class: reference"} for each forbidden reference of the parse package, sorted. */
  public List<String> parseViolations() throws IOException {
    String[] forbidden = new String[PARSE_FORBIDDEN.length + 2];
    System.arraycopy(PARSE_FORBIDDEN, 0, forbidden, 0, PARSE_FORBIDDEN.length);
    forbidden[PARSE_FORBIDDEN.length] = osPackage + "acquire/";
    forbidden[PARSE_FORBIDDEN.length + 1] = osPackage + "jna/";
    return violations(classes.resolve(osPackage + "parse"), forbidden);
  }

  /** {@code "Class: reference"} for each JNA use in the assemble (top-level) package, sorted. */
  public List<String> assembleViolations() throws IOException {
    return violations(classes.resolve(osPackage), "com/sun/jna/", osPackage + "jna/");
  }

  private static List<String> violations(Path dir, String... forbidden) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no compiled package at " + dir);
    }
    TreeSet<String> found = new TreeSet<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".class")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no class files in " + dir);
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      String owner = name.substring(0, name.length() - ".class".length());
      for (String utf8 : utf8Constants(f)) {
        for (String bad : forbidden) {
          int at = utf8.indexOf(bad);
          if (at >= 0) {
            found.add(owner + ": " + referenceAt(utf8, at));
          }
        }
      }
    }
    return new ArrayList<>(found);
  }

  /** The class name starting at {@code at}, up to the end of its descriptor or name. */
  private static String referenceAt(String utf8, int at) {
    int end = at;
    while (end < utf8.length() && ";<>()[".indexOf(utf8.charAt(end)) < 0) {
      end++;
    }
    return utf8.substring(at, end).replace('/', '.');
  }

  /** The CONSTANT_Utf8 entries of a class file's constant pool. */
  static List<String> utf8Constants(Path classFile) throws IOException {
    try (InputStream in = Files.newInputStream(classFile);
        DataInputStream data = new DataInputStream(in)) {
      if (data.readInt() != 0xCAFEBABE) {
        throw new IOException(classFile + ": not a class file");
      }
      data.readUnsignedShort(); // minor_version
      data.readUnsignedShort(); // major_version
      int count = data.readUnsignedShort();
      List<String> out = new ArrayList<>();
      for (int i = 1; i < count; i++) {
        int tag = data.readUnsignedByte();
        switch (tag) {
          case 1 -> out.add(data.readUTF()); // Utf8: u2 length + modified UTF-8, as readUTF reads
          case 7, 8, 16, 19, 20 -> data.skipNBytes(2); // Class, String, MethodType, Module, Package
          case 15 -> data.skipNBytes(3); // MethodHandle
          case 3, 4, 9, 10, 11, 12, 17, 18 -> data.skipNBytes(4);
          case 5, 6 -> {
            data.skipNBytes(8); // Long, Double take two entries
            i++;
          }
          default -> throw new IOException(classFile + ": unknown constant pool tag " + tag);
        }
      }
      return out;
    }
  }
}
