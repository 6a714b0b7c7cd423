package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.spi.Abi;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.testkit.LayoutCompiler;
import org.junit.jupiter.api.Test;

/**
 * Every fixed struct the Linux backend decodes ({@link LinuxStructs}), compiled as {@code
 * _Static_assert}s with the system gcc against glibc's and the kernel's headers. The decoders read
 * their offsets from the same declarations, so a wrong offset anywhere fails here. Without gcc the
 * check is skipped, except with {@code CI} set, where it fails (testkit LayoutCompiler).
 */
class LinuxLayoutCompileTest {
  @Test
  void layoutsCompileAgainstGlibcAndKernelHeaders() {
    LayoutCompiler.forAbi(Abi.LINUX_X86_64).check(LinuxStructs.all());
  }

  @Test
  void everyDeclarationIsChecked() {
    assertThat(LinuxStructs.all())
        .extracting(CStruct::name)
        .doesNotHaveDuplicates()
        .hasSize(12)
        .allSatisfy(n -> assertThat(n).startsWith("struct "));
  }
}
