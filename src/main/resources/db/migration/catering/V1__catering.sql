create schema if not exists catering;

-- Recipes: written by the chefs. A dish has a service period and the share of that period's diners
-- the plan expects to take it; a sub-recipe (a béchamel, a hummus) has neither. Allergens, tags,
-- nutrition and carbon are never stored: they are derived from the lines (Labels, Portion).
create table catering.recipe (
    code       text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name_en    text not null,
    name_fr    text not null,
    portions   int not null check (portions between 1 and 10000),
    period     text check (period in ('BREAKFAST', 'LUNCH', 'DINNER', 'NIGHT')),
    share      numeric(4, 3) check (share between 0 and 1.5),
    updated_at timestamptz not null default now(),
    updated_by text not null default 'podium',
    check ((period is null) = (share is null))
);

-- A line is one ingredient (from catering/ingredients.csv) or one sub-recipe, in grams for the batch.
create table catering.recipe_line (
    recipe     text not null references catering.recipe on delete cascade,
    position   int not null,
    ingredient text,
    sub_recipe text references catering.recipe,
    grams      numeric(10, 1) not null check (grams > 0),
    primary key (recipe, position),
    check ((ingredient is null) <> (sub_recipe is null))
);

-- Portions served per dish and day: the counters' dish counts (the replay writes synthetic ones).
create table catering.dish_count (
    day      date not null,
    recipe   text not null references catering.recipe,
    portions int not null check (portions >= 0),
    primary key (day, recipe)
);

-- Food waste weighed per dish and day.
create table catering.waste (
    day    date not null,
    recipe text not null references catering.recipe,
    kg     numeric(10, 1) not null check (kg >= 0),
    primary key (day, recipe)
);

-- The store-room: counted stock and supply terms per ingredient (seeded from the plan on first use).
-- Standing deliveries follow the plan's requirement each day (StockLine), so they are not stored.
create table catering.stock (
    ingredient    text primary key,
    on_hand_kg    numeric(12, 1) not null,
    counted_on    date not null,
    safety_kg     numeric(12, 1) not null check (safety_kg >= 0),
    lead_days     int not null check (lead_days between 0 and 60),
    pack_kg       numeric(10, 1) not null check (pack_kg > 0),
    supplier      text not null
);

-- Orders raised from a shortage alert: purchase requests for finance (event PurchaseRequested).
create table catering.purchase_request (
    id         bigserial primary key,
    ingredient text not null references catering.stock,
    kg         numeric(12, 1) not null check (kg > 0),
    arrives_on date not null,
    supplier   text not null,
    raised_at  timestamptz not null default now(),
    raised_by  text not null
);

-- Restaurant entrance and exit scans by accreditation number: entries are meals, the difference is occupancy.
create table catering.passage (
    id            bigserial primary key,
    at            timestamptz not null,
    accreditation text not null,
    entering      boolean not null
);
create index on catering.passage (at);

insert into catering.recipe (code, name_en, name_fr, portions, period, share) values
    ('BECHAMEL', 'Béchamel sauce', 'Sauce béchamel', 10, null, null),
    ('HUMMUS', 'Hummus', 'Houmous', 10, null, null),
    ('OMELETTE', 'Omelette', 'Omelette', 10, 'BREAKFAST', 0.450),
    ('PANCAKES', 'Pancakes', 'Pancakes', 20, 'BREAKFAST', 0.350),
    ('SCRAMBLED_TOFU', 'Scrambled tofu with peppers', 'Tofu brouillé aux poivrons', 10, 'BREAKFAST', 0.150),
    ('MELON_BREAKFAST', 'Fresh melon', 'Melon frais', 10, 'BREAKFAST', 0.600),
    ('CHICKEN_COUSCOUS', 'Chicken couscous', 'Couscous au poulet', 10, 'LUNCH', 0.350),
    ('BEEF_GRATIN', 'Beef and potato gratin', 'Hachis gratiné au bœuf', 10, 'LUNCH', 0.250),
    ('VEGETABLE_TAJINE', 'Vegetable tajine with semolina', 'Tajine de légumes et semoule', 10, 'LUNCH', 0.300),
    ('COURGETTE_QUICHE', 'Courgette quiche', 'Quiche aux courgettes', 10, 'LUNCH', 0.150),
    ('GREEN_SALAD', 'Green salad', 'Salade verte', 10, 'LUNCH', 0.500),
    ('TROUT_POTATOES', 'Trout, potatoes and green beans', 'Truite, pommes de terre et haricots verts', 10, 'DINNER', 0.300),
    ('LAMB_TAJINE', 'Lamb tajine', 'Tajine d''agneau', 10, 'DINNER', 0.250),
    ('SHRIMP_STIR_FRY', 'Shrimp and vegetable stir-fry', 'Crevettes sautées aux légumes', 10, 'DINNER', 0.150),
    ('HUMMUS_PLATE', 'Hummus plate with flatbread', 'Assiette de houmous et galette', 10, 'DINNER', 0.300),
    ('CHOCOLATE_MOUSSE', 'Chocolate mousse', 'Mousse au chocolat', 10, 'DINNER', 0.400),
    ('CHICKEN_WRAP', 'Chicken wrap', 'Wrap au poulet', 10, 'NIGHT', 0.600),
    ('MELON_NIGHT', 'Fresh melon', 'Melon frais', 10, 'NIGHT', 0.400);

