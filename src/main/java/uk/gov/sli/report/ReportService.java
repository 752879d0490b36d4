package uk.gov.sli.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import uk.gov.sli.finance.FinanceSection;
import uk.gov.sli.finance.FinanceService;
import uk.gov.sli.mou.DeliverableRow;
import uk.gov.sli.mou.DeliverablesService;
import uk.gov.sli.mou.YearDeliverables;
import uk.gov.sli.platform.Gate;
import uk.gov.sli.rules.Highlights;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.signoff.Restatement;
import uk.gov.sli.signoff.SignOffService;

/**
 * The six-month (or any quarter's) board report: one template for the page and the PDF, so the two never drift.
 * For a signed-off quarter everything comes from its snapshot, and the PDF is the same bytes every time.
 */
@ApplicationScoped
public class ReportService {

    /** Everything the report shows, computed once. */
    public record Report(YearDeliverables deliverables, Quarter quarter, String sentence, List<DeliverableRow> met,
            List<DeliverableRow> shortfalls, FinanceService.FinanceTable finance, List<FinanceSection> sections,
            List<Restatement> restatements, PaperService.Paper paper, boolean pdf, String inlineCss) {

        /** Whether the paper can be made as a PDF and a Word document: {@link #PAPER_MAX_TARGETS} targets or fewer. */
        public boolean fitsPaper() {
            return deliverables.targets().size() <= PAPER_MAX_TARGETS;
        }

        /** Why there is no PDF or Word document of this year's paper, and what carries its targets instead. */
        public String tooLargeForPaper() {
            return String.format("%s has %,d targets; the board paper is made as a PDF or Word document for at most %,d. "
                    + "The monitoring pack and the Annex B export (XLSX or CSV) carry every target.",
                    deliverables.label(), deliverables.targets().size(), PAPER_MAX_TARGETS);
        }

        /**
         * What the paper is, in one sentence: the page's description, and the PDF's subject, which PDF/UA readers show
         * and openhtmltopdf writes as the document's description.
         */
        public String description() {
            StringBuilder text = new StringBuilder("The ").append(deliverables.label())
                    .append(" Memorandum of Understanding's performance and finance report as at ").append(quarter.name());
            if (paper != null && paper.meeting() != null && !paper.meeting().isBlank()) {
                text.append(", for the ").append(paper.meeting());
                if (paper.date() != null && !paper.date().isBlank()) {
                    text.append(" of ").append(paper.date());
                }
                if (paper.agendaItem() != null && !paper.agendaItem().isBlank()) {
                    text.append(", agenda item ").append(paper.agendaItem());
                }
            }
            if (deliverables.signedOff() == null) {
                text.append(" (draft: ").append(quarter.name()).append(" is not signed off)");
            }
            return text.append('.').toString();
        }

        /** The Annex B chart in one sentence: how many targets reached their profile or the whole target, and the lowest. */
        public String achievedSummary() {
            List<DeliverableRow> charted = deliverables.targets().stream()
                    .filter(r -> r.target() != null && r.percentAchieved() != null).toList();
            if (charted.isEmpty()) {
                return "No target has a figure yet.";
            }
            long whole = charted.stream().filter(r -> r.percentAchieved() >= 100).count();
            DeliverableRow lowest = charted.stream().min(java.util.Comparator.comparing(DeliverableRow::percentAchieved)).get();
            return charted.size() + " targets with a figure: " + whole + " at or above 100% of the year's target; the lowest is "
                    + lowest.code() + " at " + lowest.percentAchieved() + "%.";
        }
    }

    @Inject
    DeliverablesService deliverables;

    @Inject
    FinanceService finance;

    @Inject
    SignOffService signOff;

    @Inject
    PaperService papers;

    @Location("ReportPages/report.html")
    Template report;

    @Transactional
    public TemplateInstance page(String id, String quarter, Integer period) {
        return report.data("report", build(id, quarter, period, false));
    }

    /**
     * The most targets a PDF or Word paper is made for. Laying a paper out holds all of it in memory, ~0.2 MB a target
     * (a year of 1,000 synthetic targets: 199 MB live at its peak; of 2,000, the whole 256 MB heap, and 8,000 ran out
     * of it), and two papers may be made at once. Item 6's Annex B has 64; the page shows any number.
     */
    public static final int PAPER_MAX_TARGETS = 500;

