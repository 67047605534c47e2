package org.plenary.io.chart;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header row, read whole: column names normalised to lower case with spaces and
 * hyphens as underscores ({@code "S1 lower"} → {@code s1_lower}), cells kept as text.
 *
 * @param columns normalised column names, in file order, for matching
 * @param names   the column names as written, for titles and axes (field paths are case-sensitive)
 * @param rows    the cells of each data row (missing cells as empty strings)
 */
record CsvTable(List<String> columns, List<String> names, List<List<String>> rows) {

    static CsvTable read(Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).build();
        try (Reader in = new java.io.BufferedReader(new java.io.InputStreamReader(
                ResultInput.open(file, ResultInput.TABLE_BYTES, "tables charted"), StandardCharsets.UTF_8));
             CSVParser parser = CSVParser.parse(in, format)) {
            List<String> names = parser.getHeaderNames().stream().map(String::trim).toList();
            List<String> columns = names.stream().map(CsvTable::normalise).toList();
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                List<String> row = new ArrayList<>();
                for (int i = 0; i < columns.size(); i++) {
                    row.add(i < r.size() ? r.get(i).trim() : "");
                }
                rows.add(row);
            }
            return new CsvTable(columns, names, rows);
        }
    }

    /**
     * Only the header of a CSV file, normalised; empty when unreadable or when its first line is
     * longer than {@link ResultInput#HEADER_BYTES} (no table Plenary writes has such a header).
     *
     * @throws IOException when the file is not a regular file
     */
    static List<String> header(Path file) throws IOException {
        ResultInput.refuseIfNotRegular(file);
        byte[] head;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(ResultInput.HEADER_BYTES);
        } catch (IOException e) {
            return List.of();
        }
        int end = 0;
        while (end < head.length && head[end] != '\n') {
            end++;
        }
        if (end == head.length && head.length == ResultInput.HEADER_BYTES) {
            return List.of();
        }
        String h = new String(head, 0, end, StandardCharsets.UTF_8).replace("\r", "");
        return h.isEmpty() ? List.of() : java.util.Arrays.stream(h.split(",", -1))
                .map(c -> normalise(c.replace("\"", ""))).toList();
    }

    static String normalise(String column) {
        return column.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    /** The index of a column given by its name as written or normalised; -1 when absent. */
    int column(String name) {
        return columns.indexOf(normalise(name));
    }

    /** The numeric value of a cell; NaN when empty or not a number. */
    double number(int row, int column) {
        if (column < 0) {
            return Double.NaN;
        }
        String cell = rows.get(row).get(column);
        try {
            return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    String text(int row, int column) {
        return rows.get(row).get(column);
    }
}
