/*
 * The C floor of a full process scan: what a single-threaded C program spends listing /proc and,
 * per process, opening and reading /proc/<pid>/{stat,status,statm,cmdline} whole into one reused
 * buffer and closing them, with no parsing (the files FloorBench.scanFull reads; psutil's
 * _pslinux.py reads the same four for its common attributes). No library can scan faster on one
 * thread; the parallel scan is compared with it.
 *
 * Timed with the protocol of scripts/psutil_runner.py: WARMUP iterations of SECONDS each, then
 * ITERATIONS of SECONDS each in which every scan is timed on its own (CLOCK_MONOTONIC, see
 * clock_gettime(2)); prints one JSON object with the sample count, quartiles (linear interpolation
 * between order statistics, as psutil_runner.py's percentile()), minimum and maximum in
 * microseconds, and the CPU time (user + system, getrusage(2)) of the measured iterations per
 * scan, which on a loaded machine says more than the wall time.
 *
 * Built by scripts/bench.py with the system gcc; usage: floor-c WARMUP ITERATIONS SECONDS
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

static char *buf;
static size_t cap = 16384;

/* Reads path to EOF into buf (grown as needed); its length, or -1 if it vanished (ENOENT, ESRCH:
 * a process that exited during the scan is skipped, as any scanner must). */
static long read_whole(const char *path) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return -1;
  }
  size_t n = 0;
  for (;;) {
    if (n == cap) {
      cap *= 2;
      buf = realloc(buf, cap);
      if (buf == NULL) {
        perror("realloc");
        exit(1);
      }
    }
    ssize_t r = read(fd, buf + n, cap - n);
    if (r < 0) {
      close(fd);
      return -1;
    }
    if (r == 0) {
      break;
    }
    n += (size_t)r;
  }
  close(fd);
  return (long)n;
}

/* One full scan; the bytes read, so the reads have an observable result. */
static long scan(void) {
  static const char *const files[] = {"stat", "status", "statm", "cmdline"};
  char path[sizeof "/proc//" + sizeof ((struct dirent *)0)->d_name + sizeof "cmdline"];
  long total = 0;
  DIR *proc = opendir("/proc");
  if (proc == NULL) {
    perror("opendir /proc");
    exit(1);
  }
  struct dirent *e;
  while ((e = readdir(proc)) != NULL) {
    if (e->d_name[0] < '0' || e->d_name[0] > '9') {
      continue;
    }
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
      snprintf(path, sizeof path, "/proc/%s/%s", e->d_name, files[i]);
      long n = read_whole(path);
      if (n > 0) {
        total += n;
      }
    }
  }
  closedir(proc);
  return total;
}

static long long now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static double cpu_us(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e6 +
         (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec);
}

static int by_value(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double percentile(const double *sorted, size_t n, double q) {
  double k = (double)(n - 1) * q;
  size_t lo = (size_t)k;
  size_t hi = lo + 1 < n ? lo + 1 : n - 1;
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (k - (double)lo);
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: %s WARMUP ITERATIONS SECONDS\n", argv[0]);
    return 2;
  }
  char *end;
  long warmup = strtol(argv[1], &end, 10);
  long iterations = strtol(argv[2], &end, 10);
  double seconds = strtod(argv[3], &end);
  if (warmup < 0 || iterations < 1 || !(seconds > 0)) {
    fprintf(stderr, "bad arguments: WARMUP >= 0, ITERATIONS >= 1, SECONDS > 0\n");
    return 2;
  }
  buf = malloc(cap);
  long long span = (long long)(seconds * 1e9);
  volatile long sink = 0;
  for (long w = 0; w < warmup; w++) {
    long long stop = now_ns() + span;
    do {
      sink += scan();
    } while (now_ns() < stop);
  }
  size_t count = 0, room = 1024;
  double *samples = malloc(room * sizeof *samples);
  double cpu_start = cpu_us();
  for (long it = 0; it < iterations; it++) {
    long long stop = now_ns() + span;
    for (;;) {
      long long t0 = now_ns();
      sink += scan();
      long long t1 = now_ns();
      if (count == room) {
        room *= 2;
        samples = realloc(samples, room * sizeof *samples);
      }
      samples[count++] = (double)(t1 - t0) / 1000.0;
      if (t1 >= stop) {
        break;
      }
    }
  }
  double cpu_per_scan = (cpu_us() - cpu_start) / (double)count;
  qsort(samples, count, sizeof *samples, by_value);
  printf("{\"samples\": %zu, \"p25\": %.3f, \"p50\": %.3f, \"p75\": %.3f, \"min\": %.3f,"
         " \"max\": %.3f, \"cpu_per_scan\": %.3f, \"bytes_last_scan\": %ld}\n",
         count, percentile(samples, count, 0.25), percentile(samples, count, 0.50),
         percentile(samples, count, 0.75), samples[0], samples[count - 1], cpu_per_scan, scan());
  (void)sink;
  return 0;
}
