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

    public record Panel(String id, String title, String chart, String source, List<String> labels,
            List<ChartData.Series> series, String unit) {
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
            return new Panel(p.id(), p.title(), p.chart(), p.source(), data.labels(), data.series(), data.unit());
        }).toList();
        return new Dashboard(definition.id(), definition.title(), definition.description(), year.id, year.label, panels);
    }
}
