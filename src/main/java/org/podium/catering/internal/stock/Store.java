package org.podium.catering.internal.stock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import org.podium.catering.PurchaseRequested;
import org.podium.catering.internal.CateringProperties;
import org.podium.catering.internal.forecast.CateringForecast;
import org.podium.catering.internal.menu.Dish;
import org.podium.catering.internal.menu.Ingredient.Origin;
import org.podium.catering.internal.menu.IngredientCatalogue;
import org.podium.catering.internal.menu.RecipeBook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The store-room: stock lines, their projection against the learning forecast, shortage alerts
 * and the orders raised from them. Stock lines are seeded from the plan on first use (two days of
 * the plan's busiest day on hand at the village's opening, one as safety stock).
 */
@Service
public class Store {

    /** How far ahead alerts look. */
    public static final int HORIZON_DAYS = 7;

    /** An ingredient's projection for a page or a test: closing stock per day and the alert, if any. */
    public record Outlook(StockLine line, NavigableMap<LocalDate, Double> closing, Optional<ShortageAlert> alert) {

        /** Closing stock on the horizon's last day. */
        public double atHorizon() {
            return closing.isEmpty() ? line.onHandKg() : closing.lastEntry().getValue();
        }
    }

    private final JdbcClient jdbc;
    private final RecipeBook recipes;
    private final CateringForecast forecast;
    private final IngredientCatalogue catalogue;
    private final CateringProperties properties;
    private final ApplicationEventPublisher events;

    Store(JdbcClient jdbc, RecipeBook recipes, CateringForecast forecast, IngredientCatalogue catalogue, CateringProperties properties,
          ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.recipes = recipes;
        this.forecast = forecast;
        this.catalogue = catalogue;
        this.properties = properties;
        this.events = events;
    }

    public List<StockLine> lines() {
        seedOnce();
        return jdbc.sql("""
                select ingredient, on_hand_kg as "onHandKg", counted_on as "countedOn", safety_kg as "safetyKg", lead_days as "leadDays",
                       pack_kg as "packKg", supplier from catering.stock order by ingredient""").query(StockLine.class).list();
    }

    /** Every ingredient's outlook as of {@code today}, learning from the dish counts or not. */
    public List<Outlook> outlooks(LocalDate today, boolean learning) {
        var dishes = recipes.dishes();
        var lines = lines();
        var first = lines.stream().map(StockLine::countedOn).min(LocalDate::compareTo).orElse(today);
        var horizon = today.plusDays(HORIZON_DAYS);
        var planned = CateringForecast.requirements(dishes, plannedPortions(dishes, first, horizon));
        var used = CateringForecast.requirements(dishes, forecast.actuals());
        var required = CateringForecast.requirements(dishes, forecast.forecast(dishes, today, horizon, learning));
        var orders = orders();
        var outlooks = new ArrayList<Outlook>();
        for (var line : lines) {
            var deliveries = new HashMap<LocalDate, Double>(planned.getOrDefault(line.ingredient(), new TreeMap<>()));
            orders.getOrDefault(line.ingredient(), Map.of()).forEach((day, kg) -> deliveries.merge(day, kg, Double::sum));
            var closing = new TreeMap<>(StockProjection.closing(line, today, horizon, used.getOrDefault(line.ingredient(), new TreeMap<>()),
                    required.getOrDefault(line.ingredient(), new TreeMap<>()), deliveries));
            outlooks.add(new Outlook(line, closing, StockProjection.alert(line, today, closing)));
        }
        return outlooks;
    }

    public List<ShortageAlert> alerts(LocalDate today) {
        return outlooks(today, true).stream().flatMap(o -> o.alert().stream()).toList();
    }

    /** Raises an order: stored, arriving after the supplier's lead time, and announced to finance in the same transaction. */
    @Transactional
    public PurchaseRequested order(String ingredient, double kg, LocalDate today, String manager) {
        var line = lines().stream().filter(l -> l.ingredient().equals(ingredient)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("catering.refused.unknownIngredient"));
        if (!(kg > 0) || kg > 1_000_000) {
            throw new IllegalArgumentException("catering.refused.quantity");
        }
        var arrives = today.plusDays(line.leadDays());
        var id = jdbc.sql("insert into catering.purchase_request (ingredient, kg, arrives_on, supplier, raised_by) values (?, ?, ?, ?, ?) returning id")
                .params(ingredient, kg, arrives, line.supplier(), manager).query(Long.class).single();
        var event = new PurchaseRequested(id, ingredient, kg, arrives, line.supplier(), manager);
        events.publishEvent(event);
        return event;
    }

    /** Orders raised, newest first. */
    public List<PurchaseRequested> requests() {
        return jdbc.sql("""
                select id as request, ingredient, kg, arrives_on as "arrivesOn", supplier, raised_by as "raisedBy"
                from catering.purchase_request order by id desc""").query(PurchaseRequested.class).list();
    }

    private Map<String, Map<LocalDate, Double>> orders() {
        var orders = new HashMap<String, Map<LocalDate, Double>>();
        requests().forEach(r -> orders.computeIfAbsent(r.ingredient(), i -> new HashMap<>()).merge(r.arrivesOn(), r.kg(), Double::sum));
        return orders;
    }

    private Map<String, NavigableMap<LocalDate, Double>> plannedPortions(List<Dish> dishes, LocalDate from, LocalDate to) {
        var portions = new HashMap<String, NavigableMap<LocalDate, Double>>();
        for (var dish : dishes) {
            var byDay = new TreeMap<LocalDate, Double>();
            for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
                byDay.put(day, forecast.planned(dish, day));
            }
            portions.put(dish.code(), byDay);
        }
        return portions;
    }

    /** Seeds the store-room from the plan the first time anyone looks (idempotent, concurrent callers agree). */
    private void seedOnce() {
        if (jdbc.sql("select count(*) from catering.stock").query(Long.class).single() > 0) {
            return;
        }
        var dishes = recipes.dishes();
        var planned = CateringForecast.requirements(dishes, plannedPortions(dishes, properties.villageOpens(), properties.villageCloses()));
        planned.forEach((code, byDay) -> {
            var busiest = byDay.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            var origin = catalogue.find(code).map(i -> i.origin()).orElse(Origin.PLANT);
            var dry = origin == Origin.PLANT && busiest > 0 && isDry(code);
            jdbc.sql("""
                    insert into catering.stock (ingredient, on_hand_kg, counted_on, safety_kg, lead_days, pack_kg, supplier)
                    values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(code, Math.ceil(2 * busiest), properties.villageOpens(), Math.ceil(busiest), dry ? 5 : 2,
                            "EGG".equals(code) ? 360 : dry ? 500 : 50, supplier(origin, dry)).update();
        });
    }

    private static boolean isDry(String code) {
        return List.of("FLOUR", "SEMOLINA", "CHICKPEA", "SUGAR", "RAPESEED_OIL", "SUNFLOWER_OIL", "DARK_CHOCOLATE").contains(code);
    }

    private static String supplier(Origin origin, boolean dry) {
        return switch (origin) {
            case EGG -> "Poultry cooperative (Hauts-de-France)";
            case DAIRY -> "Dairy cooperative (Normandy)";
            case MEAT -> "Meat wholesaler (Rungis)";
            case FISH, SEAFOOD -> "Fish wholesaler (Rungis)";
            default -> dry ? "Dry goods wholesaler" : "Fruit and vegetable wholesaler (Rungis)";
        };
    }
}
