package org.podium.workforce.internal.roster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Rosters the Games with Timefold, split the way the work is: volunteers are assigned to one venue
 * at selection, so venues are independent problems and are solved in parallel; within a venue the
 * weeks are solved in order, each with the day before it pinned (rest across the week boundary)
 * and the minutes of the earlier weeks carried (fairness over the whole Games).
 * Published shifts are pinned: a re-plan moves only the draft window.
 */
public class RosterPlanner implements AutoCloseable {

    /** What one planning run did, for the page and the benchmark. */
    public record Outcome(HardMediumSoftScore score, int partitions, long moveEvaluations, Duration spent) {
        public long movesPerSecond() {
            return spent.isZero() ? 0 : moveEvaluations * 1000 / Math.max(1, spent.toMillis());
        }
    }

    private final SolverFactory<Roster> factory;
    private final SolverManager<Roster> manager;
    private final SolutionManager<Roster, HardMediumSoftScore> solutions;
    private final int threads;

    public RosterPlanner(Duration unimprovedLimit, Duration spentLimit, int threads) {
        this.threads = threads;
        this.factory = SolverFactory.create(config(unimprovedLimit, spentLimit));
        this.manager = SolverManager.create(factory, new SolverManagerConfig().withParallelSolverCount(String.valueOf(threads)));
        this.solutions = SolutionManager.create(factory);
    }

    /**
     * The planner starts from a rotating first fit ({@link #rotatingFirstFit}); construction then
     * only sees the shifts nobody could take, and local search trades shifts for fairness and
     * preferences within the limits.
     */
    public static SolverConfig config(Duration unimprovedLimit, Duration spentLimit) {
        return new SolverConfig()
                .withSolutionClass(Roster.class)
                .withEntityClasses(Shift.class)
                .withConstraintProviderClass(RosterConstraints.class)
                .withPhases(
                        new ConstructionHeuristicPhaseConfig(),
                        new LocalSearchPhaseConfig().withTerminationConfig(new TerminationConfig()
                                .withUnimprovedSpentLimit(unimprovedLimit)
                                .withSpentLimit(spentLimit)));
    }

    /** The solver's own score of a roster as it stands. */
    public HardMediumSoftScore score(Roster roster) {
        return solutions.update(roster);
    }

    /**
     * Fills the unpublished shifts' volunteers in place, venue by venue in parallel.
     * Shifts already assigned and published stay as they are.
     */
    public Outcome plan(List<Volunteer> volunteers, List<Shift> shifts) {
        var started = System.nanoTime();
        var byVenue = shifts.stream().collect(Collectors.groupingBy(Shift::getVenue));
        var volunteersByVenue = volunteers.stream().collect(Collectors.groupingBy(Volunteer::venue));
        var moves = new AtomicLong();
        var partitions = new AtomicLong();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            var futures = new ArrayList<Future<?>>();
            byVenue.forEach((venue, venueShifts) -> futures.add(pool.submit(() ->
                    planVenue(volunteersByVenue.getOrDefault(venue, List.of()), venueShifts, moves, partitions))));
            for (var future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Rostering interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Rostering failed", e.getCause());
        }
        var whole = new Roster(volunteers, shifts);
        var score = solutions.update(whole);
        return new Outcome(score, (int) partitions.get(), moves.get(), Duration.ofNanos(System.nanoTime() - started));
    }

    private void planVenue(List<Volunteer> volunteers, List<Shift> shifts, AtomicLong moves, AtomicLong partitions) {
        var weeks = shifts.stream().collect(Collectors.groupingBy(s -> s.getDay().with(java.time.DayOfWeek.MONDAY)));
        var prior = new HashMap<Long, Long>();
        for (var monday : weeks.keySet().stream().sorted().toList()) {
            var week = weeks.get(monday);
            var current = volunteers.stream().map(v -> v.withPriorMinutes(prior.getOrDefault(v.id(), 0L))).toList();
            var byId = current.stream().collect(Collectors.toMap(Volunteer::id, v -> v));
            var problemShifts = new ArrayList<Shift>();
            var ranges = new HashMap<String, List<Volunteer>>();
            // The Sunday before, as fixed facts: the Monday's rest rule sees them.
            var sunday = monday.minusDays(1);
            weeks.getOrDefault(sunday.with(java.time.DayOfWeek.MONDAY), List.of()).stream()
                    .filter(s -> s.getDay().equals(sunday) && s.getVolunteer() != null)
                    .forEach(s -> problemShifts.add(s.pinnedCopy(byId.get(s.getVolunteer().id()))));
            for (var shift : week) {
                var holder = shift.getVolunteer() == null ? null : byId.get(shift.getVolunteer().id());
                if (shift.isPublished()) {
                    // Fixed: whoever holds it stays, even one who since became unavailable (a no-show is
                    // handled on the day, by a replacement from the standby pool).
                    shift.setCandidates(holder == null ? List.of() : List.of(holder));
                } else {
                    shift.setCandidates(ranges.computeIfAbsent(shift.getDay() + "|" + shift.getArea() + "|" + shift.getLanguage() + "|"
                            + shift.getMinimumAge(), kind -> candidates(current, shift)));
                    // The previous plan is the warm start where it still holds.
                    holder = holder != null && RosterRules.qualifies(holder, shift) ? holder : null;
                }
                shift.setVolunteer(holder);
                problemShifts.add(shift);
            }
            if (week.stream().allMatch(Shift::isPublished)) {
                continue;
            }
            rotatingFirstFit(problemShifts);
            var job = manager.solve(monday.toString() + "/" + week.getFirst().getVenue() + "/" + System.nanoTime(),
                    new Roster(current, problemShifts));
            Roster solved;
            try {
                solved = job.getFinalBestSolution();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Solving " + monday + " failed", e.getCause());
            }
            moves.addAndGet(job.getMoveEvaluationCount());
            partitions.incrementAndGet();
            var assigned = solved.getShifts().stream().filter(s -> s.getVolunteer() != null)
                    .collect(Collectors.toMap(Shift::getId, Shift::getVolunteer, (a, b) -> a));
            for (var shift : week) {
                if (!shift.isPublished()) {
                    var volunteer = assigned.get(shift.getId());
                    shift.setVolunteer(volunteer == null ? null : byId.get(volunteer.id()));
                }
                if (shift.getVolunteer() != null) {
                    prior.merge(shift.getVolunteer().id(), (long) shift.getMinutes(), Long::sum);
                }
            }
        }
    }

