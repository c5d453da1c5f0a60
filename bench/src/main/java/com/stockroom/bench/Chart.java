package com.stockroom.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * The report as a picture (Java2D, no network, no extra packages): per scenario its requests per
 * second on a log scale with a tick at what it is compared with, its p50 and p99 latency, and the
 * server's peak resident memory. Green bars met their target, red ones missed it, grey ones are
 * ceilings or have no target.
 */
final class Chart {

  private static final int WIDTH = 1500;
  private static final int ROW = 30;
  private static final int TOP = 70;
  private static final int LABEL_WIDTH = 330;
  private static final int RATE_WIDTH = 560;
  private static final int GAP = 40;
  private static final int LATENCY_WIDTH = 380;
  private static final Color MET = new Color(0x2e7d32);
  private static final Color MISSED = new Color(0xc62828);
  private static final Color NEUTRAL = new Color(0x78909c);
  private static final Color GRID = new Color(0xdddddd);
  private static final Color P99 = new Color(0xffb74d);
  private static final Color P50 = new Color(0xe65100);

  private Chart() {}

  static void write(Report report, Path file) throws IOException {
    ImageIO.write(render(report), "png", file.toFile());
  }

  static BufferedImage render(Report report) {
    List<Report.Outcome> outcomes = report.outcomes();
    int height = TOP + Math.max(1, outcomes.size()) * ROW + 60;
    BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, height);
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
      g.drawString(
          "Stockroom benchmark "
              + report.run().getOrDefault("date", "")
              + "  ·  "
              + report.run().getOrDefault("machine", ""),
          10,
          22);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      int rateX = LABEL_WIDTH;
      int latencyX = LABEL_WIDTH + RATE_WIDTH + GAP;
      g.drawString("requests/s (log scale; | = compared with)", rateX, TOP - 22);
      g.drawString("latency ms, p50 dark / p99 light (log scale)", latencyX, TOP - 22);
      g.drawString("RSS MB", latencyX + LATENCY_WIDTH + 20, TOP - 22);

      LogScale rates =
          LogScale.of(
              outcomes.stream()
                  .flatMap(
                      o ->
                          java.util.stream.Stream.of(
                              o.measurement().perSecond(),
                              o.referenceRate() == null ? 0.0 : o.referenceRate()))
                  .mapToDouble(Double::doubleValue)
                  .toArray(),
              rateX,
              RATE_WIDTH);
      LogScale latencies =
          LogScale.of(
              outcomes.stream()
                  .flatMap(
                      o ->
                          java.util.stream.Stream.of(
                              o.measurement().p50Ms(), o.measurement().p99Ms()))
                  .mapToDouble(Double::doubleValue)
                  .toArray(),
              latencyX,
              LATENCY_WIDTH);
      int bottom = TOP + outcomes.size() * ROW;
      rates.grid(g, TOP - 5, bottom);
      latencies.grid(g, TOP - 5, bottom);

      int y = TOP;
      for (Report.Outcome outcome : outcomes) {
        Measurement m = outcome.measurement();
        g.setColor(Color.BLACK);
        g.drawString(outcome.scenario().title(), 10, y + 19);

        g.setColor(outcome.targetMet().map(met -> met ? MET : MISSED).orElse(NEUTRAL));
        int end = rates.x(m.perSecond());
        g.fillRect(rateX, y + 6, Math.max(1, end - rateX), ROW - 12);
        String label = String.format(Locale.ROOT, "%.0f/s", m.perSecond());
        if (outcome.referenceRate() != null) {
          int tick = rates.x(outcome.referenceRate());
          g.setColor(Color.BLACK);
          g.setStroke(new BasicStroke(2));
          g.drawLine(tick, y + 2, tick, y + ROW - 2);
          g.setStroke(new BasicStroke(1));
          label += outcome.ratio().map(r -> String.format(Locale.ROOT, "  ×%.2f", r)).orElse("");
        }
        g.setColor(Color.BLACK);
        g.drawString(label, Math.min(end + 6, rateX + RATE_WIDTH - 90), y + 19);

        g.setColor(P99);
        g.fillRect(latencyX, y + 6, Math.max(1, latencies.x(m.p99Ms()) - latencyX), ROW - 12);
        g.setColor(P50);
        g.fillRect(latencyX, y + 10, Math.max(1, latencies.x(m.p50Ms()) - latencyX), ROW - 20);

        boolean memoryMissed = outcome.memoryMet().map(met -> !met).orElse(false);
        g.setColor(memoryMissed ? MISSED : Color.BLACK);
        g.drawString(
            outcome.memoryMet().isPresent() ? Long.toString(m.rssPeakMb()) : "–",
            latencyX + LATENCY_WIDTH + 20,
            y + 19);
        y += ROW;
      }
      g.setColor(Color.DARK_GRAY);
      g.drawString(
          "green: target met · red: target missed · grey: ceiling or no target · RSS target ≤ "
              + Report.RSS_TARGET_MB
              + " MB · failures: "
              + report.failures(),
          10,
          bottom + 40);
    } finally {
      g.dispose();
    }
    return image;
  }

  /** Maps positive values to pixels on a base-10 log axis spanning whole decades. */
  private record LogScale(double minExponent, double maxExponent, int left, int width) {

    static LogScale of(double[] values, int left, int width) {
      double min = Double.MAX_VALUE;
      double max = 0;
      for (double value : values) {
        if (value > 0) {
          min = Math.min(min, value);
          max = Math.max(max, value);
        }
      }
      if (max == 0) {
        min = 1;
        max = 10;
      }
      double low = Math.floor(Math.log10(min));
      double high = Math.max(low + 1, Math.ceil(Math.log10(max)));
      return new LogScale(low, high, left, width);
    }

    int x(double value) {
      if (value <= 0) {
        return left;
      }
      double exponent = Math.max(minExponent, Math.min(maxExponent, Math.log10(value)));
      return left
          + (int) Math.round((exponent - minExponent) / (maxExponent - minExponent) * width);
    }

    void grid(Graphics2D g, int top, int bottom) {
      for (int e = (int) minExponent; e <= (int) maxExponent; e++) {
        int x = x(Math.pow(10, e));
        g.setColor(GRID);
        g.drawLine(x, top, x, bottom);
        g.setColor(Color.GRAY);
        String label = e >= 0 ? String.format(Locale.ROOT, "%.0f", Math.pow(10, e)) : "1e" + e;
        g.drawString(label, x - 4, bottom + 16);
      }
    }
  }
}
