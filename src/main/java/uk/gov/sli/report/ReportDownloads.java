package uk.gov.sli.report;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.gov.sli.finance.FinanceService;
import uk.gov.sli.finance.FinanceSheets;
import uk.gov.sli.mou.DeliverablesService;
import uk.gov.sli.mou.YearDeliverables;
import uk.gov.sli.tables.CsvWriter;
import uk.gov.sli.tables.Download;
import uk.gov.sli.tables.XlsxWriter;

/**
 * The files for the ministry's monitoring meeting and the board, as at a quarter. A signed-off quarter's files come
 * from its snapshot, say whose sign-off it was, and are the same bytes each time they are made.
 */
@ApplicationScoped
public class ReportDownloads {

    @Inject
    DeliverablesService deliverables;

    @Inject
    FinanceService finance;

    @Inject
    ReportService report;

    @Transactional
    public Download annexBCsv(String id, String quarter) {
        YearDeliverables year = asAt(id, quarter);
        return new Download(CsvWriter.write(ReportSheets.annexB(year)), Download.CSV,
                "annex-b-" + id + "-" + year.quarter() + ".csv");
    }

    @Transactional
    public Download annexBXlsx(String id, String quarter) {
        YearDeliverables year = asAt(id, quarter);
        return new Download(XlsxWriter.write(List.of(ReportSheets.annexB(year)), fixedTime(year)), Download.XLSX,
                "annex-b-" + id + "-" + year.quarter() + ".xlsx");
    }

    @Transactional
    public Download monitoringPack(String id, String quarter, Integer period) {
        YearDeliverables year = asAt(id, quarter);
        var accounts = finance.forQuarter(id, year.quarter(), period);
        byte[] workbook = XlsxWriter.write(List.of(ReportSheets.summary(year, accounts.period()), ReportSheets.annexA(year),
                ReportSheets.annexB(year), FinanceSheets.finance(accounts, ReportSheets.statusLine(year))), fixedTime(year));
        return new Download(workbook, Download.XLSX, "monitoring-pack-" + id + "-" + year.quarter() + ".xlsx");
    }

    @Inject
    PaperService papers;

    /** Named as the board knows it, after its agenda item: item6-2015-16-Q2.pdf. */
    @Transactional
    public Download reportPdf(String id, String quarter, Integer period) {
        YearDeliverables year = asAt(id, quarter);
        return new Download(report.pdf(id, year.quarter().name(), period), Download.PDF, paperName(id, year, "pdf"));
    }

    /** The paper as a Word document, named as the PDF is: item6-2015-16-Q2.docx. */
    @Transactional
    public Download reportDocx(String id, String quarter, Integer period) {
        YearDeliverables year = asAt(id, quarter);
        return new Download(report.docx(id, year.quarter().name(), period), Download.DOCX, paperName(id, year, "docx"));
    }

    /** The paper's file named after its agenda item, as the board knows it: item6-2015-16-Q2.pdf. */
    private String paperName(String id, YearDeliverables year, String extension) {
        String item = papers.get(id, year.quarter()).agendaItem();
        return (item == null ? "report" : "item" + item.replaceAll("[^A-Za-z0-9]", "")) + "-" + id + "-" + year.quarter()
                + "." + extension;
    }

    private YearDeliverables asAt(String id, String quarter) {
        return deliverables.asAt(id, deliverables.quarterOrLatest(id, quarter));
    }

    private static Instant fixedTime(YearDeliverables year) {
        return year.signedOff() == null ? null : year.signedOff().at().toInstant();
    }
}
