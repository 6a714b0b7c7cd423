package io.github.jpsutil.windows.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * PSAPI_WORKING_SET_BLOCK's bit fields, which a {@code _Static_assert} cannot reach: for each block
 * value, MinGW-w64's gcc folds psutil's USS rule ({@code !Shared || ShareCount <= 1}) over
 * psapi.h's bit fields into a constant, read back from the assembly, and {@link
 * WorkingSet#privatePages} must count the block the same way.
 */
class WorkingSetBitsCompileTest {
  /** Blocks with the Shared bit and ShareCount values at and around the edges of their fields. */
  private static final List<Long> BLOCKS =
      List.of(
          0x0L,
          0x1FL,
          1L << 8,
          (1L << 8) | (1L << 5),
          (1L << 8) | (2L << 5),
          (1L << 8) | (7L << 5),
          7L << 5,
          (1L << 8) | (7L << 5) | 0xFFFF_F000L,
          0xFFFF_FFFF_FFFF_FEFFL,
          -1L);

  @Test
  void theUssRuleReadsTheHeadersBits() throws Exception {
    StringBuilder src = new StringBuilder("#include <windows.h>\n#include <psapi.h>\n");
    for (int i = 0; i < BLOCKS.size(); i++) {
      src.append(
          String.format(
              "int own%d(void) { PSAPI_WORKING_SET_BLOCK b = {.Flags = (ULONG_PTR)0x%xULL};"
                  + " return !b.Shared || b.ShareCount <= 1; }%n",
              i, BLOCKS.get(i)));
    }
    Map<Integer, Integer> folded = fold(src.toString());
    for (int i = 0; i < BLOCKS.size(); i++) {
      ByteBuffer one = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
      one.putLong(0, 1).putLong(8, BLOCKS.get(i));
      assertThat(WorkingSet.privatePages(one))
          .as("block 0x%x", BLOCKS.get(i))
          .isEqualTo((long) folded.get(i));
    }
  }

  /** {@code ownN} → the constant gcc -O2 returns from it. */
  private static Map<Integer, Integer> fold(String src) throws Exception {
    String asm = MingwGcc.compile(src, "-O2", "-S", "-o", "-");
    Map<Integer, Integer> out = new LinkedHashMap<>();
    Matcher m =
        Pattern.compile("(?m)^own(\\d+):\\n(?:\\s+\\.seh\\S*.*\\n)*\\s+movl\\s+\\$(\\d+), %eax")
            .matcher(asm);
    while (m.find()) {
      out.put(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    // gcc may return 0 with "xorl %eax, %eax".
    Matcher zero =
        Pattern.compile("(?m)^own(\\d+):\\n(?:\\s+\\.seh\\S*.*\\n)*\\s+xorl\\s+%eax, %eax")
            .matcher(asm);
    while (zero.find()) {
      out.put(Integer.parseInt(zero.group(1)), 0);
    }
    assertThat(out).as(asm).hasSize(BLOCKS.size());
    return out;
  }
}
