package uk.gov.sli.mou;

/** Someone else changed the figure since the editor loaded it; carries what is stored now. */
public class StaleFigureException extends RuntimeException {

    private final transient QuarterlyFigure current;

    public StaleFigureException(String message, QuarterlyFigure current) {
        super(message);
        this.current = current;
    }

    public QuarterlyFigure current() {
        return current;
    }
}
