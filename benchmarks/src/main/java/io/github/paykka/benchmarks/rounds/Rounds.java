package io.github.paykka.benchmarks.rounds;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Contenders measured in alternating rounds: per round, each runs its batch once (the order rotates from round to
 * round), timed by the clock and by the calling thread's CPU time. Reports, per contender, the median over rounds of
 * operations per second and per CPU-second of the calling thread (one core's worth), and the median, lowest and highest
 * of the per-round ratios to the baseline. Warm-up rounds are run first and not reported.
 */
public final class Rounds {
  /**
   * One contender: a name, how many operations a batch makes, and the operation, run {@code batch} times per batch
   * (or once, making the whole batch itself, when {@code whole}).
   */
  public record Contender(String name, int batch, Runnable op, boolean whole) {
    /** A contender whose batch runs {@code op} {@code batch} times. */
    public Contender(String name, int batch, Runnable op) {
      this(name, batch, op, false);
    }

    /** A contender whose {@code wholeBatch} makes {@code batch} operations in one run (e.g. on several threads). */
    public static Contender whole(String name, int batch, Runnable wholeBatch) {
      return new Contender(name, batch, wholeBatch, true);
    }
  }

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private Rounds() {}

  /**
   * Runs the rounds and prints the report.
   *
   * @param cpu whether the calling thread's CPU time means anything (not when a batch waits for other threads)
   * @return operations per second, by contender and round
   */
  public static double[][] run(String title, List<Contender> contenders, int warmup, int rounds, boolean cpu) {
    if (!CPU.isCurrentThreadCpuTimeSupported()) throw new IllegalStateException("no thread CPU time here");
    int n = contenders.size();
    double[][] perSecond = new double[n][rounds];
    double[][] perCpuSecond = new double[n][rounds];
    for (int r = -warmup; r < rounds; r++) {
      for (int k = 0; k < n; k++) {
        int c = Math.floorMod(k + r, n);
        Contender contender = contenders.get(c);
        long cpu0 = CPU.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        if (contender.whole()) {
          contender.op().run();
        } else {
          for (int i = 0; i < contender.batch(); i++) contender.op().run();
        }
        long wall = System.nanoTime() - wall0;
        long cpuNanos = CPU.getCurrentThreadCpuTime() - cpu0;
        if (r >= 0) {
          perSecond[c][r] = contender.batch() * 1e9 / wall;
          perCpuSecond[c][r] = contender.batch() * 1e9 / Math.max(cpuNanos, 1);
        }
      }
    }
    System.out.printf(Locale.ROOT, "%n%s (%d rounds after %d of warm-up)%n", title, rounds, warmup);
    System.out.printf(Locale.ROOT, "%-34s %12s %9s %9s %15s %9s %9s%n", "contender", "ops/s", "ratio", "(min-max)",
        cpu ? "ops/CPU-s" : "", cpu ? "ratio" : "", cpu ? "(min-max)" : "");
    for (int c = 0; c < n; c++) {
      double[] w = ratios(perSecond[c], perSecond[0]);
      double[] u = ratios(perCpuSecond[c], perCpuSecond[0]);
      if (cpu) {
        System.out.printf(Locale.ROOT, "%-34s %12.1f %9.2f %4.2f-%4.2f %15.1f %9.2f %4.2f-%4.2f%n",
            contenders.get(c).name(), median(perSecond[c]), median(w), min(w), max(w), median(perCpuSecond[c]),
            median(u), min(u), max(u));
      } else {
        System.out.printf(Locale.ROOT, "%-34s %12.1f %9.2f %4.2f-%4.2f%n",
            contenders.get(c).name(), median(perSecond[c]), median(w), min(w), max(w));
      }
    }
    return perSecond;
  }

  /** Prints the median, lowest and highest per-round ratio of {@code of} to {@code to} (ops per second). */
  public static void ratio(String name, double[] of, double[] to) {
    double[] r = ratios(of, to);
    System.out.printf(Locale.ROOT, "  %-60s %6.2f (%4.2f-%4.2f)%n", name, median(r), min(r), max(r));
  }

  private static double[] ratios(double[] of, double[] to) {
    double[] out = new double[of.length];
    for (int i = 0; i < of.length; i++) out[i] = of[i] / to[i];
    return out;
  }

  public static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
  }

  private static double min(double[] v) {
    return Arrays.stream(v).min().orElse(Double.NaN);
  }

  private static double max(double[] v) {
    return Arrays.stream(v).max().orElse(Double.NaN);
  }

  /** The contenders as a list, the baseline first. */
  public static List<Contender> of(Contender baseline, Contender... others) {
    List<Contender> all = new ArrayList<>();
    all.add(baseline);
    all.addAll(Arrays.asList(others));
    return all;
  }
}
