package io.github.jpsutil.freebsd.acquire;

import io.github.jpsutil.spi.NetIfAddrs;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fake {@link FreeBsdKernel} answering as {@code sysctl(3)} documents: a null buffer asks the
 * size; a buffer smaller than the value gets as much as fits and ENOMEM; a name it was not given is
 * ENOENT. Answers are declared per name or per MIB, either fixed or as a sequence (one answer per
 * call, the last repeated) so a table that grows between two calls can be replayed.
 */
public final class RecordedKernel implements FreeBsdKernel {
  /** One answer: the value, or an errno. */
  public record Answer(byte[] value, int errno) {
    public static Answer of(ByteBuffer value) {
      byte[] b = new byte[value.limit()];
      value.get(0, b);
      return new Answer(b, 0);
    }

    public static Answer errno(int errno) {
      return new Answer(null, errno);
    }
  }

  private final Map<String, Deque<Answer>> answers = new HashMap<>();
  private final Map<String, int[]> mibs = new HashMap<>();
  private final List<String> calls = new ArrayList<>();
  private final Map<String, ByteBuffer> statvfs = new HashMap<>();
  private byte[][] mounts = new byte[0][];

  /** {@code getfsstat(2)} lists these {@code struct statfs}, in this order. */
  public RecordedKernel mounts(ByteBuffer... statfs) {
    mounts = new byte[statfs.length][];
    for (int i = 0; i < statfs.length; i++) {
      mounts[i] = Answer.of(statfs[i]).value();
    }
    return this;
  }

  /** {@code statvfs(path)} gives {@code struct statvfs}. */
  public RecordedKernel statvfs(String path, ByteBuffer struct) {
    statvfs.put(path, struct);
    return this;
  }

  private List<ByteBuffer> utmpx = List.of();
  private final Map<String, byte[]> written = new HashMap<>();

  /** {@code getutxent(3)} returns these records. */
  public RecordedKernel utmpx(ByteBuffer... records) {
    utmpx = List.of(records);
    return this;
  }

  /** What {@link #sysctlWrite} was given for {@code mib}, or null. */
  public byte[] written(int[] mib) {
    return written.get(Arrays.toString(mib));
  }

  @Override
  public int sysctlWrite(int[] mib, byte[] value) {
    String key = Arrays.toString(mib);
    calls.add("write " + key);
    Deque<Answer> q = answers.get("write " + key);
    if (q != null && q.peek().errno() != 0) {
      return q.peek().errno();
    }
    written.put(key, value.clone());
    return 0;
  }

  @Override
  public List<ByteBuffer> utmpx(int utmpxSize) {
    calls.add("getutxent");
    return utmpx.stream().map(b -> b.duplicate().order(ByteOrder.nativeOrder())).toList();
  }

  private Map<Long, String> terminals = Map.of();

  /** The terminal map {@code /dev} gives. */
  public RecordedKernel terminals(Map<Long, String> byRdev) {
    terminals = Map.copyOf(byRdev);
    return this;
  }

  @Override
  public Map<Long, String> terminals() {
    calls.add("terminals");
    return terminals;
  }

  private final Map<Integer, byte[]> affinity = new HashMap<>();

  /** {@code cpuset_getaffinity} of {@code pid} gives {@code mask} (ESRCH for any other pid). */
  public RecordedKernel affinity(int pid, byte[] mask) {
    affinity.put(pid, mask.clone());
    return this;
  }

  /** The mask last set for {@code pid}, or null. */
  public byte[] affinity(int pid) {
    return affinity.get(pid);
  }

  @Override
  public int getAffinity(int pid, byte[] mask) {
    byte[] m = affinity.get(pid);
    if (m == null) {
      return 3; // ESRCH
    }
    if (mask.length < m.length) {
      return 34; // ERANGE: smaller than the kernel's set
    }
    System.arraycopy(m, 0, mask, 0, m.length);
    return 0;
  }

  @Override
  public int setAffinity(int pid, byte[] mask) {
    calls.add("cpuset_setaffinity " + pid);
    affinity.put(pid, mask.clone());
    return 0;
  }

  /**
   * {@code mallctl(name)} answers as {@link #answer(String, Answer...)} for {@code "mallctl name"};
   * a write is recorded as {@code "mallctl name := <bytes>"} in {@link #calls()} and fails with the
   * errno of an answer {@code "write mallctl name"}.
   */
  @Override
  public int mallctl(String name, byte[] old, long[] length, byte[] value) {
    if (value != null || old == null) {
      calls.add("mallctl " + name + " := " + (value == null ? "none" : Arrays.toString(value)));
      Deque<Answer> q = answers.get("write mallctl " + name);
      return q != null ? q.peek().errno() : 0;
    }
    return answerFor("mallctl " + name, old, length);
  }

  @Override
  public void kill(int pid, int signum) {
    calls.add("kill " + pid + " " + signum);
    Deque<Answer> q = answers.get("kill " + pid);
    if (q != null && q.peek().errno() != 0) {
      throw io.github.jpsutil.posix.NativeErrors.translate(
          new com.sun.jna.LastErrorException(q.peek().errno()), "kill", pid);
    }
  }

