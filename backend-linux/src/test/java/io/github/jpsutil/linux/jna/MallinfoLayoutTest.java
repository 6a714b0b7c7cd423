package io.github.jpsutil.linux.jna;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.linux.parse.LinuxStructs;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The JNA Structures for glibc's mallinfo2 and mallinfo lay their fields out as the declarations
 * that gcc checks against {@code malloc.h} (LinuxLayoutCompileTest): JNA's own offsets ({@code
 * Structure.fieldOffset}) and size must equal them.
 */
@EnabledOnOs(value = OS.LINUX, architectures = "amd64")
class MallinfoLayoutTest {
  /** What JNA computed for a Structure: its protected field order and offsets, and its size. */
  interface JnaLayout {
    int offsetOf(String field);

    List<String> order();

    int size();
  }

  static final class Mallinfo2Layout extends Mallinfo2 implements JnaLayout {
    @Override
    public int offsetOf(String field) {
      return fieldOffset(field);
    }

    @Override
    public List<String> order() {
      return getFieldOrder();
    }
  }

  static final class MallinfoLayout extends Mallinfo implements JnaLayout {
    @Override
    public int offsetOf(String field) {
      return fieldOffset(field);
    }

    @Override
    public List<String> order() {
      return getFieldOrder();
    }
  }

  private static void check(JnaLayout jna, CStruct declared) {
    assertThat(jna.size()).as("JNA size of " + declared.name()).isEqualTo(declared.size());
    assertThat(jna.order()).isEqualTo(LinuxStructs.MALLINFO_FIELDS);
    assertThat(declared.fields()).hasSize(jna.order().size());
    for (CField f : declared.fields()) {
      assertThat(jna.offsetOf(f.name())).as(f.qualifiedName()).isEqualTo(f.offset());
    }
  }

  @Test
  void mallinfo2MatchesTheDeclaration() {
    check(new Mallinfo2Layout(), LinuxStructs.MALLINFO2);
  }

  @Test
  void mallinfoMatchesTheDeclaration() {
    check(new MallinfoLayout(), LinuxStructs.MALLINFO);
  }
}
