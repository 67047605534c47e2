package org.plenary.io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.experiment.sensitivity.SobolIndex;

/** The sensitivity table says when its N is too small to be read as it stands. */
class SensitivityNoteTest {

    private static SensitivityReport report(List<SobolIndex> indices) {
        SweepSpec spec = SweepSpecReader.read(Path.of("src/test/resources/sweeps/three-sensitivity.yaml")).spec()
                .orElseThrow();
        return new SensitivityReport(spec, "sha", "p_consensus", "test", indices);
    }

    @Test
    void noiseInTheFirstOrderIndicesIsNamed() {
        // Input 0: S1 0.40 above its ST interval [0.10, 0.30]; inputs 1 and 2: S1 intervals contain 0.
        SensitivityReport noisy = report(List.of(new SobolIndex(0, 0.40, 0.35, 0.45, 0.20, 0.10, 0.30),
                new SobolIndex(1, 0.05, -0.20, 0.30, 0.10, 0.02, 0.20),
                new SobolIndex(2, -0.10, -0.40, 0.20, 0.05, 0.01, 0.10)));
        assertEquals("N = 16 is too small for these 3 inputs: the S1 interval contains 0 for 2 and S1 lies above the"
                + " whole ST interval for 1 (exact indices have 0 ≤ S1 ≤ ST). Read S1 as noise, and the order by ST"
                + " only where ST intervals do not overlap; raise points for more.\n", noisy.precisionNote());
        assertTrue(noisy.text().endsWith(noisy.precisionNote()), noisy.text());
    }

    @Test
    void aPreciseTableHasNoNote() {
        SensitivityReport precise = report(List.of(new SobolIndex(0, 0.50, 0.45, 0.55, 0.60, 0.55, 0.65),
                new SobolIndex(1, 0.20, 0.15, 0.25, 0.25, 0.20, 0.30),
                new SobolIndex(2, 0.01, -0.01, 0.03, 0.02, 0.01, 0.03)));
        assertEquals("", precise.precisionNote());
    }
}
