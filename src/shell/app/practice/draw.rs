//! The practice screens: the scenario list, a turn, the feedback on a
//! pick, and the debrief at the end.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::coach::i18n::{I18n, args};
use crate::coach::playbook::Pack;
use crate::coach::playbook::scenario::{Quality, Scenario};
use crate::coach::practice::{Debrief, Turn, own_feedback};
use crate::coach::text;
use crate::listen::ListenState;
use crate::shell::app::{Context, PracticeScreen, ScenarioList};
use crate::shell::keymap::{self, Action, Mode};
use crate::shell::ui::{Theme, draw_lines, hint};

fn stars(difficulty: u8) -> String {
    (1..=3).map(|d| if d <= difficulty { '★' } else { '☆' }).collect()
}

/// The list of scenarios with difficulty and best score.
pub fn list(cx: &Context, list: &ScenarioList, theme: &Theme, frame: &mut Frame, area: Rect) {
    let i18n = cx.i18n;
    let w = area.width as usize;
    let mut lines = vec![
        Line::styled(text::cut(&i18n.t("practice-title"), w), theme.title()),
        Line::styled(text::cut(&i18n.t("practice-subtitle"), w), theme.dim()),
        Line::default(),
    ];
    let scenarios = cx.playbook.scenarios();
    if scenarios.is_empty() {
        lines.push(Line::raw(i18n.t("practice-none")));
    }
    for (i, s) in scenarios.iter().enumerate() {
        let progress = cx.progress.of(&s.id);
        let best = if progress.attempts == 0 {
            i18n.t("practice-never")
        } else {
            i18n.t_with("practice-best", &args!["percent" => progress.best])
        };
        let marker = if i == list.selected { "›" } else { " " };
        let row =
            text::cut(&format!("{marker} {} {}  ({best})", stars(s.difficulty), s.title.get(i18n.lang())), w);
        lines.push(if i == list.selected { Line::styled(row, theme.selected()) } else { Line::raw(row) });
    }
    let height = area.height as usize;
    // Keep the selected scenario in view.
    let skip = (list.selected + 4).saturating_sub(height.saturating_sub(1));
    let mut lines: Vec<_> = lines.into_iter().skip(skip).take(height.saturating_sub(1)).collect();
    lines.push(hint(i18n, Mode::PracticeList, theme, w));
    draw_lines(frame, area, lines);
}

/// A scenario being played.
pub fn play(cx: &Context, screen: &PracticeScreen, theme: &Theme, frame: &mut Frame, area: Rect) {
    let Some(scenario) = cx.playbook.scenarios().get(screen.scenario) else {
        return;
    };
    let i18n = cx.i18n;
    let ui = i18n.lang();
    let pack = cx.playbook.pack(ui);
    let w = area.width as usize;
    let session = &screen.session;
    let mood = session.moods.last().copied().unwrap_or(crate::coach::mood::START);
    let meter = text::meter(mood);

    let mut top = vec![Line::styled(
        text::cut(&format!("{} {}", stars(scenario.difficulty), scenario.title.get(ui)), w),
        theme.title(),
    )];
    top.push(Line::styled(
        text::cut(
            &format!(
                "{} {meter} {mood} {}",
                i18n.t("mood-label"),
                i18n.t(&crate::coach::mood::message_id(mood))
            ),
            w,
        ),
        theme.mood(mood),
    ));
    let situation: Vec<Line> =
        text::wrap(&format!("{} {}", scenario.situation.get(ui), scenario.persona.get(ui)), w)
            .into_iter()
            .map(|l| Line::styled(l, theme.dim()))
            .collect();

    let bottom = match &session.turn {
        Turn::Choosing(_) if screen.typing.is_some() => typing(screen, i18n, theme, w),
        Turn::Choosing(id) => answers(scenario, id, screen, i18n, theme, w),
        Turn::Feedback(_) => feedback(scenario, screen, pack, i18n, theme, w),
        Turn::Ended(_) => debrief(cx, scenario, screen, pack, theme, w),
    };
    let footer = hint(i18n, screen.mode(), theme, w);

    // The conversation matters more than the situation, once it has begun.
    let height = area.height as usize;
    let talk = conversation(scenario, screen, i18n, theme, w);
    let mut lines = top;
    if lines.len() + situation.len() + talk.len() + bottom.len() < height {
        lines.extend(situation);
    }
    let room = height.saturating_sub(lines.len() + bottom.len() + 1);
    lines.extend(talk[talk.len().saturating_sub(room)..].iter().cloned());
    lines.extend(bottom);
    lines.truncate(height.saturating_sub(1));
    lines.push(footer);
    draw_lines(frame, area, lines);
}

