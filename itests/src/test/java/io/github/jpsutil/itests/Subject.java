package io.github.jpsutil.itests;

/** Which process a parameterized live test looks at: this JVM, or a {@code sleep} it started. */
enum Subject {
  SELF,
  CHILD
}
