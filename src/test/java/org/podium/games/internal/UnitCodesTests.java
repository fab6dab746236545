package org.podium.games.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class UnitCodesTests {

    @Test
    void usesTheResultsFeedCodeOfAnEventWhenItHasOne() {
        var codes = new UnitCodes(List.of(new ProgrammeFiles.EventCodeRow("SWM", "Men's 100m Backstroke",
                "SWMM100MBA------------")));

        assertThat(codes.eventPrefix("SWM", "Men's 100m Backstroke", "M")).isEqualTo("SWMM100MBA------------");
        assertThat(codes.derived("SWM", "Men's 100m Backstroke")).isFalse();
    }

    @Test
    void derivesAnEventCodeFromTheNameWithoutGenderWords() {
        var codes = new UnitCodes(List.of());

        assertThat(codes.eventPrefix("ATH", "Men's Marathon", "M")).isEqualTo("ATHMMARATHON----------");
        assertThat(codes.derived("ATH", "Men's Marathon")).isTrue();
    }

    @Test
    void keepsDerivedEventCodesUniqueWhenNamesCollide() {
        var codes = new UnitCodes(List.of());

        var heavy = codes.eventPrefix("WLF", "Men's +102kg", "M");
        var light = codes.eventPrefix("WLF", "Men's 102 kg", "M");

        assertThat(heavy).hasSize(22).isNotEqualTo(light);
        assertThat(light).hasSize(22);
    }

    @Test
    void readsPhaseAndUnitFromTheScheduleLink() {
        assertThat(UnitCodes.linkSegment("/en/paris-2024/results/judo/women--70-kg/8fnl000100--")).isEqualTo("8FNL000100--");
        assertThat(UnitCodes.linkSegment("/en/paris-2024/the-games/ceremonies/opening-ceremony")).isNull();
        assertThat(UnitCodes.linkSegment("")).isNull();
        assertThat(UnitCodes.namesWholePhase("PREL--------")).isTrue();
    }

    @Test
    void namesAPhaseWithoutLinkFromItsName() {
        assertThat(UnitCodes.phaseFromName("Men's Sprint, Semifinals", "Men's Sprint")).isEqualTo("SEMI");
        assertThat(UnitCodes.phaseFromName("Men's Windsurfing Opening Series", "Men's Windsurfing")).isEqualTo("OPEN");
        assertThat(UnitCodes.phaseFromName("", "Opening Ceremony")).isEqualTo("UNIT");
        assertThat(UnitCodes.numberedUnit("SURFMSHORTBRD---------PREL", 3)).endsWith("000300--");
    }
}
