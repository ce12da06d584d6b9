package org.annalist.events;

import org.annalist.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.annalist.testing.Coded.events;
import static org.annalist.testing.Coded.summaries;
import static org.annalist.testing.Coded.summary;
import static org.assertj.core.api.Assertions.assertThat;

/** The coder's behaviour, sentence by sentence, on the real NLP pipeline and the bundled dictionaries. */
class DependencyEventCoderTest {

    @Test
    void activeVoice_subjectActsOnObject() {
        assertThat(summaries("Russia vetoed a United Nations Security Council resolution on Syria."))
                .contains("RUS>IGO:129");
    }

    @Test
    void passiveVoice_byAgentIsTheSource() {
        assertThat(summaries("Iraqi towns were shelled by Iran on Tuesday."))
                .anyMatch(s -> s.startsWith("IRN>IRQ:19"));
    }

    @Test
    void control_threatenToAttack_isAThreatOfForce() {
        assertThat(summaries("Iran threatened to attack Iraq.")).anyMatch(s -> s.startsWith("IRN>IRQ:138"));
    }

    @Test
    void control_refuseToMeet_isARejectionNotAMeeting() {
        List<Event> events = events("The Israeli president refused to meet Jordan's king in Tel Aviv.");
        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.plover().event()).isEqualTo("REJECT"));
    }

    @Test
    void control_askToDo_isAnAppealToTheOneAsked() {
        assertThat(events("France urged Russia to negotiate with Ukraine."))
                .anySatisfy(e -> {
                    assertThat(e.source().code()).isEqualTo("FRA");
                    assertThat(e.target().code()).isEqualTo("RUS");
                    assertThat(e.cameo()).startsWith("02");
                });
    }

    @Test
    void reportedSpeech_saidMust_isADemandOnTheSubject() {
        assertThat(events("Russia said on Tuesday that Sudan must return the helicopter."))
                .anySatisfy(e -> {
                    assertThat(e.source().code()).isEqualTo("RUS");
                    assertThat(e.target().code()).isEqualTo("SDN");
                    assertThat(e.plover().event()).isEqualTo("REQUEST");
                });
    }

    @Test
    void reportedSpeech_reportedEventKeepsItsOwnActors() {
        assertThat(summaries("A UN official said Ethiopia attacked Eritrea."))
                .anyMatch(s -> s.startsWith("ETH>ERI:19")).noneMatch(s -> s.startsWith("IGO>"));
    }

    @Test
    void negation_conflictNotCarriedOut_isNoEvent() {
        assertThat(summaries("Russia did not attack Georgia.")).noneMatch(s -> s.contains(":19"));
    }

    @Test
    void future_visit_isAnIntent() {
        assertThat(events("Germany's foreign minister will visit Albania in June."))
                .anySatisfy(e -> {
                    assertThat(e.source().code()).isEqualTo("DEU");
                    assertThat(e.plover().event()).isEqualTo("AGREE");
                    assertThat(e.evidence().rules()).contains("future");
                });
    }

    @Test
    void counterfactual_wouldHaveCondemned_isNoEvent() {
        assertThat(summaries("Britain would have condemned Syria.")).isEmpty();
    }

    @Test
    void compoundSource_eachStateActsWithNoTarget() {
        assertThat(summaries("Jordan and Britain agreed to hold joint military exercises."))
                .anyMatch(s -> s.startsWith("JOR>-:0")).anyMatch(s -> s.startsWith("GBR>-:0"));
    }

    @Test
    void labellingVerb_withCriticism_isADisapproval() {
        assertThat(summaries("Russian Foreign Minister Sergei Lavrov called the US response \"unlawful\"."))
                .contains("RUS>USA:111");
    }

    @Test
    void copula_isNoEvent() {
        assertThat(summaries("Putin is the leader of Russia.")).isEmpty();
    }

    @Test
    void noActors_noEvent() {
        assertThat(summaries("It was not the first meeting between the two men.")).isEmpty();
    }

    @Test
    void sameTripleTwice_isCodedOnce() {
        List<String> s = summaries("Russia vetoed the Security Council resolution and vetoed the Security Council resolution.");
        assertThat(s.stream().filter(x -> x.equals("RUS>IGO:129"))).hasSize(1);
    }

    @Test
    void evidence_namesTriggerAndPatternEntry() {
        Event veto = events("Russia vetoed a United Nations Security Council resolution.").get(0);
        assertThat(veto.evidence().trigger()).contains("vetoed");
        assertThat(veto.evidence().entry()).startsWith("events/verbs.txt:");
        assertThat(veto.goldstein()).isEqualTo(-5.0);
        assertThat(veto.quadClass()).isEqualTo(3);
    }

    @Test
    void synonym_codesWithItsTriggersPattern_andEvidenceNamesBoth() {
        // "stymie" has no patterns of its own: synonyms.txt gives it those of "block".
        Event stymied = events("Russia stymied a Security Council resolution on Syria.").get(0);
        assertThat(summary(stymied)).isEqualTo("RUS>IGO:129");
        assertThat(stymied.evidence().pattern()).isEqualTo("block resolution (via synonym stymie)");
        assertThat(stymied.evidence().entry()).matches("events/verbs\\.txt:\\d+ via events/synonyms\\.txt:\\d+");
    }

    @Test
    void synonym_bankrollCodesAsFunding() {
        assertThat(summaries("Iran has bankrolled Hezbollah for decades.")).contains("IRN>LBN:071");
    }

    @Test
    void quotationOnItsOwn_speaksForThePersonQuotedLast() {
        List<Event> events = events("Kenya's foreign minister Wanjiru Kamau-Odhiambo criticized Uganda on Monday. "
                + "\"We condemn the Ugandan government.\"");
        assertThat(events).filteredOn(e -> e.sentence() == 1).anySatisfy(e -> {
            assertThat(e.source().code()).isEqualTo("KEN");
            assertThat(e.target().code()).isEqualTo("UGA");
            assertThat(e.cameo()).startsWith("11");
        });
    }

    @Test
    void conjunctWithItsOwnSubject_keepsItsOwnModality() {
        assertThat(summaries("Kenya will not accept the excuses and Kenya condemns Uganda."))
                .anyMatch(s -> s.startsWith("KEN>UGA:11"));
    }

    @Test
    void conditionOfAConditional_isNoEvent() {
        assertThat(summaries("Egypt threatened to cut ties with Sudan unless Khartoum agreed to expel the militants."))
                .anyMatch(s -> s.startsWith("EGY>SDN:13")).noneMatch(s -> s.startsWith("SDN>"));
    }

    @Test
    void contentOfARefusal_didNotHappen() {
        assertThat(events("Serbia refused to allow Hungarian trucks to cross the border and deliver food to refugees."))
                .isNotEmpty().allSatisfy(e -> assertThat(e.plover().event()).isEqualTo("REJECT"));
    }

    @Test
    void contentOfADemandNoun_didNotHappen() {
        assertThat(summaries("Greece rejected the kidnappers' demands to release Turkish prisoners."))
                .noneMatch(s -> s.contains(":084"));
    }

    @Test
    void topicOfTalks_isNotAnEvent() {
        assertThat(events("Ethiopia and Eritrea resumed talks on an Eritrean troop withdrawal from the border."))
                .isNotEmpty().noneSatisfy(e -> assertThat(e.plover().event()).isEqualTo("RETREAT"));
    }

    @Test
    void whatSomeoneIsAccusedOf_isNotReportedAsDone() {
        assertThat(summaries("Ghana accused Togo of attacking its border posts."))
                .anyMatch(s -> s.startsWith("GHA>TGO:11")).noneMatch(s -> s.contains(":19"));
    }

    @Test
    void purposeClause_sharesTheSubjectOfItsVerb() {
        assertThat(summaries("Norway sent experts to Sri Lanka to investigate the bombing."))
                .anyMatch(s -> s.startsWith("NOR>") && s.contains(":09"));
    }

    @Test
    void insistThatWithAFact_isNoDemand() {
        assertThat(summaries("Brazil insisted the protests reflected economic hardship."))
                .noneMatch(s -> s.contains(":10"));
    }

    @Test
    void remindThatMust_isADemandOnTheOneReminded() {
        assertThat(summaries("Japan reminded China that it must respect the agreement."))
                .anyMatch(s -> s.startsWith("JPN>CHN:10"));
    }

    @Test
    void decidedReductionOfRelations_isTheSanction_possibleOneAThreat() {
        assertThat(summaries("Canada announced it will suspend aid to Haiti."))
                .anyMatch(s -> s.startsWith("CAN>HTI:162"));
        assertThat(summaries("Canada may suspend aid to Haiti if the violence continues."))
                .anyMatch(s -> s.startsWith("CAN>HTI:13")).noneMatch(s -> s.contains(":16"));
    }

    @Test
    void passiveWithNoObjectSlot_isItsSubjectsOwnAct() {
        assertThat(summaries("Sudanese militias were engaged in ethnic cleansing in Darfur."))
                .anyMatch(s -> s.startsWith("SDN>") && s.contains(":20"));
    }

    @Test
    void opposedToAnActorsAct_isARejectionOfThatActor() {
        assertThat(summaries("Turkey is opposed to Greek participation in the talks."))
                .anyMatch(s -> s.startsWith("TUR>GRC:12"));
    }

    @Test
    void infinitiveAfterAnObject_belongsToTheSubject_unlessTheVerbPassesItsObjectOn() {
        assertThat(summaries("Norway's foreign minister will visit Kenya and Uganda to mediate in the dispute."))
                .noneMatch(s -> s.startsWith("KEN>") || s.startsWith("UGA>"));
        assertThat(summaries("Egypt asked Israel to withdraw from Gaza."))
                .anyMatch(s -> s.startsWith("EGY>ISR:"));
    }

    @Test
    void purposeOfAnAct_isNotCodedBesideIt() {
        assertThat(summaries("Kenyan teachers began a strike in Nairobi to demand higher pay."))
                .anyMatch(s -> s.contains(":14")).noneMatch(s -> s.contains(":10"));
    }

    @Test
    void quotationOfSeveralSentences_speaksForTheSpeakerNamedWhereItCloses() {
        List<Event> events = events("Kenyan President Uhuru Kenyatta met Ugandan officials on Monday. "
                + "\"We condemn Uganda. We demand an apology,\" Tanzania's foreign minister said.");
        assertThat(events).filteredOn(e -> e.sentence() == 1).anySatisfy(e -> {
            assertThat(e.source().code()).isEqualTo("TZA");
            assertThat(e.target().code()).isEqualTo("UGA");
            assertThat(e.cameo()).startsWith("11");
        });
    }

    @Test
    void talksInACity_haveNoTargetFromThePlace() {
        assertThat(summaries("Brazil's foreign minister held talks in Buenos Aires on Monday."))
                .anyMatch(s -> s.startsWith("BRA>-:04")).noneMatch(s -> s.startsWith("BRA>ARG"));
    }

    @Test
    void dissentWithNoTargetNamed_isAimedAtTheDissentersOwnGovernment() {
        assertThat(summaries("Opposition parties in Kenya staged a general strike on Monday."))
                .anyMatch(s -> s.startsWith("KEN>KEN:14"));
    }

    @Test
    void participleWithAnAgent_isPassive_theAgentActsOnTheNoun() {
        assertThat(summaries("The report counted 300 Burundian civilians killed by Rwandan soldiers."))
                .anyMatch(s -> s.startsWith("RWA>BDI:")).noneMatch(s -> s.startsWith("BDI>RWA:"));
    }

    @Test
    void tellingSomeoneThatSomethingIsSo_isSpeech_notADemand() {
        assertThat(summaries("A Chilean official told Peruvian reporters that the talks went well."))
                .noneMatch(s -> s.contains(":10"));
    }

    @Test
    void releasingAStatement_isNoRelease() {
        assertThat(summaries("In a statement released by the Turkish government, Turkey criticized Greece."))
                .noneMatch(s -> s.contains(":084"));
    }

    @Test
    void callingSomeoneSomething_isALabel_notAnAppeal() {
        assertThat(summaries("The Chilean minister called Peru a partner."))
                .noneMatch(s -> s.contains(":02"));
    }

    @Test
    void aWishWithNothingCodedInside_isNoIntent_aCommitmentIs() {
        assertThat(summaries("Kenya wants its athletes to be respected.")).noneMatch(s -> s.contains(":03"));
        assertThat(summaries("Kenya is committed to opening up its economy.")).anyMatch(s -> s.startsWith("KEN>-:03"));
    }

    @Test
    void shouldHaveDone_isBlame_notADemand() {
        assertThat(summaries("Peru's foreign minister said that Chile should have returned the fishing boats."))
                .anyMatch(s -> s.startsWith("PER>CHL:11")).noneMatch(s -> s.contains(":10"));
    }

    @Test
    void insistingThatSomethingHappened_codesWhatHappened_notADemand() {
        assertThat(summaries("Armenia insisted that Azerbaijani troops had shelled its villages."))
                .noneMatch(s -> s.contains(":10")).anyMatch(s -> s.startsWith("AZE>"));
    }

    @Test
    void urgingSomeoneToSupport_isAnAppeal_notSupport() {
        assertThat(summaries("Germany urged Serbia to support an independent inquiry."))
                .anyMatch(s -> s.startsWith("DEU>SRB:02")).noneMatch(s -> s.contains(":05"));
    }
}
