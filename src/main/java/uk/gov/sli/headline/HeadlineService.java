package uk.gov.sli.headline;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.gov.sli.mou.MouYear;
import uk.gov.sli.mou.YearView;
import uk.gov.sli.rules.Numbers;
import uk.gov.sli.tables.Table;

/** Figures a year's documents state outright, replaced whole by an import; shown on the page of a year without targets. */
@ApplicationScoped
public class HeadlineService implements YearView.HeadlineSource {

    @Override
    @Transactional
    public List<YearView.Headline> forYear(String yearId) {
        return HeadlineFigure.forYear(yearId).stream()
                .map(h -> new YearView.Headline(h.measure, Numbers.plain(h.value), h.qualifier, h.source)).toList();
    }

    @Transactional
    public List<YearView.Headline> get(String yearId) {
        MouYear.require(yearId);
        return forYear(yearId);
    }

    @Transactional
    public int importHeadlines(String yearId, Table table) {
        MouYear.require(yearId);
        List<HeadlineFigure> figures = HeadlineImport.SPEC.read(table).stream().map(line -> {
            HeadlineFigure f = new HeadlineFigure();
            f.yearId = yearId;
            f.measure = line.row().measure();
            f.value = line.row().value();
            f.qualifier = line.row().qualifier();
            f.source = line.row().source();
            return f;
        }).toList();
        // One by one, not in bulk, so the audit trail records each row the import replaces.
        HeadlineFigure.forYear(yearId).forEach(HeadlineFigure::delete);
        HeadlineFigure.persist(figures);
        return figures.size();
    }
}