    /** Who could take the shift at all; shared per kind of shift, so 250,000 shifts do not hold 250,000 lists. */
    static List<Volunteer> candidates(List<Volunteer> volunteers, Shift shift) {
        return volunteers.stream().filter(v -> RosterRules.qualifies(v, shift)).toList();
    }

    /**
     * The start local search improves from: each open shift, in start order, to the next candidate
     * of its kind it fits, each kind's list read from where the last assignment left it. A plain
     * first fit loads the first volunteers of every list to their limits; rotating spreads the
     * load from the start, and finds a fitting volunteer after a few tries rather than hundreds.
     * (Timefold's construction heuristic with an early pick would take "unassigned" first;
     * without one it evaluates every candidate of every shift, longer than the time limit.)
     */
    static void rotatingFirstFit(List<Shift> shifts) {
        var held = new HashMap<Long, List<Shift>>();
        shifts.stream().filter(s -> s.getVolunteer() != null)
                .forEach(s -> held.computeIfAbsent(s.getVolunteer().id(), id -> new ArrayList<>()).add(s));
        var next = new java.util.IdentityHashMap<List<Volunteer>, Integer>();
        for (var shift : shifts.stream().filter(s -> s.getVolunteer() == null && !s.isPublished())
                .sorted(Comparator.comparing(Shift::getStart)).toList()) {
            var candidates = shift.getCandidates();
            var start = next.getOrDefault(candidates, 0);
            for (var i = 0; i < candidates.size(); i++) {
                var at = (start + i) % candidates.size();
                var volunteer = candidates.get(at);
                if (RosterRules.fits(volunteer, held.getOrDefault(volunteer.id(), List.of()), shift)) {
                    shift.setVolunteer(volunteer);
                    held.computeIfAbsent(volunteer.id(), id -> new ArrayList<>()).add(shift);
                    next.put(candidates, at + 1);
                    break;
                }
            }
        }
    }

    /** The greedy first-fit baseline: shifts in start order, each to the first volunteer it fits. */
    public static void firstFit(List<Volunteer> volunteers, List<Shift> shifts) {
        var held = new HashMap<Long, List<Shift>>();
        var volunteersByVenue = volunteers.stream().collect(Collectors.groupingBy(Volunteer::venue));
        shifts.stream().filter(s -> s.getVolunteer() != null)
                .forEach(s -> held.computeIfAbsent(s.getVolunteer().id(), id -> new ArrayList<>()).add(s));
        var ranges = new HashMap<String, List<Volunteer>>();
        for (var shift : shifts.stream().filter(s -> s.getVolunteer() == null).sorted(Comparator.comparing(Shift::getStart)).toList()) {
            var qualified = ranges.computeIfAbsent(shift.getVenue() + "|" + shift.getDay() + "|" + shift.getArea() + "|" + shift.getLanguage()
                    + "|" + shift.getMinimumAge(), kind -> candidates(volunteersByVenue.getOrDefault(shift.getVenue(), List.of()), shift));
            for (var volunteer : qualified) {
                var mine = held.getOrDefault(volunteer.id(), List.of());
                if (RosterRules.fits(volunteer, mine, shift)) {
                    shift.setVolunteer(volunteer);
                    held.computeIfAbsent(volunteer.id(), id -> new ArrayList<>()).add(shift);
                    break;
                }
            }
        }
    }

    /** Standard deviation of hours among the volunteers (those without a shift count as zero). */
    public static double hoursStandardDeviation(List<Volunteer> volunteers, List<Shift> shifts) {
        var minutes = RosterRules.minutesPerVolunteer(volunteers, shifts).values();
        var mean = minutes.stream().mapToDouble(m -> m / 60.0).average().orElse(0);
        return Math.sqrt(minutes.stream().mapToDouble(m -> Math.pow(m / 60.0 - mean, 2)).average().orElse(0));
    }

    @Override
    public void close() {
        manager.close();
    }
}
