package org.podium.transport.internal.cars;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Dispatches the car pool with Timefold's vehicle routing (a list variable per car, arrival times
 * as declarative shadow variables), wired by hand as the workforce roster is (no Spring Boot 4
 * starter). The solver starts from the on-time nearest-car plan, so the plan is free of hard
 * breaches from the first second, then local search serves what the greedy pass could not and
 * cuts driving. Rides under way are pinned on their cars.
 */
public class DispatchPlanner {

    /** What one run did: the final score, how long it took, and when the plan first had no hard breach. */
    public record Outcome(HardMediumSoftScore score, Duration spent, @Nullable Duration toFeasible) {}

    private final SolverFactory<Dispatch> factory;
    private final SolutionManager<Dispatch, HardMediumSoftScore> solutions;

    public DispatchPlanner(Duration unimprovedLimit, Duration spentLimit) {
        this.factory = SolverFactory.create(config(unimprovedLimit, spentLimit));
        this.solutions = SolutionManager.create(factory);
    }

    public static SolverConfig config(Duration unimprovedLimit, Duration spentLimit) {
        return new SolverConfig()
                .withSolutionClass(Dispatch.class)
                .withEntityClasses(Car.class, Ride.class)
                .withConstraintProviderClass(DispatchConstraints.class)
                .withPhases(new LocalSearchPhaseConfig().withTerminationConfig(new TerminationConfig()
                        .withUnimprovedSpentLimit(unimprovedLimit)
                        .withSpentLimit(spentLimit)));
    }

    /** Plans the rides not under way; returns the solved plan (a copy: the cars of {@code dispatch} are not touched). */
    public Solved plan(Dispatch dispatch) {
        var started = System.nanoTime();
        NearestCar.dispatch(dispatch, true);
        var feasibleAt = new AtomicLong(-1);
        if (solutions.update(dispatch).hardScore() == 0) {
            feasibleAt.set(System.nanoTime());
        }
        var solver = factory.buildSolver();
        solver.addEventListener(event -> {
            if (((HardMediumSoftScore) event.getNewBestScore()).hardScore() == 0) {
                feasibleAt.compareAndSet(-1, System.nanoTime());
            }
        });
        var best = solver.solve(dispatch);
        var spent = Duration.ofNanos(System.nanoTime() - started);
        var toFeasible = feasibleAt.get() < 0 ? null : Duration.ofNanos(feasibleAt.get() - started);
        return new Solved(best, new Outcome(best.getScore(), spent, toFeasible));
    }

    public record Solved(Dispatch plan, Outcome outcome) {}

    /** The solver's own score of a plan as it stands. */
    public HardMediumSoftScore score(Dispatch dispatch) {
        return solutions.update(dispatch);
    }
}
