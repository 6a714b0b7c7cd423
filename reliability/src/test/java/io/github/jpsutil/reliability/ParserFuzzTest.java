package io.github.jpsutil.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.IoNice;
import io.github.jpsutil.api.IoPriorityClass;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.ResourceLimit;
import io.github.jpsutil.api.SocketType;
import io.github.jpsutil.linux.parse.DeviceNumber;
import io.github.jpsutil.linux.parse.PidStat;
import io.github.jpsutil.linux.parse.PidStatm;
import io.github.jpsutil.linux.parse.SysfsAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.LongPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Fuzzes every public static method of the backend's parse package ({@code
 * io.github.jpsutil.linux.parse}, reached on the class path) with {@link HostileInputs}: variants
 * of this machine's own kernel files (each parser gets the file it parses, and others), random
 * bytes, and one 10 MB line each, from a seeded Random so a failure replays. A parser may return a
 * value or throw what its layer documents: MalformedDataException (the one type for malformed OS
 * data; an UncheckedIOException is a failed read and cannot come from a parser) or, for a bad
 * non-data argument, IllegalArgumentException (not a NumberFormatException leaking from a number
 * parse). Anything else, including an error, counts as an undocumented failure.
 */
@Tag("reliability")
@EnabledOnOs(OS.LINUX)
class ParserFuzzTest {
  private static final long SEED = 20261127L;
  private static final int INPUTS_PER_METHOD = 400;

  /** Samples by parser class; every parser also gets the others' files. */
  private static final Map<String, List<String>> SAMPLES =
      Map.ofEntries(
          Map.entry("PidStat", List.of("/proc/self/stat", "/proc/1/stat")),
          Map.entry("PidStatus", List.of("/proc/self/status", "/proc/1/status")),
          Map.entry("PidStatusTgid", List.of("/proc/self/status")),
          Map.entry("PidStatm", List.of("/proc/self/statm")),
          Map.entry("PidIo", List.of("/proc/self/io")),
          Map.entry("PidSmaps", List.of("/proc/self/smaps", "/proc/self/smaps_rollup")),
          Map.entry("PidCmdline", List.of("/proc/self/cmdline")),
          Map.entry("PidEnviron", List.of("/proc/self/environ")),
          Map.entry("PidFdinfo", List.of("/proc/self/fdinfo/0")),
          Map.entry("Meminfo", List.of("/proc/meminfo")),
          Map.entry("ProcStat", List.of("/proc/stat")),
          Map.entry("ProcStatBtime", List.of("/proc/stat")),
          Map.entry("Diskstats", List.of("/proc/diskstats")),
          Map.entry("NetDev", List.of("/proc/net/dev")),
          Map.entry("NetTcpUdp", List.of("/proc/net/tcp", "/proc/net/udp6")),
          Map.entry("NetUnix", List.of("/proc/net/unix")),
          Map.entry("Mountinfo", List.of("/proc/self/mountinfo")),
          Map.entry("Mounts", List.of("/proc/mounts")),
          Map.entry("Loadavg", List.of("/proc/loadavg")),
          Map.entry("Cpuinfo", List.of("/proc/cpuinfo")),
          Map.entry("Partitions", List.of("/proc/partitions")),
          Map.entry("Vmstat", List.of("/proc/vmstat")),
          Map.entry("Zoneinfo", List.of("/proc/zoneinfo")),
          Map.entry("Filesystems", List.of("/proc/filesystems")),
          Map.entry("CpuList", List.of("/sys/devices/system/cpu/online")),
          Map.entry("CpuListFormat", List.of("/sys/devices/system/cpu/online")),
          Map.entry("BlockStat", List.of("/sys/block/sda/stat", "/sys/block/vda/stat")),
          Map.entry("Uevent", List.of("/sys/class/net/lo/uevent")));

  /**
   * Documented beyond the rule, in the parser's javadoc: status files of kernels before 2.6.23 (no
   * voluntary_ctxt_switches) and before 4.4 (no HugetlbPages) make those getters unsupported, and
   * the FreeBSD-only rlimits have no Linux number.
   */
  private static final Map<String, Class<? extends Throwable>> ALSO_DOCUMENTED =
      Map.of(
          "PidStatus.ctxSwitches", UnsupportedOperationException.class,
          "PidStatus.memoryInfoEx", UnsupportedOperationException.class,
          "Rlimits.resourceNumber", UnsupportedOperationException.class);

  private final HostileInputs inputs = new HostileInputs(SEED);
  private final Random random = inputs.random();
  private final List<byte[]> allSamples = new ArrayList<>();
  private final Map<String, List<byte[]>> samplesByClass = new HashMap<>();
  private final MemoryInfo.Linux statm = statm();

  private static MemoryInfo.Linux statm() {
    byte[] b = read("/proc/self/statm");
    return PidStatm.parse(b, b.length, 4096);
  }

