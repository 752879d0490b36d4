package uk.gov.sli.dashboard;

import java.util.List;
import java.util.Map;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.jboss.logging.Logger;

import uk.gov.sli.mou.MouYear;
import uk.gov.sli.platform.config.SliConfig;

/** The dashboards declared in {@code dashboards/}, checked at start-up, and their panels' data for a year. */
@ApplicationScoped
public class DashboardService {

    private static final Logger LOG = Logger.getLogger(DashboardService.class);

    /** {@code totals} is null unless the definition asks for them. */
    public record Panel(String id, String title, String chart, String source, List<String> labels,
            List<ChartData.Series> series, String unit, ChartData.Totals totals) {

        /** Money (£000s) is shown in the finance style: brackets for negatives, thousands separated. */
        public boolean money() {
            return "£000s".equals(unit);
        }

        /**
         * The chart in one sentence, for those who do not see it: the total and its largest part when the panel has
         * totals, else each series' highest (and, for one series, lowest) category. The table has every figure.
         */
        public String summary() {
            if (labels.isEmpty()) {
                return "";
            }
            if (totals != null && totals.all() != null) {
                int top = largest(totals.byLabel());
                return text(totals.all()) + " in all; the most in " + labels.get(top) + " (" + text(totals.byLabel().get(top)) + ").";
            }
            List<String> parts = new java.util.ArrayList<>();
            for (ChartData.Series s : series) {
                int top = largest(s.data());
                if (top < 0) {
                    continue;
                }
                String part = (series.size() > 1 ? s.label() + ": highest " : "Highest ") + labels.get(top) + " ("
                        + text(s.data().get(top)) + ")";
                int bottom = smallest(s.data());
                if (series.size() == 1 && bottom != top) {
                    part += ", lowest " + labels.get(bottom) + " (" + text(s.data().get(bottom)) + ")";
                }
                parts.add(part);
            }
            return parts.isEmpty() ? "No figures." : String.join("; ", parts) + ".";
        }

        private String text(java.math.BigDecimal value) {
            return money() ? uk.gov.sli.rules.Money.format(value) : uk.gov.sli.rules.Numbers.plain(value).toPlainString();
        }

        private static int largest(List<java.math.BigDecimal> values) {
            int at = -1;
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null && (at < 0 || values.get(i).compareTo(values.get(at)) > 0)) {
                    at = i;
                }
            }
            return at;
        }

        private static int smallest(List<java.math.BigDecimal> values) {
            int at = -1;
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null && (at < 0 || values.get(i).compareTo(values.get(at)) < 0)) {
                    at = i;
                }
            }
            return at;
        }
    }

    public record Dashboard(String id, String title, String description, String year, String yearLabel,
            List<Panel> panels) {
    }

    public record Summary(String id, String title) {
    }

    @Inject
    SliConfig config;

    @Inject
    DashboardSources sources;

    private volatile Map<String, DashboardDefinition> definitions = Map.of();

    /** A bad definition throws here, which stops start-up with the file, the field and what was expected. */
    void onStart(@Observes StartupEvent event) {
        definitions = DashboardLoader.load(config.dashboards().directory(), sources.parameters());
        LOG.infof("Dashboards from %s: %s", config.dashboards().directory(), String.join(", ", definitions.keySet()));
    }

    @Transactional
    public List<MouYear> years() {
        return MouYear.latestFirst();
    }

    public List<Summary> list() {
        return definitions.values().stream().map(d -> new Summary(d.id(), d.title())).toList();
    }

    @Transactional
    public Dashboard render(String id, String yearParam) {
        DashboardDefinition definition = definitions.get(id);
        if (definition == null) {
            throw new NotFoundException("No dashboard '" + id + "'");
        }
        MouYear year = yearParam == null || yearParam.isBlank()
                ? MouYear.latest().orElseThrow(() -> new NotFoundException("There are no MoU years yet"))
                : MouYear.require(yearParam);
        List<Panel> panels = definition.panels().stream().map(p -> {
            ChartData data = sources.load(p.source(), year.id, p.params());
            return new Panel(p.id(), p.title(), p.chart(), p.source(), data.labels(), data.series(), data.unit(),
                    p.withTotals() ? data.totals() : null);
        }).toList();
        return new Dashboard(definition.id(), definition.title(), definition.description(), year.id, year.label, panels);
    }
}
