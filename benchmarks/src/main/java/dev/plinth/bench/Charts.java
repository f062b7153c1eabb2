package dev.plinth.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The plots of {@code docs/benchmarks.md}: median wall time and median peak memory of the
 * whole-process compile against N, Plinth and the CDK.
 * Usage: {@code Charts RESULTS.csv TIME.png MEMORY.png}, where the CSV's columns are
 * {@code bench,tool,n,run,wall_s,rss_mib} and the rows plotted are those of bench {@code process}.
 */
public final class Charts {
    private static final Map<String, String> TOOLS = Map.of("plinth", "Plinth", "cdk", "AWS CDK for Java");

    private Charts() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: Charts RESULTS.csv TIME.png MEMORY.png");
            System.exit(2);
        }
        Map<String, Map<Integer, List<double[]>>> rows = read(Path.of(args[0]));
        plot(rows, 0, "Compile time, whole process (median)", "wall time (s)", Path.of(args[1]));
        plot(rows, 1, "Peak memory of the process tree (median)", "peak RSS (MiB)", Path.of(args[2]));
    }

    private static Map<String, Map<Integer, List<double[]>>> read(Path csv) throws IOException {
        Map<String, Map<Integer, List<double[]>>> rows = new TreeMap<>();
        for (String line : Files.readAllLines(csv)) {
            String[] f = line.split(",");
            if (f.length < 6 || !f[0].equals("process") || !f[2].matches("\\d+")) {
                continue;
            }
            rows.computeIfAbsent(f[1], k -> new TreeMap<>())
                    .computeIfAbsent(Integer.parseInt(f[2]), k -> new ArrayList<>())
                    .add(new double[] {Double.parseDouble(f[4]), Double.parseDouble(f[5])});
        }
        return rows;
    }

    private static void plot(
            Map<String, Map<Integer, List<double[]>>> rows, int column, String title, String yTitle, Path png)
            throws IOException {
        XYChart chart = new XYChartBuilder()
                .width(800)
                .height(500)
                .title(title)
                .xAxisTitle("app stacks (N)")
                .yAxisTitle(yTitle)
                .build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setMarkerSize(8);
        rows.forEach((tool, byN) -> {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            byN.forEach((n, runs) -> {
                x.add((double) n);
                y.add(median(runs.stream().mapToDouble(r -> r[column]).toArray()));
            });
            chart.addSeries(TOOLS.getOrDefault(tool, tool), x, y).setMarker(SeriesMarkers.CIRCLE);
        });
        Files.createDirectories(png.toAbsolutePath().getParent());
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
