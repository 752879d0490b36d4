package uk.gov.sli.mou;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.gov.sli.tables.Download;
import uk.gov.sli.tables.XlsxWriter;

/** The targets and figures of a year in their imports' own columns, to edit in a spreadsheet and import back. */
@ApplicationScoped
public class MouDownloads {

    @Transactional
    public Download targets(String yearId) {
        MouYear.require(yearId);
        return new Download(XlsxWriter.write(List.of(Target.readWithFigures(yearId, TargetImport::sheet))), Download.XLSX,
                "targets-" + yearId + ".xlsx");
    }

    @Transactional
    public Download figures(String yearId) {
        MouYear.require(yearId);
        return new Download(XlsxWriter.write(List.of(Target.readWithFigures(yearId, FigureImport::sheet))), Download.XLSX,
                "figures-" + yearId + ".xlsx");
    }
}