  @Test
  void everyParserTakesHostileInputWithOnlyDocumentedExceptions() throws Exception {
    for (Map.Entry<String, List<String>> e : SAMPLES.entrySet()) {
      List<byte[]> mine = new ArrayList<>();
      for (String file : e.getValue()) {
        byte[] b = read(file);
        if (b.length > 0) {
          mine.add(b);
          allSamples.add(b);
        }
      }
      samplesByClass.put(e.getKey(), mine);
    }
    byte[] huge = HostileInputs.hugeLine();
    Map<String, Long> outcomes = new TreeMap<>();
    Map<String, Long> iaeByMethod = new TreeMap<>();
    Map<String, String> failures = new TreeMap<>(); // method, exception, place -> first input
    long[] failed = new long[1];
    List<String> skipped = new ArrayList<>();
    int methods = 0;
    long tried = 0;
    for (Class<?> c : parseClasses()) {
      for (Method m : c.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers())
            || !Modifier.isStatic(m.getModifiers())
            || m.isSynthetic()
            || c.getSimpleName().equals("Malformed")) {
          continue;
        }
        String name = c.getSimpleName() + "." + m.getName();
        if (args(m, new byte[0]) == null) {
          skipped.add(c(m));
          continue;
        }
        methods++;
        List<byte[]> own = samplesByClass.getOrDefault(c.getSimpleName(), List.of());
        for (int i = 0; i <= INPUTS_PER_METHOD; i++) {
          byte[] content;
          if (i == INPUTS_PER_METHOD) {
            content = huge;
          } else {
            List<byte[]> pool = !own.isEmpty() && random.nextInt(3) > 0 ? own : allSamples;
            content = inputs.variant(pool.get(random.nextInt(pool.size())));
          }
          tried++;
          String outcome = call(m, name, content, failures, failed);
          outcomes.merge(outcome, 1L, Long::sum);
          if (outcome.equals("IllegalArgumentException")) {
            iaeByMethod.merge(c(m), 1L, Long::sum);
          }
        }
      }
    }
    outcomes.forEach((k, v) -> System.out.println("fuzz outcome " + k + ": " + v));
    System.out.println("fuzz IllegalArgumentException by method: " + iaeByMethod);
    System.out.println("fuzz skipped (arguments not generated): " + skipped);
    Figures.put("fuzz.parser_methods", methods);
    Figures.put("fuzz.inputs", tried);
    Figures.put("fuzz.undocumented_failures", failed[0]);
    assertThat(methods).isGreaterThan(60);
    assertThat(failures).isEmpty();
  }

  private String call(
      Method m, String name, byte[] content, Map<String, String> failures, long[] failed) {
    Object[] args = args(m, content);
    try {
      m.invoke(null, args);
      return "value";
    } catch (InvocationTargetException e) {
      Throwable t = e.getCause();
      boolean documented =
          t instanceof MalformedDataException
              || (t instanceof IllegalArgumentException && !(t instanceof NumberFormatException))
              || (ALSO_DOCUMENTED.containsKey(name) && ALSO_DOCUMENTED.get(name).isInstance(t));
      if (!documented) {
        failed[0]++;
        String sample =
            new String(content, 0, Math.min(content.length, 160), StandardCharsets.ISO_8859_1);
        failures.putIfAbsent(
            c(m) + " threw " + t.getClass().getName() + " at " + where(t),
            t.getMessage() + " on [" + sample.replace("\n", "\\n") + "]");
      }
      return t.getClass().getSimpleName();
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private static String c(Method m) {
    return m.getDeclaringClass().getSimpleName() + "." + ApiCoverageTest.signature(m);
  }

  private static String where(Throwable t) {
    StackTraceElement[] st = t.getStackTrace();
    return st.length == 0 ? "?" : st[0].toString();
  }

  /**
   * Arguments for {@code m}: the first content-like parameter gets {@code content}; a length right
   * after a byte[] is its length (or less); other parameters get valid values. Null when a type
   * cannot be made.
   */
  private Object[] args(Method m, byte[] content) {
    Class<?>[] types = m.getParameterTypes();
    Type[] generic = m.getGenericParameterTypes();
    Object[] args = new Object[types.length];
    boolean contentUsed = false;
    String text = new String(content, StandardCharsets.UTF_8);
    for (int i = 0; i < types.length; i++) {
      Class<?> t = types[i];
      boolean first = !contentUsed;
      if (t == byte[].class) {
        args[i] = first ? content : inputs.randomBytes(random.nextInt(64));
        contentUsed = true;
      } else if (t == String.class) {
        args[i] = first ? text : "/proc/[pid]/file";
        contentUsed = true;
      } else if (t == ByteBuffer.class) {
        args[i] = ByteBuffer.wrap(first ? content : new byte[0]).order(ByteOrder.nativeOrder());
        contentUsed = true;
      } else if (t == List.class || t == Collection.class) {
        if (!isStringElements(generic[i])) {
          return null;
        }
        args[i] = first ? List.of(text.split("\n", -1)) : List.of("a", "b");
        contentUsed = true;
      } else if (t == Map.class) {
        Map<String, String> map = new LinkedHashMap<>();
        if (first) {
          for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            map.put(eq < 0 ? line : line.substring(0, eq), eq < 0 ? "" : line.substring(eq + 1));
          }
        }
        args[i] = map;
        contentUsed = true;
      } else if (t == int.class && i == 2 && types[0] == byte[].class && types[1] == int.class) {
        // (bytes, from, to): a valid range of the content
        int from = (Integer) args[1];
        args[1] = from = Math.min(from, content.length);
        args[i] = from + random.nextInt(content.length - from + 1);
      } else if (t == int.class) {
        args[i] =
            i > 0 && types[i - 1] == byte[].class
                ? (random.nextInt(4) == 0 ? random.nextInt(content.length + 1) : content.length)
                : first ? interestingInt() : random.nextInt(Math.max(1, text.length() + 1));
        contentUsed = true;
      } else if (t == long.class) {
        args[i] = first ? interestingLong() : 4096L;
        contentUsed = true;
      } else if (t == double.class) {
        args[i] = first ? interestingDouble() : 100.0;
        contentUsed = true;
      } else if (t == char.class) {
        args[i] = (char) random.nextInt(128);
        contentUsed = true;
      } else if (t == long[].class) {
        long[] v = new long[random.nextInt(4)];
        for (int k = 0; k < v.length; k++) {
          v[k] = interestingLong();
        }
        args[i] = v;
        contentUsed = true;
      } else if (t == AddressFamily.class) {
        args[i] = random.nextBoolean() ? AddressFamily.INET : AddressFamily.INET6; // tcp/udp tables
      } else if (t == SocketType.class) {
        args[i] = random.nextBoolean() ? SocketType.STREAM : SocketType.DGRAM;
      } else if (t.isEnum()) {
        Object[] constants = t.getEnumConstants();
        args[i] = constants[random.nextInt(constants.length)];
      } else if (t == ByteOrder.class) {
        args[i] = ByteOrder.nativeOrder();
      } else if (t == LongPredicate.class) {
        args[i] = (LongPredicate) x -> true;
      } else if (t == IntFunction.class) {
        args[i] = (IntFunction<String>) k -> "if" + k;
      } else if (t == SysfsAttribute.class) {
        args[i] = new SysfsAttribute("/sys/class/x/attr", first ? text : "1");
        contentUsed = true;
      } else if (t == DeviceNumber.class) {
        args[i] = new DeviceNumber(8, 0);
      } else if (t == OptionalDouble.class) {
        args[i] = OptionalDouble.of(interestingDouble());
      } else if (t == IoNice.class) {
        args[i] = new IoNice.Linux(IoPriorityClass.BE, 4);
      } else if (t == ResourceLimit.class) {
        args[i] = new ResourceLimit(1, 2);
      } else if (t == MemoryInfo.Linux.class) {
        args[i] = statm;
      } else if (t == Set.class) {
        Set<Integer> cpus = new TreeSet<>();
        for (int k = 0; k < random.nextInt(5); k++) {
          cpus.add(random.nextInt(4096));
        }
        args[i] = cpus;
      } else if (t == Exception.class) {
        args[i] = new Exception("cause");
      } else {
        return null;
      }
    }
    return args;
  }

  private static boolean isStringElements(Type type) {
    return type instanceof ParameterizedType p
        && p.getActualTypeArguments().length == 1
        && p.getActualTypeArguments()[0] == String.class;
  }

  private int interestingInt() {
    int[] v = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 7, 255, 65536};
    return random.nextInt(3) == 0 ? random.nextInt() : v[random.nextInt(v.length)];
  }

  private long interestingLong() {
    long[] v = {0, 1, -1, -2, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 32, 1L << 63 + 1};
    return random.nextInt(3) == 0 ? random.nextLong() : v[random.nextInt(v.length)];
  }

  private double interestingDouble() {
    double[] v = {0, -0.0, 1, -1, Double.NaN, Double.POSITIVE_INFINITY, Double.MAX_VALUE, 1e-300};
    return v[random.nextInt(v.length)];
  }

  /** The classes of the parse package, from the directory or jar PidStat was loaded from. */
  private static List<Class<?>> parseClasses() throws IOException, URISyntaxException {
    Path where = Path.of(PidStat.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String pkg = PidStat.class.getPackageName();
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(where)) {
      try (Stream<Path> s = Files.list(where.resolve(pkg.replace('.', '/')))) {
        s.map(p -> p.getFileName().toString()).forEach(names::add);
      }
    } else {
      try (java.util.jar.JarFile jar = new java.util.jar.JarFile(where.toFile())) {
        String prefix = pkg.replace('.', '/') + "/";
        jar.stream()
            .map(java.util.jar.JarEntry::getName)
            .filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0)
            .map(n -> n.substring(prefix.length()))
            .forEach(names::add);
      }
    }
    List<Class<?>> out = new ArrayList<>();
    for (String n : names) {
      if (n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class")) {
        try {
          out.add(Class.forName(pkg + "." + n.substring(0, n.length() - 6)));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return out;
  }

  /** At most 256 KB of a file, empty if it cannot be read (e.g. no /sys/block/sda here). */
  private static byte[] read(String file) {
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      return in.readNBytes(256 << 10);
    } catch (IOException e) {
      return new byte[0];
    }
  }
}
