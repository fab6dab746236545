package org.podium.games.internal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names from the programme (events, phases) come in English; on French pages they are rendered
 * with this phrase table, longest phrases first, so that no French page carries English
 * competition words. Proper names, numbers and codes pass through unchanged.
 */
@Component("programmeLabels")
public class ProgrammeLabels {

    private static final Map<String, String> PHRASES = new LinkedHashMap<>();

    static {
        phrase("Men's", "Hommes");
        phrase("Women's", "Femmes");
        phrase("Men", "Hommes");
        phrase("Women", "Femmes");
        phrase("Mixed", "Mixte");
        phrase("Gold Medal Match", "Finale pour l'or");
        phrase("Bronze Medal Match", "Match pour le bronze");
        phrase("Gold Medal", "Médaille d'or");
        phrase("Bronze Medal", "Médaille de bronze");
        phrase("Medal Race", "Course aux médailles");
        phrase("Opening Series", "Série d'ouverture");
        phrase("Opening Ceremony", "Cérémonie d'ouverture");
        phrase("Closing Ceremony", "Cérémonie de clôture");
        phrase("Round of 64", "Trente-deuxièmes de finale");
        phrase("Round of 32", "Seizièmes de finale");
        phrase("Round of 16", "Huitièmes de finale");
        phrase("1/8 Finals", "Huitièmes de finale");
        phrase("Quarter-finals", "Quarts de finale");
        phrase("Quarterfinals", "Quarts de finale");
        phrase("Quarter-final", "Quart de finale");
        phrase("Quarterfinal", "Quart de finale");
        phrase("Semi-finals", "Demi-finales");
        phrase("Semifinals", "Demi-finales");
        phrase("Semi-final", "Demi-finale");
        phrase("Semifinal", "Demi-finale");
        phrase("Finals", "Finales");
        phrase("Final", "Finale");
        phrase("Heats", "Séries");
        phrase("Heat", "Série");
        phrase("Qualification", "Qualifications");
        phrase("Qualifying", "Qualifications");
        phrase("Preliminary Round", "Tour préliminaire");
        phrase("Preliminaries", "Préliminaires");
        phrase("Preliminary", "Préliminaire");
        phrase("Repechage", "Repêchage");
        phrase("Repechages", "Repêchages");
        phrase("Elimination", "Élimination");
        phrase("Placing", "Classement");
        phrase("Classification", "Classement");
        phrase("Ranking Round", "Tour de classement");
        phrase("First Round", "Premier tour");
        phrase("Second Round", "Deuxième tour");
        phrase("Third Round", "Troisième tour");
        phrase("Round", "Tour");
        phrase("Group Play Stage", "Phase de groupes");
        phrase("Group", "Groupe");
        phrase("Grp", "Gr.");
        phrase("Pool", "Poule");
        phrase("Matches", "Matchs");
        phrase("Match", "Match");
        phrase("Training", "Entraînement");
        phrase("Race", "Course");
        phrase("Day", "Jour");
        phrase("Individual All-Around", "Concours général individuel");
        phrase("All-Around", "Concours général");
        phrase("Individual", "Individuel");
        phrase("Team", "Par équipes");
        phrase("Teams", "Équipes");
        phrase("Singles", "Simple");
        phrase("Doubles", "Double");
        phrase("Relay", "Relais");
        phrase("Backstroke", "Dos");
        phrase("Breaststroke", "Brasse");
        phrase("Butterfly", "Papillon");
        phrase("Freestyle", "Libre");
        phrase("Individual Medley", "Quatre nages individuel");
        phrase("Medley", "Quatre nages");
        phrase("Greco-Roman", "Gréco-romaine");
        phrase("Hurdles", "Haies");
        phrase("Steeplechase", "Steeple");
        phrase("High Jump", "Saut en hauteur");
        phrase("Long Jump", "Saut en longueur");
        phrase("Triple Jump", "Triple saut");
        phrase("Pole Vault", "Saut à la perche");
        phrase("Shot Put", "Lancer du poids");
        phrase("Discus Throw", "Lancer du disque");
        phrase("Hammer Throw", "Lancer du marteau");
        phrase("Javelin Throw", "Lancer du javelot");
        phrase("Race Walk", "Marche");
        phrase("Road Race", "Course en ligne");
        phrase("Time Trial", "Contre-la-montre");
        phrase("Team Pursuit", "Poursuite par équipes");
        phrase("Team Sprint", "Vitesse par équipes");
        phrase("Sprint", "Vitesse");
        phrase("Madison", "Américaine");
        phrase("Cross-country", "Cross-country");
        phrase("Jumping", "Saut d'obstacles");
        phrase("Eventing", "Concours complet");
        phrase("Floor Exercise", "Sol");
        phrase("Floor", "Sol");
        phrase("Vault", "Saut");
        phrase("Pommel Horse", "Cheval d'arçons");
        phrase("Rings", "Anneaux");
        phrase("Parallel Bars", "Barres parallèles");
        phrase("Horizontal Bar", "Barre fixe");
        phrase("Uneven Bars", "Barres asymétriques");
        phrase("Balance Beam", "Poutre");
        phrase("Foil", "Fleuret");
        phrase("Epee", "Épée");
        phrase("Sabre", "Sabre");
        phrase("Single Sculls", "Skiff");
        phrase("Double Sculls", "Deux de couple");
        phrase("Quadruple Sculls", "Quatre de couple");
        phrase("Pair", "Deux sans barreur");
        phrase("Four", "Quatre sans barreur");
        phrase("Eight", "Huit");
        phrase("Air Rifle", "Carabine à air");
        phrase("Air Pistol", "Pistolet à air");
        phrase("Rapid Fire Pistol", "Pistolet tir rapide");
        phrase("Rifle 3 Positions", "Carabine 3 positions");
        phrase("Pistol", "Pistolet");
        phrase("Trap", "Fosse");
        phrase("Springboard", "Tremplin");
        phrase("Platform", "Haut vol");
        phrase("Synchronised", "Synchronisé");
        phrase("Synchronized", "Synchronisé");
        phrase("Duet", "Duo");
        phrase("Windsurfing", "Planche à voile");
        phrase("Kite", "Kitesurf");
        phrase("Dinghy", "Dériveur");
        phrase("Skiff", "Skiff");
        phrase("Multihull", "Multicoque");
        phrase("Boulder", "Bloc");
        phrase("Lead", "Difficulté");
        phrase("Speed", "Vitesse");
        phrase("Marathon", "Marathon");
        phrase("Dressage", "Dressage");
        phrase("Contest", "Combat");
        phrase("Bout", "Combat");
        phrase("Session", "Session");
        phrase("and", "et");
        phrase("Battle", "Battle");
        phrase("Round Robin", "Tournoi à la ronde");
        phrase("Contests for Bronze Medals", "Combats pour le bronze");
        phrase("Bronze Medal Contests", "Combats pour le bronze");
        phrase("Contests", "Combats");
        phrase("Prelims", "Préliminaires");
        phrase("Canoe", "Canoë");
        phrase("Single", "monoplace");
        phrase("Rifle 3 Pos.", "Carabine 3 positions");
        phrase("Rifle", "Carabine");
        phrase("Ind.", "ind.");
        phrase("Pre-Qualifier", "Pré-qualifications");
        phrase("Qualifier", "Qualifications");
        phrase("Qual.", "Qualif.");
        phrase("Cross Country", "Cross-country");
        phrase("Special", "spécial");
        phrase("Table of", "Tableau de");
        phrase("Hts", "Séries");
        phrase("Run", "manche");
        phrase("Last Chance", "Dernière chance");
        phrase("Lucky Loser", "Repêché");
        phrase("Points Race", "Course aux points");
        phrase("Play-in Games", "Matchs de barrage");
        phrase("Quad. Sculls", "Quatre de couple");
        phrase("Medals", "Médailles");
        phrase("for", "pour");
        phrase("Classifications", "Classements");
        phrase("Decathlon", "Décathlon");
        phrase("Group Phase", "Phase de groupes");
        phrase("Group Stage", "Phase de groupes");
        phrase("Knockout", "Élimination directe");
        phrase("Rnd", "Tour");
        phrase("Elimination Round", "Tour éliminatoire");
        phrase("Elimination Round of 64", "Trente-deuxièmes de finale");
        phrase("Elimination Round of 32", "Seizièmes de finale");
        phrase("Elimination Round of 16", "Huitièmes de finale");
    }

    private static final List<Map.Entry<Pattern, String>> RULES = PHRASES.entrySet().stream()
            .sorted((a, b) -> b.getKey().length() - a.getKey().length())
            .map(e -> Map.entry(Pattern.compile("(?<![\\p{L}'])" + Pattern.quote(e.getKey()) + "(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), e.getValue()))
            .toList();

    private static final Pattern FIRST = Pattern.compile("\\b1st\\b");
    private static final Pattern ORDINAL = Pattern.compile("\\b(\\d+)(?:st|nd|rd|th)\\b");

    private static void phrase(String english, String french) {
        PHRASES.put(english, french);
    }

    /** The name in the current page's language. */
    public String text(String english) {
        return text(english, LocaleContextHolder.getLocale());
    }

    public String text(String english, Locale locale) {
        if (!"fr".equals(locale.getLanguage())) {
            return english;
        }
        var result = english;
        for (var rule : RULES) {
            result = rule.getKey().matcher(result).replaceAll(java.util.regex.Matcher.quoteReplacement(rule.getValue()));
        }
        return ORDINAL.matcher(FIRST.matcher(result).replaceAll("1re")).replaceAll("$1e");
    }
}
