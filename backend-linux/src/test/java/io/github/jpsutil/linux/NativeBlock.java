package io.github.jpsutil.linux;

import com.sun.jna.Memory;

/** A malloc'ed block for heap tests (JNA's Memory allocates with malloc and frees with free). */
final class NativeBlock implements AutoCloseable {
  private final Memory memory;

  NativeBlock(long size) {
    this.memory = new Memory(size);
  }

  /** Writes every byte, so that the pages become resident. */
  void touch() {
    memory.clear();
  }

  @Override
  public void close() {
    memory.close();
  }
}
