use super::*;

/// The rules of the embedded playbook (tests/content.rs keeps them so).
fn rules() -> Vec<Voice> {
    let rule = |kind, ms, db| Voice { kind, ms, db };
    vec![
        rule(VoiceKind::Interruption, 500, None),
        rule(VoiceKind::RaisedVoice, 2000, Some(6)),
        rule(VoiceKind::CustomerLouder, 60_000, Some(4)),
        rule(VoiceKind::CustomerCalmer, 60_000, Some(4)),
        rule(VoiceKind::Silence, 8000, None),
    ]
}

/// Frames of one channel from parts of (seconds, level in dBFS, or
/// `None` for silence). Speech is not steady: every fourth frame is a
/// quiet one between syllables.
fn frames(parts: &[(f64, Option<f64>)]) -> Vec<Level> {
    let mut out = Vec::new();
    let mut i = 0usize;
    for &(secs, level) in parts {
        let n = (secs / FRAME_SECS).round() as usize;
        for k in 0..n {
            let at = i as f64 * FRAME_SECS;
            let level = level.filter(|_| k % 4 != 3);
            let rms = level.map_or(0.0, |db| 10f64.powf(db / 20.0) as f32);
            out.push(Level { at, rms, loud: level.is_some() });
            i += 1;
        }
    }
    out
}

/// The moments of a call whose channels are fed in odd-sized pieces, in
/// turn, as two threads deliver them.
fn moments(agent: &[(f64, Option<f64>)], customer: Option<&[(f64, Option<f64>)]>) -> Vec<(VoiceKind, f64)> {
    let mut cues = VoiceCues::new(rules(), customer.is_some());
    let (a, c) = (frames(agent), customer.map(frames).unwrap_or_default());
    let mut out = Vec::new();
    let (mut ai, mut ci) = (0, 0);
    while ai < a.len() || ci < c.len() {
        let end = (ai + 7).min(a.len());
        out.extend(cues.push(Speaker::Agent, &a[ai..end]));
        ai = end;
        let end = (ci + 3).min(c.len());
        out.extend(cues.push(Speaker::Customer, &c[ci..end]));
        ci = end;
    }
    out.extend(cues.end(Speaker::Agent));
    out.extend(cues.end(Speaker::Customer));
    out.into_iter().map(|m| (m.kind, (m.at * 10.0).round() / 10.0)).collect()
}

/// A channel: (seconds, level or silence) parts.
type Parts<'a> = &'a [(f64, Option<f64>)];
/// The moments expected: the kind, and its time to a tenth of a second.
type Expected = Vec<(VoiceKind, f64)>;

const SPEECH: Option<f64> = Some(-20.0);
const QUIET: Option<f64> = None;

#[test]
fn talking_over_the_customer_is_an_interruption_but_mm_hm_is_not() {
    use VoiceKind::Interruption;
    let customer: &[(f64, Option<f64>)] = &[(1.0, QUIET), (4.0, SPEECH), (3.0, QUIET)];
    let table: [(&str, Parts, Expected); 5] = [
        (
            "the agent starts 1 s before the end",
            &[(4.0, QUIET), (2.0, SPEECH), (2.0, QUIET)],
            vec![(Interruption, 4.5)],
        ),
        ("a 0.3 s mm-hm over it", &[(3.0, QUIET), (0.3, SPEECH), (4.7, QUIET)], vec![]),
        ("0.4 s, still within the grace", &[(3.0, QUIET), (0.4, SPEECH), (4.6, QUIET)], vec![]),
        ("the agent waits for the end", &[(5.5, QUIET), (2.0, SPEECH), (0.5, QUIET)], vec![]),
        ("the agent spoke first: the customer interrupts", &[(0.5, SPEECH), (7.5, SPEECH)], vec![]),
    ];
    for (what, agent, expected) in table {
        let got: Vec<_> =
            moments(agent, Some(customer)).into_iter().filter(|(k, _)| *k == Interruption).collect();
        assert_eq!(got, expected, "{what}");
    }
    // Without the customer's audio there is nobody to interrupt.
    assert!(moments(&[(4.0, SPEECH)], None).is_empty());
}

#[test]
fn a_voice_raised_above_the_agents_own_level_for_two_seconds() {
    use VoiceKind::RaisedVoice;
    let table: [(&str, Parts, Expected); 5] = [
        (
            "10 dB louder for 3 s",
            &[(5.0, SPEECH), (0.5, QUIET), (3.0, Some(-10.0)), (1.0, QUIET)],
            vec![(RaisedVoice, 8.3)],
        ),
        ("10 dB louder for 1.5 s", &[(5.0, SPEECH), (0.5, QUIET), (1.5, Some(-10.0)), (1.0, QUIET)], vec![]),
        ("4 dB louder for 4 s", &[(5.0, SPEECH), (0.5, QUIET), (4.0, Some(-16.0)), (1.0, QUIET)], vec![]),
        ("a loud voice from the start is the usual one", &[(8.0, Some(-10.0))], vec![]),
        (
            "raised twice, told twice",
            &[
                (5.0, SPEECH),
                (0.5, QUIET),
                (3.0, Some(-10.0)),
                (1.0, QUIET),
                (3.0, Some(-10.0)),
                (1.0, QUIET),
            ],
            vec![(RaisedVoice, 8.3), (RaisedVoice, 11.5)],
        ),
    ];
    for (what, agent, expected) in table {
        assert_eq!(moments(agent, None), expected, "{what}");
    }
}