  @Override
  public void setpriority(int pid, int value) {
    calls.add("setpriority " + pid + " " + value);
  }

  @Override
  public int getfsstat(byte[] out) {
    calls.add(out == null ? "getfsstat size?" : "getfsstat");
    if (out == null) {
      return mounts.length;
    }
    int n = 0;
    for (byte[] m : mounts) {
      if ((n + 1) * m.length > out.length) {
        break;
      }
      System.arraycopy(m, 0, out, n * m.length, m.length);
      n++;
    }
    return n;
  }

  @Override
  public ByteBuffer statvfs(String path, int size) {
    ByteBuffer b = statvfs.get(path);
    if (b == null) {
      throw new java.io.UncheckedIOException(new java.nio.file.NoSuchFileException(path));
    }
    return b.duplicate().order(ByteOrder.nativeOrder());
  }

  /** Answers {@code key} (a name, or a MIB as {@link Arrays#toString(int[])}) in this order. */
  public RecordedKernel answer(String key, Answer... inOrder) {
    answers.put(key, new ArrayDeque<>(List.of(inOrder)));
    return this;
  }

  public RecordedKernel answer(String key, ByteBuffer value) {
    return answer(key, Answer.of(value));
  }

  public RecordedKernel answer(int[] mib, Answer... inOrder) {
    return answer(Arrays.toString(mib), inOrder);
  }

  /** {@code sysctlnametomib(name)} gives {@code mib}. */
  public RecordedKernel mib(String name, int... mib) {
    mibs.put(name, mib);
    return this;
  }

  /** Every call made, as {@code "name"} or {@code "[mib]"} with {@code " size?"} for size asks. */
  public List<String> calls() {
    return List.copyOf(calls);
  }

  @Override
  public int sysctl(int[] mib, byte[] out, long[] length) {
    return answerFor(Arrays.toString(mib), out, length);
  }

  @Override
  public int sysctlbyname(String name, byte[] out, long[] length) {
    return answerFor(name, out, length);
  }

  @Override
  public int sysctlnametomib(String name, int[] mib, long[] length) {
    calls.add("nametomib " + name);
    int[] m = mibs.get(name);
    if (m == null) {
      return 2; // ENOENT
    }
    if (m.length > length[0]) {
      return 12; // ENOMEM
    }
    System.arraycopy(m, 0, mib, 0, m.length);
    length[0] = m.length;
    return 0;
  }

  private int answerFor(String key, byte[] out, long[] length) {
    calls.add(out == null ? key + " size?" : key);
    Deque<Answer> q = answers.get(key);
    if (q == null || q.isEmpty()) {
      return 2; // ENOENT: no such sysctl
    }
    Answer a = q.size() > 1 ? q.poll() : q.peek();
    if (a.errno() != 0) {
      return a.errno();
    }
    if (out == null) {
      length[0] = a.value().length;
      return 0;
    }
    int n = (int) Math.min(length[0], a.value().length);
    System.arraycopy(a.value(), 0, out, 0, n);
    length[0] = n;
    return n < a.value().length ? 12 : 0; // ENOMEM when it did not fit
  }

  private List<NetIfAddrs.Entry> ifaddrs = List.of();
  private Map<Integer, String> interfaceNames = Map.of();

  /** {@code getifaddrs(3)} gives these entries; {@code if_indextoname} these names. */
  public RecordedKernel ifaddrs(Map<Integer, String> names, NetIfAddrs.Entry... entries) {
    ifaddrs = List.of(entries);
    interfaceNames = Map.copyOf(names);
    return this;
  }

  @Override
  public List<NetIfAddrs.Entry> ifaddrs() {
    calls.add("getifaddrs");
    return ifaddrs;
  }

  @Override
  public String interfaceName(int index) {
    return interfaceNames.get(index);
  }

  /**
   * The interface ioctls answer as {@link #answer(String, Answer...)} for {@code "ioctl <request in
   * hex> <interface>"}: the answer's bytes are copied over the request struct from offset 16 (after
   * the name), or its errno returned; no answer is ENXIO (no such interface).
   */
  @Override
  public int interfaceIoctl(long request, byte[] arg) {
    int n = 0;
    while (n < 16 && arg[n] != 0) {
      n++;
    }
    String key =
        "ioctl " + Long.toHexString(request) + " " + new String(arg, 0, n, StandardCharsets.UTF_8);
    calls.add(key);
    Deque<Answer> q = answers.get(key);
    if (q == null || q.isEmpty()) {
      return 6; // ENXIO
    }
    Answer a = q.size() > 1 ? q.poll() : q.peek();
    if (a.errno() != 0) {
      return a.errno();
    }
    System.arraycopy(a.value(), 0, arg, 16, Math.min(a.value().length, arg.length - 16));
    return 0;
  }
}