/// The customer's lines and the trainee's answers so far.
fn conversation(
    scenario: &Scenario,
    screen: &PracticeScreen,
    i18n: &I18n,
    theme: &Theme,
    w: usize,
) -> Vec<Line<'static>> {
    let ui = i18n.lang();
    let customer = i18n.t("practice-customer");
    let you = i18n.t("practice-you");
    let mut lines = vec![Line::default()];
    let mut say = |who: &str, what: &str, style| {
        lines.extend(
            text::wrap(&format!("{who}: {}", ui.quote(what)), w).into_iter().map(|l| Line::styled(l, style)),
        );
    };
    for pick in &screen.session.picks {
        let Some(node) = scenario.node(&pick.node) else {
            continue;
        };
        say(&customer, node.customer.get(screen.customer_lang), theme.say());
        if let Some(own) = &pick.own {
            say(&you, &own.text, ratatui::style::Style::new());
        } else if let Some(r) = node.responses.get(pick.response) {
            say(&you, r.text.get(ui), ratatui::style::Style::new());
        }
    }
    if let Turn::Choosing(id) = &screen.session.turn
        && let Some(node) = scenario.node(id)
    {
        say(&customer, node.customer.get(screen.customer_lang), theme.say());
        if screen.customer_lang != ui {
            let gloss = format!("≈ {}", node.customer.get(ui));
            lines.extend(text::wrap(&gloss, w).into_iter().map(|l| Line::styled(l, theme.dim())));
        }
    }
    lines
}

/// The answer being typed in the trainee's own words.
fn typing(screen: &PracticeScreen, i18n: &I18n, theme: &Theme, w: usize) -> Vec<Line<'static>> {
    let mut lines =
        vec![Line::default(), Line::styled(text::cut(&i18n.t("practice-own-prompt"), w), theme.label())];
    if let Some(field) = &screen.typing {
        let mut spans = vec![ratatui::text::Span::raw("› ")];
        spans.extend(crate::shell::ui::field_spans(field, w.saturating_sub(2), true));
        lines.push(Line::from(spans));
    }
    lines
}

/// The numbered responses of a turn.
fn answers(
    scenario: &Scenario,
    id: &str,
    screen: &PracticeScreen,
    i18n: &I18n,
    theme: &Theme,
    w: usize,
) -> Vec<Line<'static>> {
    let mut lines = vec![Line::default(), Line::styled(i18n.t("practice-your-answer"), theme.label())];
    let Some(node) = scenario.node(id) else {
        return lines;
    };
    // In the attempt's order: the numbers are places, as the keys are.
    for (place, i) in screen.session.order(node).into_iter().enumerate() {
        let Some(r) = node.responses.get(i) else {
            continue;
        };
        let selected = place == screen.cursor;
        for (j, l) in text::wrap(r.text.get(i18n.lang()), w.saturating_sub(5)).into_iter().enumerate() {
            let lead = match (j, selected) {
                (0, true) => format!("› {} ", place + 1),
                (0, false) => format!("  {} ", place + 1),
                _ => "    ".into(),
            };
            let line = format!("{lead}{l}");
            lines.push(if selected { Line::styled(line, theme.selected()) } else { Line::raw(line) });
        }
    }
    lines.extend(listening(screen, i18n, theme, w));
    lines
}

/// Listen mode, under the responses: whether the answer may be said out
/// loud now, or why not (wrapped: the reason says what to do).
fn listening(screen: &PracticeScreen, i18n: &I18n, theme: &Theme, w: usize) -> Vec<Line<'static>> {
    let Some(spoken) = screen.spoken.as_ref() else {
        return Vec::new();
    };
    let key = keymap::label_of(Mode::Practice, Action::Listen, i18n);
    let (line, style) = match &spoken.state {
        ListenState::Starting => (i18n.t("listen-starting"), theme.dim()),
        ListenState::On => (i18n.t_with("practice-listen-on", &args!["key" => key]), theme.recommended()),
        ListenState::Paused => (i18n.t_with("listen-paused", &args!["key" => key]), theme.dim()),
        ListenState::Stopped(_) | ListenState::Lost(..) => {
            (spoken.state.stopped(i18n).unwrap_or_default(), theme.warn())
        }
    };
    if matches!(spoken.state, ListenState::Stopped(_) | ListenState::Lost(..)) {
        return text::wrap(&line, w).into_iter().map(|l| Line::styled(l, style)).collect();
    }
    // Too narrow: its last parts go whole (the key is in the help), never
    // "nothing is recorded" cut mid-word.
    let mut line = line.as_str();
    while text::width(line) > w
        && let Some((head, _)) = line.rsplit_once(" · ")
        && head.contains(" · ")
    {
        line = head;
    }
    vec![Line::styled(text::cut(line, w), style)]
}

fn quality_line(quality: Quality, i18n: &I18n, theme: &Theme) -> Line<'static> {
    let style = match quality {
        Quality::Good => theme.done(),
        Quality::Weak => theme.recommended(),
        Quality::Harmful => theme.warn(),
    };
    Line::styled(i18n.t(quality.message_id()), style.add_modifier(ratatui::style::Modifier::BOLD))
}

