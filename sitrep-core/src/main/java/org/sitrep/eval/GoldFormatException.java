package org.sitrep.eval;

import java.io.IOException;

/**
 * A gold file that is not in the format it was read as, as a whole: a CSV without the columns the
 * format needs, a PLOVER file that is not a JSON array. A single bad row is not this; readers count
 * and report it and go on (see {@link GoldSet#problems()}).
 */
public final class GoldFormatException extends IOException {
    public GoldFormatException(String message) {
        super(message);
    }
}
