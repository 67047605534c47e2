package org.plenary.io.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A chart with the file name it is saved under (without extension) and a one-line description.
 *
 * @param name        file name stem, safe on every file system (see {@link Charts#fileStem})
 * @param description what the chart shows, for listings and alt text
 * @param chart       the XChart chart
 */
public record ChartImage(String name, String description, Chart<?, ?> chart) {

    static {
        Charts.headless();
    }

    /** The chart as PNG bytes at its own size. */
    public byte[] png() {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The chart as a standalone SVG document: text drawn as outlines, so it looks the same in
     * every browser and carries no markup; coordinates rounded to 1/100 pixel.
     */
    public String svg() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Svg.portable(out.toString(StandardCharsets.UTF_8));
    }

    /**
     * The SVG to place inside an HTML page: no XML declaration, as wide as the page, ids prefixed
     * with the chart's name, the description as its escaped title.
     */
    public String inlineSvg() {
        return Svg.inline(svg(), Charts.fileStem(name()), description());
    }
}
