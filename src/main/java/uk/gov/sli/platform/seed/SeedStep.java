package uk.gov.sli.platform.seed;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One feature's part of loading a year folder of {@code seed-data/}: the features provide these, so seed loading
 * knows no feature. Steps run in {@link #order()}, in the loader's one transaction.
 */
public interface SeedStep {

    /** Lower runs first: the year and its targets come before the figures that refer to them. */
    int order();

    /** Loads what this feature keeps from the year folder, through the same import code users call; rows loaded. */
    int load(String yearId, Path folder) throws IOException;
}
