package uk.gov.sli.mou;

/** The naming of MoU years: {@code 2015-16} in URLs, {@code 2015/16} on screen. */
public final class MouYears {

    private MouYears() {
    }

    public static void checkId(String id) {
        if (id == null || !id.matches("\\d{4}-\\d{2}")) {
            throw new IllegalArgumentException("year id must look like 2015-16, was '" + id + "'");
        }
        int start = Integer.parseInt(id.substring(0, 4));
        int end = Integer.parseInt(id.substring(5));
        if ((start + 1) % 100 != end) {
            throw new IllegalArgumentException("year id " + id + " must name two consecutive years, such as "
                    + start + "-" + String.format("%02d", (start + 1) % 100));
        }
    }

    public static String labelOf(String id) {
        return id.replace('-', '/');
    }
}