fn step_title(pack: &Pack, id: &str) -> String {
    pack.step(id).map_or_else(|| id.to_string(), |s| s.title.clone())
}

/// The feedback on the last pick.
fn feedback(
    scenario: &Scenario,
    screen: &PracticeScreen,
    pack: &Pack,
    i18n: &I18n,
    theme: &Theme,
    w: usize,
) -> Vec<Line<'static>> {
    let mut lines = vec![Line::default()];
    let Some(pick) = screen.session.picks.last() else {
        return lines;
    };
    let Some(node) = scenario.node(&pick.node) else {
        return lines;
    };
    lines.push(quality_line(pick.quality, i18n, theme));
    if let Some(own) = &pick.own {
        for line in own_feedback(own, node, pack, i18n) {
            lines.extend(text::wrap(&line, w).into_iter().map(Line::raw));
        }
        return lines;
    }
    let Some(response) = node.responses.get(pick.response) else {
        return lines;
    };
    lines.extend(text::wrap(response.feedback.get(i18n.lang()), w).into_iter().map(Line::raw));
    let step = i18n.t_with("practice-step", &args!["step" => step_title(pack, &pick.step)]);
    lines.push(Line::styled(text::cut(&step, w), theme.label()));
    lines
}

/// The debrief: score, pass mark, steps applied and missed with the
/// playbook's own text, the mood curve and the progress.
fn debrief(
    cx: &Context,
    scenario: &Scenario,
    screen: &PracticeScreen,
    pack: &Pack,
    theme: &Theme,
    w: usize,
) -> Vec<Line<'static>> {
    let i18n = cx.i18n;
    let debrief = Debrief::of(scenario, &screen.session, pack, i18n.lang());
    let mut lines = vec![Line::default()];
    if let Some(ending) = &debrief.ending {
        lines.extend(text::wrap(ending, w).into_iter().map(|l| Line::styled(l, theme.say())));
    }
    lines.push(Line::styled(
        text::cut(
            &format!(
                "{} — {}",
                i18n.t_with("practice-score", &args!["percent" => debrief.percent]),
                i18n.t_with(debrief.verdict_id(), &args!["mark" => debrief.pass_mark])
            ),
            w,
        ),
        if debrief.passed { theme.done() } else { theme.warn() },
    ));
    if !debrief.applied.is_empty() {
        let titles: Vec<&str> = debrief.applied.iter().map(|s| s.title.as_str()).collect();
        let line = format!("✓ {}: {}", i18n.t("practice-applied"), titles.join(" · "));
        lines.extend(text::wrap(&line, w).into_iter().map(|l| Line::styled(l, theme.done())));
    }
    // What was missed gets the playbook's own words: that is the lesson.
    if !debrief.missed.is_empty() {
        lines.push(Line::styled(i18n.t("practice-missed"), theme.label()));
    }
    for step in &debrief.missed {
        let line = format!("✗ {}: {}", step.title, step.why);
        lines.extend(text::wrap(&line, w).into_iter().map(|l| Line::styled(l, theme.warn())));
    }
    for step in &debrief.mixed {
        let line = format!("± {}: {} — {}", i18n.t("practice-mixed"), step.title, step.why);
        lines.extend(text::wrap(&line, w).into_iter().map(|l| Line::styled(l, theme.recommended())));
    }
    if let Some(next) = debrief.missed.first().or(debrief.mixed.first()) {
        let line = i18n.t_with("practice-next", &args!["step" => next.title.clone()]);
        lines.push(Line::styled(text::cut(&line, w), theme.recommended()));
    }
    for (id, steps, style) in [
        ("practice-own-hit", &debrief.own_hit, theme.done()),
        ("practice-own-missed", &debrief.own_missed, theme.warn()),
    ] {
        if !steps.is_empty() {
            let titles: Vec<&str> = steps.iter().map(|s| s.title.as_str()).collect();
            let line = i18n.t_with(id, &args!["steps" => titles.join(" · ")]);
            lines.extend(text::wrap(&line, w).into_iter().map(|l| Line::styled(l, style)));
        }
    }
    lines.push(Line::raw(text::cut(&i18n.t_with("practice-mood", &args!["curve" => debrief.curve]), w)));
    let seed = i18n.t_with("practice-seed", &args!["value" => debrief.seed.to_string()]);
    lines.push(Line::styled(text::cut(&seed, w), theme.dim()));
    let progress = cx.progress.of(&scenario.id);
    if progress.attempts > 0 {
        let saved =
            i18n.t_with("practice-saved", &args!["attempts" => progress.attempts, "best" => progress.best]);
        lines.push(Line::styled(text::cut(&saved, w), theme.dim()));
    }
    if progress.own_words.attempts > 0 {
        let own = &progress.own_words;
        let saved = i18n.t_with("practice-saved-own", &args!["attempts" => own.attempts, "best" => own.best]);
        lines.push(Line::styled(text::cut(&saved, w), theme.dim()));
    }
    lines
}