#[test]
fn the_customers_turns_louder_and_louder_or_quieter_suggest_the_mood() {
    use VoiceKind::{CustomerCalmer, CustomerLouder};
    let turns = |levels: &[f64]| -> Vec<(f64, Option<f64>)> {
        levels.iter().flat_map(|db| [(2.0, Some(*db)), (1.0, QUIET)]).collect()
    };
    // The agent answers in the pauses, briefly, so no silence is due.
    let agent = [(60.0, QUIET)];
    let table: [(&str, Vec<f64>, Expected); 5] = [
        ("louder and louder", vec![-30.0, -26.0, -22.0], vec![(CustomerLouder, 8.3)]),
        ("calmer and calmer", vec![-15.0, -20.0, -25.0, -30.0], vec![(CustomerCalmer, 8.3)]),
        ("steady", vec![-20.0, -21.0, -20.0, -19.0, -20.0], vec![]),
        ("two turns tell nothing", vec![-30.0, -10.0], vec![]),
        ("up a little, not enough", vec![-22.0, -21.0, -20.0], vec![]),
    ];
    for (what, levels, expected) in table {
        let got: Vec<_> = moments(&agent, Some(&turns(&levels)))
            .into_iter()
            .filter(|(k, _)| matches!(k, CustomerLouder | CustomerCalmer))
            .collect();
        assert_eq!(got, expected, "{what}");
    }
    assert_eq!(change(&[1.0, 2.0, 3.0]), Some(2.0));
    assert_eq!(change(&[3.0, 1.0, 2.0, 0.0]).map(|c| c.round()), Some(-2.0));
}

#[test]
fn a_long_silence_after_the_customer_spoke() {
    use VoiceKind::Silence;
    let customer: &[(f64, Option<f64>)] = &[(2.0, SPEECH), (12.0, QUIET)];
    let table: [(&str, Parts, Expected); 3] = [
        ("nobody speaks for 12 s", &[(14.0, QUIET)], vec![(Silence, 10.0)]),
        ("the agent answers after 5 s", &[(7.0, QUIET), (1.0, SPEECH), (6.0, QUIET)], vec![]),
        (
            "the agent answers after 9 s: too late",
            &[(11.0, QUIET), (1.0, SPEECH), (2.0, QUIET)],
            vec![(Silence, 10.0)],
        ),
    ];
    for (what, agent, expected) in table {
        let got: Vec<_> = moments(agent, Some(customer)).into_iter().filter(|(k, _)| *k == Silence).collect();
        assert_eq!(got, expected, "{what}");
    }
}

#[test]
fn talk_time_counts_turns_and_the_listening_steps_apart() {
    let mut cues = VoiceCues::new(rules(), true);
    let agent = frames(&[(2.0, SPEECH), (4.0, QUIET)]);
    let customer = frames(&[(2.0, QUIET), (3.0, SPEECH), (1.0, QUIET)]);
    // The agent's turn before the listening step; the customer's first
    // second before it, the rest on it.
    cues.push(Speaker::Agent, &agent[..100]);
    cues.push(Speaker::Customer, &customer[..100]);
    cues.set_listening(true);
    cues.push(Speaker::Agent, &agent[100..]);
    cues.push(Speaker::Customer, &customer[100..]);
    let talk = cues.talk();
    assert_eq!((talk.agent_secs, talk.customer_secs), (2, 3), "{talk:?}");
    assert_eq!((talk.listening_agent_secs, talk.listening_customer_secs), (0, 2), "{talk:?}");
    assert_eq!(talk.listening_share(), Some(0));
}

#[test]
fn the_end_of_the_call_takes_what_waits_for_the_other_channel() {
    let mut cues = VoiceCues::new(rules(), true);
    // The call ends mid-speech: the agent's frames are 0.9 s ahead of the
    // customer's, who are silent.
    let agent = frames(&[(1.0, QUIET), (3.0, Some(-20.0))]);
    let customer = frames(&[(3.1, QUIET)]);
    cues.push(Speaker::Agent, &agent);
    cues.push(Speaker::Customer, &customer);
    let before = cues.talk().agent_secs;
    cues.flush();
    let talk = cues.talk();
    assert_eq!((before, talk.agent_secs), (2, 3), "{talk:?}");
    // The call goes on (back from the form): the customer's next frames
    // are taken as ever.
    cues.push(Speaker::Customer, &frames(&[(4.0, QUIET), (2.0, SPEECH)])[133..]);
    cues.end(Speaker::Agent);
    assert_eq!(cues.talk().customer_secs, 2, "{:?}", cues.talk());
}

#[test]
fn a_kind_the_playbook_does_not_give_is_off_and_a_channel_waits_for_the_other() {
    let mut cues = VoiceCues::new(Vec::new(), true);
    let agent = frames(&[(4.0, QUIET), (2.0, SPEECH)]);
    let customer = frames(&[(1.0, QUIET), (4.0, SPEECH), (1.0, QUIET)]);
    assert!(cues.push(Speaker::Agent, &agent).is_empty());
    assert_eq!(cues.talk().agent_secs, 0, "nothing taken before the customer's frames come");
    assert!(cues.push(Speaker::Customer, &customer).is_empty(), "no rule, no interruption");
    assert_eq!(cues.talk().agent_secs, 2);
}
