package uk.gov.sli.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The board paper as a Word document, written from the XHTML the report template renders for the PDF, so the page,
 * the PDF and the DOCX say the same things: h1-h3 become Word headings (Heading 1-3, bold, in the outline), paragraphs
 * and list items paragraphs, tables Word tables whose header row repeats on every page. Charts are left out: their
 * figures are in the annex tables.
 */
final class DocxWriter {

    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "canvas", "svg", "img", "nav", "header");

    private DocxWriter() {
    }

    static byte[] write(String xhtml, String title) {
        try (XWPFDocument docx = new XWPFDocument()) {
            headingStyles(docx);
            var page = docx.getDocument().getBody().addNewSectPr();
            var size = page.addNewPgSz();
            size.setW(BigInteger.valueOf(16838));
            size.setH(BigInteger.valueOf(11906));
            size.setOrient(org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE);
            var margins = page.addNewPgMar();
            for (var side : java.util.List.<java.util.function.Consumer<BigInteger>>of(margins::setTop, margins::setBottom,
                    margins::setLeft, margins::setRight)) {
                side.accept(BigInteger.valueOf(720));
            }
            docx.getProperties().getCoreProperties().setTitle(title);
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            Element body = (Element) factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)))
                    .getElementsByTagName("body").item(0);
            walk(docx, body);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("the report template did not render as XHTML", e);
        }
    }

    private static void walk(XWPFDocument docx, Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            String tag = e.getTagName().toLowerCase(java.util.Locale.ROOT);
            if (SKIPPED.contains(tag)) {
                continue;
            }
            switch (tag) {
                case "h1", "h2", "h3", "h4" -> paragraph(docx, text(e), "Heading" + Math.min(3, tag.charAt(1) - '0'), false);
                case "p", "caption" -> paragraph(docx, text(e), null, false);
                case "ul", "ol" -> {
                    for (Node li = e.getFirstChild(); li != null; li = li.getNextSibling()) {
                        if (li instanceof Element item) {
                            paragraph(docx, "• " + text(item), null, false);
                        }
                    }
                }
                case "table" -> table(docx, e);
                default -> walk(docx, e);
            }
        }
    }

    private static void paragraph(XWPFDocument docx, String text, String style, boolean bold) {
        if (text.isEmpty()) {
            return;
        }
        XWPFParagraph p = docx.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        var run = p.createRun();
        run.setText(text);
        if (bold) {
            // Only ever set: an explicit "not bold" on the run would override the heading style's bold.
            run.setBold(true);
        }
    }

    /**
     * Header rows (those in thead) bold and repeated on every page; columns as wide as their text needs, within the
     * page; a cell spanning columns (a theme's row) spans them in Word too.
     */
    private static void table(XWPFDocument docx, Element table) {
        var captions = table.getElementsByTagName("caption");
        if (captions.getLength() > 0) {
            paragraph(docx, text((Element) captions.item(0)), null, true);
        }
        var rows = table.getElementsByTagName("tr");
        java.util.List<java.util.List<Element>> cells = new java.util.ArrayList<>();
        int columns = 0;
        for (int r = 0; r < rows.getLength(); r++) {
            java.util.List<Element> row = new java.util.ArrayList<>();
            for (Node cell = rows.item(r).getFirstChild(); cell != null; cell = cell.getNextSibling()) {
                if (cell instanceof Element td) {
                    row.add(td);
                }
            }
            cells.add(row);
            columns = Math.max(columns, row.stream().mapToInt(DocxWriter::span).sum());
        }
        int[] weights = new int[columns];
        // A column is at least as wide as its longest word at 8 pt (about two units a character with the cell margins).
        java.util.Arrays.fill(weights, 4);
        for (java.util.List<Element> row : cells) {
            if (row.size() == columns) {
                for (int c = 0; c < columns; c++) {
                    weights[c] = Math.max(weights[c], Math.min(60, longestWord(text(row.get(c))) * 2 + 2 + text(row.get(c)).length() / 6));
                }
            }
        }
        int total = java.util.Arrays.stream(weights).sum();
        int[] widths = java.util.Arrays.stream(weights).map(w -> PAGE_WIDTH * w / total).toArray();
        XWPFTable out = docx.createTable(cells.size(), 1);
        out.getCTTbl().getTblPr().addNewTblLayout().setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        var grid = out.getCTTbl().getTblGrid() != null ? out.getCTTbl().getTblGrid() : out.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (int r = 0; r < cells.size(); r++) {
            XWPFTableRow row = out.getRow(r);
            boolean header = "thead".equalsIgnoreCase(((Element) rows.item(r).getParentNode()).getTagName());
            if (header) {
                row.setRepeatHeader(true);
                row.setCantSplitRow(true);
            }
            int column = 0;
            for (int c = 0; c < cells.get(r).size(); c++) {
                Element td = cells.get(r).get(c);
                var target = c == 0 ? row.getCell(0) : row.addNewTableCell();
                int span = Math.min(span(td), columns - column);
                int width = 0;
                for (int k = column; k < column + span; k++) {
                    width += widths[k];
                }
                var properties = target.getCTTc().isSetTcPr() ? target.getCTTc().getTcPr() : target.getCTTc().addNewTcPr();
                if (span > 1) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                target.setWidth(String.valueOf(width));
                target.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
                var paragraph = target.getParagraphs().get(0);
                if (java.util.Arrays.asList(td.getAttribute("class").split("\\s+")).contains("num")) {
                    // Figures line up on the right, as in the PDF and the annex.
                    paragraph.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
                }
                var run = paragraph.createRun();
                run.setText(text(td));
                if (header || "th".equalsIgnoreCase(td.getTagName())) {
                    run.setBold(true);
                }
                run.setFontSize(8);
                column += span;
            }
        }
        docx.createParagraph();
    }

    /** The usable width of an A4 landscape page with 1.27 cm margins, in twentieths of a point. */
    private static final int PAGE_WIDTH = 16838 - 2 * 720;

    private static int span(Element cell) {
        String colspan = cell.getAttribute("colspan");
        return colspan.matches("\\d+") ? Math.max(1, Integer.parseInt(colspan)) : 1;
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split(" ")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    private static String text(Element e) {
        return e.getTextContent().replaceAll("\\s+", " ").trim();
    }

    private static void headingStyles(XWPFDocument docx) {
        XWPFStyles styles = docx.createStyles();
        int[] sizes = { 16, 13, 11 };
        for (int level = 1; level <= 3; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.addNewName().setVal("heading " + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewQFormat();
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
            var run = style.addNewRPr();
            run.addNewB();
            run.addNewSz().setVal(BigInteger.valueOf(sizes[level - 1] * 2L));
            styles.addStyle(new XWPFStyle(style, styles));
        }
    }
}
