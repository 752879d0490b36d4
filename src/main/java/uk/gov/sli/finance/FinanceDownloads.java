package uk.gov.sli.finance;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.gov.sli.tables.CsvWriter;
import uk.gov.sli.tables.Download;
import uk.gov.sli.tables.XlsxWriter;

/** The finance table at a period as CSV and XLSX, for the API and the pages alike. */
@ApplicationScoped
public class FinanceDownloads {

    @Inject
    FinanceService finance;

    public Download csv(String yearId, Integer period) {
        FinanceService.FinanceTable table = finance.atPeriod(yearId, period);
        return new Download(CsvWriter.write(FinanceSheets.finance(table)), Download.CSV,
                "finance-" + yearId + "-p" + table.period() + ".csv");
    }

    public Download xlsx(String yearId, Integer period) {
        FinanceService.FinanceTable table = finance.atPeriod(yearId, period);
        return new Download(XlsxWriter.write(List.of(FinanceSheets.finance(table))), Download.XLSX,
                "finance-" + yearId + "-p" + table.period() + ".xlsx");
    }
}