    /**
     * PDF and Word papers are heavy: at most two at a time; a third waits up to ten seconds, then is told to retry.
     */
    private final Gate rendering = new Gate(2, java.time.Duration.ofSeconds(10),
            "Two reports are being made already; try again in a few seconds.");

    @Transactional
    public byte[] pdf(String id, String quarterParam, Integer period) {
        Report built = paper(id, quarterParam, period);
        String xhtml = report.data("report", built).render();
        byte[] pdf = rendering.run(() -> render(xhtml));
        return built.deliverables().signedOff() == null ? pdf
                : fixDates(pdf, built.deliverables().signedOff().at().toInstant());
    }

    /** The same paper as a Word document, from the same rendered template as the PDF. */
    @Transactional
    public byte[] docx(String id, String quarterParam, Integer period) {
        Report built = paper(id, quarterParam, period);
        String xhtml = report.data("report", built).render();
        return rendering.run(() -> DocxWriter.write(xhtml, built.deliverables().label()
                + " Performance and Finance report, " + built.quarter()));
    }

    /** The paper as the PDF and Word document show it, refused before any of it is laid out when it is too large. */
    private Report paper(String id, String quarterParam, Integer period) {
        Report built = build(id, quarterParam, period, true);
        if (!built.fitsPaper()) {
            throw new uk.gov.sli.platform.problem.TooLargeException(built.tooLargeForPaper());
        }
        return built;
    }

    /** Highlights the figures suggest, for the officer to take or leave: key targets met, then those furthest behind. */
    @Transactional
    public List<String> suggestedHighlights(String id, Quarter quarter) {
        YearDeliverables year = deliverables.asAt(id, quarter);
        java.util.List<String> suggestions = new java.util.ArrayList<>();
        for (DeliverableRow r : Highlights.metOrExceeded(year.targets(), ReportService::standing)) {
            suggestions.add(r.title() + ": " + uk.gov.sli.rules.Numbers.plain(r.total()).toPlainString() + " against a target of "
                    + uk.gov.sli.rules.Numbers.plain(r.target()).toPlainString());
        }
        for (DeliverableRow r : Highlights.furthestBehind(year.targets(), ReportService::standing, 5)) {
            suggestions.add(r.title() + ": " + uk.gov.sli.rules.Numbers.plain(r.total()).toPlainString() + " against "
                    + uk.gov.sli.rules.Numbers.plain(r.expectedToDate()).toPlainString() + " expected by now");
        }
        return suggestions;
    }

    Report build(String id, String quarterParam, Integer period, boolean pdf) {
        Quarter quarter = deliverables.quarterOrLatest(id, quarterParam);
        YearDeliverables year = deliverables.asAt(id, quarter);
        List<DeliverableRow> met = Highlights.metOrExceeded(year.targets(), ReportService::standing);
        List<DeliverableRow> shortfalls = Highlights.furthestBehind(year.targets(), ReportService::standing, 5);
        return new Report(year, quarter, year.sentence(), met, shortfalls, finance.forQuarter(id, quarter, period),
                List.of(FinanceSection.values()), signOff.restatementsBefore(id, quarter), papers.get(id, quarter), pdf,
                pdf ? css() : null);
    }

    private static Highlights.Standing standing(DeliverableRow r) {
        return new Highlights.Standing(r.key(), r.total(), r.expectedToDate(), r.percentAchieved());
    }

    static byte[] render(String xhtml) {
        PdfLog.install();
        PdfFontMapper.install();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            // Tagged for screen readers (PDF/UA-1), with a subset of the fonts the service ships embedded.
            builder.usePdfUaAccessibility(true);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, PdfFonts.regular(), true)), "DejaVu Sans", 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, PdfFonts.bold(), true)), "DejaVu Sans", 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withProducer("Sector-led improvement performance dashboard");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every date inside the PDF, and its document id, fixed to the sign-off: the same bytes every time. */
    private static byte[] fixDates(byte[] pdf, Instant at) {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(at.toEpochMilli());
            document.getDocumentInformation().setCreationDate(when);
            document.getDocumentInformation().setModificationDate(when);
            // The file identifier, otherwise made from the clock, from the sign-off instead.
            byte[] id = java.security.MessageDigest.getInstance("MD5")
                    .digest(at.toString().getBytes(StandardCharsets.UTF_8));
            org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            document.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String css() {
        try (InputStream in = ReportService.class.getClassLoader().getResourceAsStream("META-INF/resources/css/report.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