insert into catering.recipe_line (recipe, position, ingredient, sub_recipe, grams) values
    ('BECHAMEL', 1, 'MILK', null, 1000), ('BECHAMEL', 2, 'FLOUR', null, 80), ('BECHAMEL', 3, 'BUTTER', null, 80),
    ('HUMMUS', 1, 'CHICKPEA', null, 500), ('HUMMUS', 2, 'RAPESEED_OIL', null, 80),
    ('OMELETTE', 1, 'EGG', null, 1200), ('OMELETTE', 2, 'BUTTER', null, 50),
    ('PANCAKES', 1, 'FLOUR', null, 800), ('PANCAKES', 2, 'MILK', null, 1200), ('PANCAKES', 3, 'EGG', null, 400),
    ('PANCAKES', 4, 'SUGAR', null, 100), ('PANCAKES', 5, 'BUTTER', null, 80),
    ('SCRAMBLED_TOFU', 1, 'TOFU', null, 1500), ('SCRAMBLED_TOFU', 2, 'RAPESEED_OIL', null, 50), ('SCRAMBLED_TOFU', 3, 'BELL_PEPPER', null, 300),
    ('MELON_BREAKFAST', 1, 'MELON', null, 2000),
    ('CHICKEN_COUSCOUS', 1, 'CHICKEN', null, 1500), ('CHICKEN_COUSCOUS', 2, 'SEMOLINA', null, 800), ('CHICKEN_COUSCOUS', 3, 'ZUCCHINI', null, 800),
    ('CHICKEN_COUSCOUS', 4, 'CARROT', null, 600), ('CHICKEN_COUSCOUS', 5, 'ONION', null, 300), ('CHICKEN_COUSCOUS', 6, 'CHICKPEA', null, 300),
    ('CHICKEN_COUSCOUS', 7, 'RAPESEED_OIL', null, 100),
    ('BEEF_GRATIN', 1, 'BEEF', null, 1200), ('BEEF_GRATIN', 2, 'POTATO', null, 2000), ('BEEF_GRATIN', 3, null, 'BECHAMEL', 1000),
    ('BEEF_GRATIN', 4, 'EMMENTAL', null, 200),
    ('VEGETABLE_TAJINE', 1, 'ZUCCHINI', null, 800), ('VEGETABLE_TAJINE', 2, 'CARROT', null, 800), ('VEGETABLE_TAJINE', 3, 'CHICKPEA', null, 600),
    ('VEGETABLE_TAJINE', 4, 'ONION', null, 300), ('VEGETABLE_TAJINE', 5, 'BELL_PEPPER', null, 400), ('VEGETABLE_TAJINE', 6, 'SEMOLINA', null, 800),
    ('VEGETABLE_TAJINE', 7, 'RAPESEED_OIL', null, 100),
    ('COURGETTE_QUICHE', 1, 'FLOUR', null, 500), ('COURGETTE_QUICHE', 2, 'BUTTER', null, 250), ('COURGETTE_QUICHE', 3, 'EGG', null, 600),
    ('COURGETTE_QUICHE', 4, 'MILK', null, 500), ('COURGETTE_QUICHE', 5, 'EMMENTAL', null, 200), ('COURGETTE_QUICHE', 6, 'ZUCCHINI', null, 500),
    ('GREEN_SALAD', 1, 'LETTUCE', null, 800), ('GREEN_SALAD', 2, 'RAPESEED_OIL', null, 100),
    ('TROUT_POTATOES', 1, 'TROUT', null, 1500), ('TROUT_POTATOES', 2, 'POTATO', null, 2000), ('TROUT_POTATOES', 3, 'BUTTER', null, 100),
    ('TROUT_POTATOES', 4, 'GREEN_BEAN', null, 1000),
    ('LAMB_TAJINE', 1, 'LAMB', null, 1500), ('LAMB_TAJINE', 2, 'SEMOLINA', null, 800), ('LAMB_TAJINE', 3, 'CARROT', null, 600),
    ('LAMB_TAJINE', 4, 'ONION', null, 300), ('LAMB_TAJINE', 5, 'RAPESEED_OIL', null, 100),
    ('SHRIMP_STIR_FRY', 1, 'SHRIMP', null, 1200), ('SHRIMP_STIR_FRY', 2, 'BELL_PEPPER', null, 600), ('SHRIMP_STIR_FRY', 3, 'ZUCCHINI', null, 600),
    ('SHRIMP_STIR_FRY', 4, 'SUNFLOWER_OIL', null, 100),
    ('HUMMUS_PLATE', 1, null, 'HUMMUS', 1500), ('HUMMUS_PLATE', 2, 'CARROT', null, 800), ('HUMMUS_PLATE', 3, 'FLOUR', null, 500),
    ('CHOCOLATE_MOUSSE', 1, 'DARK_CHOCOLATE', null, 400), ('CHOCOLATE_MOUSSE', 2, 'EGG', null, 600), ('CHOCOLATE_MOUSSE', 3, 'SUGAR', null, 60),
    ('CHICKEN_WRAP', 1, 'FLOUR', null, 600), ('CHICKEN_WRAP', 2, 'CHICKEN', null, 800), ('CHICKEN_WRAP', 3, 'LETTUCE', null, 300),
    ('CHICKEN_WRAP', 4, 'RAPESEED_OIL', null, 50),
    ('MELON_NIGHT', 1, 'MELON', null, 1500);
