package org.annalist.cli;

import org.annalist.geo.PlaceMention;
import org.annalist.geo.PlaceResolver;
import org.annalist.geo.ResolutionContext;
import org.annalist.model.Actor;
import org.annalist.model.Event;
import org.annalist.model.Location;
import org.annalist.model.Sentence;
import org.annalist.pipeline.Annalist;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static org.annalist.cli.ActorsCommand.orDash;

/** {@code annalist places}: every place named in a text, how it was resolved and why, and where events were placed. */
@Command(name = "places", mixinStandardHelpOptions = true,
        description = "Show every place named in TEXT, how it was resolved and why, and where each event was placed.")
final class PlacesCommand implements Callable<Integer> {
    private static final String PLACE_ROW = "%-3s %-22s %-22s %-4s %-18s %9s %10s %-9s %-9s %s%n";
    private static final String EVENT_ROW = "%-3s %-5s %-12s %-20s %-44s %s%n";

    @Mixin
    TextInput input;

    @Mixin
    CoderOptions options;

    @Override
    public Integer call() {
        Annalist annalist = options.build();
        Annalist.Analysis analysis = annalist.analyse(input.article());
        // The same resolver and context as the locating stage's, to show its working mention by mention.
        PlaceResolver resolver = PlaceResolver.create();
        ResolutionContext context = resolver.context(analysis.article().sentences());

        System.out.printf(PLACE_ROW, "SEN", "MENTION", "NAME", "CTRY", "ADMIN1", "LAT", "LON", "GEONAMES", "PRECISION",
                "WHY");
        for (Sentence s : analysis.article().sentences()) {
            for (PlaceMention m : resolver.find(s)) {
                Optional<Location> resolved = resolver.resolve(m, context);
                String why = resolver.explain(m, context);
                if (resolved.isEmpty()) {
                    System.out.printf(PLACE_ROW, s.index(), m.text(), "-", "-", "-", "-", "-", "-", "-", why);
                    continue;
                }
                Location l = resolved.get();
                System.out.printf(PLACE_ROW, s.index(), m.text(), l.name(), l.country(), orDash(l.admin1()),
                        String.format(Locale.ROOT, "%.4f", l.lat()), String.format(Locale.ROOT, "%.4f", l.lon()),
                        l.geonamesId() == 0 ? "-" : Long.toString(l.geonamesId()), l.precision(), why);
            }
        }
        System.out.println();
        System.out.println("Countries named: " + countries(context));
        System.out.println();
        System.out.printf(EVENT_ROW, "SEN", "CAMEO", "EVENT", "TRIGGER", "LOCATION", "METHOD");
        for (Event e : analysis.events()) {
            Location l = e.location();
            String where = l == null ? "-" : l.name() + ", " + l.country()
                    + (l.admin1() == null ? "" : " (" + l.admin1() + ")") + " [" + l.precision() + "]";
            System.out.printf(EVENT_ROW, e.sentence(), e.cameo(), code(e.source()) + ">" + code(e.target()),
                    e.evidence().trigger(), where, l == null ? "-" : l.method());
        }
        return 0;
    }

    private static String countries(ResolutionContext context) {
        if (context.countryFocus().isEmpty()) {
            return "none";
        }
        return context.countryFocus().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String code(Actor a) {
        if (a == null) {
            return "-";
        }
        return a.code() != null ? a.code() : orDash(a.sector());
    }
}
