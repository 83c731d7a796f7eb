//! The call screen: mood, the coach's next step and why, the open cue
//! cards, who is on the line, the step with what to say, the last note,
//! then the checklist, the gloss, why, what to avoid, the principles and
//! all notes as room allows; from 100 columns the rail of steps beside it.
//! Every size gets the same screen, filled by priority: what an agent needs
//! at a glance comes first.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::cards::{CueCards, cue_cards};
use super::overlay;
use crate::coach::call::{NoteKind, phrasing_in};
use crate::coach::i18n::{I18n, args};
use crate::coach::playbook::step_id;
use crate::coach::playbook::{Pack, Phase, Playbook};
use crate::coach::text;
use crate::listen::ListenState;
use crate::shell::app::CallScreen;
use crate::shell::keymap::{self, Action, Mode};
use crate::shell::ui::{Section, Theme, draw_lines, hint, stack};

/// From this width the rail of steps stands beside the step.
const TWO_PANES: u16 = 100;
/// Width of the rail.
const RAIL: u16 = 30;

/// How much each part matters when rows are short (0 is never left out).
pub(super) mod rank {
    pub const ESSENTIAL: u8 = 0;
    pub const SAY: u8 = 1;
    pub const CUSTOMER: u8 = 1;
    pub const LAST_NOTE: u8 = 2;
    /// Listen mode's talk time: one short line, kept before the cards
    /// below the top one.
    pub const TALK: u8 = 2;
    /// The last part kept whole before the compact forms: the top cue
    /// card (its first line is essential).
    pub const CUE: u8 = 3;
    /// The cards below the top one, a line each.
    pub const MORE_CUES: u8 = 4;
    /// What each speaker said last: the card that it raised matters more.
    pub const SAID: u8 = 5;
    pub const CHECKLIST: u8 = 6;
    pub const GLOSS: u8 = 7;
    pub const WHY: u8 = 8;
    pub const AVOID: u8 = 9;
    pub const PRINCIPLES: u8 = 10;
    pub const MORE_PHRASINGS: u8 = 11;
    /// Why listening hears the voice only (the model file expected): for
    /// a large screen; `?` shows it at any size. The coach comes first.
    pub const VOICE_ONLY_WHY: u8 = 12;
}

/// Draws the call screen and its overlay.
pub fn render(
    screen: &CallScreen,
    playbook: &Playbook,
    i18n: &I18n,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let pack = playbook.pack(i18n.lang());
    let [body, status, footer] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(1), Constraint::Length(1)]).areas(area);
    let main = if area.width >= TWO_PANES {
        // A one-column gap between the rail and the step.
        let [rail, _, main] =
            Layout::horizontal([Constraint::Length(RAIL), Constraint::Length(1), Constraint::Fill(1)])
                .areas(body);
        let (h, w) = (rail.height as usize, rail.width as usize);
        draw_lines(frame, rail, rail_lines(screen, pack, i18n, theme, h, w));
        main
    } else {
        body
    };
    draw_lines(frame, main, step_lines(screen, playbook, pack, i18n, theme, main));
    draw_lines(frame, status, vec![status_line(screen, i18n, theme, status.width as usize)]);
    draw_lines(frame, footer, vec![hint(i18n, Mode::Call, theme, footer.width as usize)]);
    overlay::render(screen, playbook, i18n, theme, frame, area);
}

/// " (en)" after a team step shown in another language than the agent's.
fn shown_from(step: &crate::coach::playbook::Step) -> String {
    step.shown_from.map(|lang| format!(" ({lang})")).unwrap_or_default()
}

/// Lines of wrapped text in one style.
pub(super) fn wrapped(text: &str, w: usize, style: Style) -> Vec<Line<'static>> {
    text::wrap(text, w).into_iter().map(|l| Line::styled(l, style)).collect()
}

/// The top line: mood meter, clock and the step count.
fn header(screen: &CallScreen, i18n: &I18n, theme: &Theme, w: usize) -> Line<'static> {
    let call = screen.call();
    let mood = call.mood();
    let step =
        i18n.t_with("call-step-count", &args!["n" => call.current() + 1, "total" => call.steps().len()]);
    let spans = vec![
        Span::styled(format!("{} ", i18n.t("mood-label")), theme.label()),
        Span::styled(
            format!("{} {mood} {}", text::meter(mood), i18n.t(&crate::coach::mood::message_id(mood))),
            theme.mood(mood),
        ),
        Span::raw(format!("  ⏱ {}  ", text::clock(screen.session.elapsed()))),
        Span::styled(step, theme.dim()),
    ];
    fit_spans(spans, w)
}

/// Who is on the line: name, ticket and the language of the phrasings;
/// in short panes only the name and the ticket.
fn customer(screen: &CallScreen, i18n: &I18n, theme: &Theme, w: usize) -> Section {
    let (name, ticket) = screen.session.customer();
    let lang = i18n.lang_name(screen.call().customer_lang());
    let who: Vec<&str> = [name, ticket, Some(lang.as_str())].into_iter().flatten().collect();
    let full = i18n.t_with("call-customer-lang", &args!["language" => who.join(" · ")]);
    let short: Vec<&str> = [name, ticket].into_iter().flatten().collect();
    Section::new(rank::CUSTOMER, wrapped(&full, w, theme.dim())).or_compact(wrapped(
        &short.join(" · "),
        w,
        theme.dim(),
    ))
}

/// "★ Next: … (why) →", the coach's advice, wrapped.
fn recommendation(
    screen: &CallScreen,
    pack: &Pack,
    i18n: &I18n,
    theme: &Theme,
    w: usize,
) -> Vec<Line<'static>> {
    let call = screen.call();
    let line = match call.advice() {
        Some(advice) => format!("★ {} →", advice.describe(call, pack, i18n)),
        None => i18n.t("call-no-recommendation"),
    };
    wrapped(&line, w, theme.recommended())
}

/// Listen mode: whether calma is listening (one row that is never left
/// out: the agent must always see it, and that nothing is recorded), then
/// the last words of each speaker, one row each, where there is room (the
/// customer's first: of two rows, the second given back).
fn listening(screen: &CallScreen, i18n: &I18n, theme: &Theme, w: usize) -> Vec<Section> {
    let Some(listening) = &screen.listening else {
        return Vec::new();
    };
    let key = keymap::label_of(Mode::Call, Action::Listen, i18n);
    let (line, style) = match &listening.state {
        ListenState::Starting => (i18n.t("listen-starting"), theme.dim()),
        ListenState::On if listening.keep_transcript => {
            (i18n.t_with("listen-on-kept", &args!["key" => key]), theme.warn())
        }
        ListenState::On if listening.voice_only.is_some() => {
            (i18n.t_with("listen-on-voice", &args!["key" => key]), theme.recommended())
        }
        ListenState::On => (i18n.t_with("listen-on", &args!["key" => key]), theme.recommended()),
        ListenState::Paused => (i18n.t_with("listen-paused", &args!["key" => key]), theme.dim()),
        ListenState::Stopped(why) => {
            (i18n.t_with("listen-stopped", &args!["reason" => why.clone()]), theme.warn())
        }
        ListenState::Lost(side, why) => (crate::listen::lost(*side, why, i18n), theme.warn()),
    };
    let mut sections = vec![Section::new(rank::ESSENTIAL, vec![Line::styled(fit(&line, w), style)])];
    // Voice only: why (the model file expected, whole, and what to do),
    // wrapped, where there is room left when the coach is all shown.
    if listening.state == ListenState::On
        && let Some(why) = &listening.voice_only
    {
        sections.push(Section::new(rank::VOICE_ONLY_WHY, wrapped(why, w, theme.dim())));
    }
    // A model weak in the customer's language (said until something is
    // heard), and listening that fell behind (said for the rest of the call).
    if let Some(line) = listening.weak_model_line(screen.call().customer_lang(), i18n) {
        sections.push(Section::new(rank::TALK, wrapped(&line, w, theme.warn())));
    }
    if listening.behind {
        sections.push(Section::new(rank::TALK, wrapped(&i18n.t("listen-behind"), w, theme.warn())));
    }
    if let Some(talk) = listening.talk() {
        let line = talk.line(i18n);
        sections.push(Section::new(rank::TALK, vec![Line::styled(fit(&line, w), theme.dim())]));
    }
    for (id, text) in [("listen-agent", &listening.agent), ("listen-customer", &listening.customer)] {
        let said = text.iter().map(|text| {
            let line = i18n.t_with(id, &args!["text" => text.clone()]);
            Line::styled(text::cut(&line, w), theme.dim())
        });
        sections.push(Section::new(rank::SAID, said.collect()));
    }
    sections
}

/// A line of parts (`a · b · c`) too narrow for the screen: its last
/// parts go whole (the key is in the help), never "nothing is recorded"
/// cut mid-word.
fn fit(line: &str, w: usize) -> String {
    let mut line = line;
    while text::width(line) > w
        && let Some((head, _)) = line.rsplit_once(" · ")
        && head.contains(" · ")
    {
        line = head;
    }
    text::cut(line, w)
}

/// The step pane, as sections by priority, stacked to fit: the phrasing
/// whole where it fits; where it would be left out (a card and the
/// listening line take rows at 40×12), as many of its first lines as fit,
/// ending in "…".
fn step_lines(
    screen: &CallScreen,
    playbook: &Playbook,
    pack: &Pack,
    i18n: &I18n,
    theme: &Theme,
    area: Rect,
) -> Vec<Line<'static>> {
    let (w, height) = (area.width as usize, area.height as usize);
    let Some(step) = pack.step(&screen.call().current_step().id) else {
        return Vec::new();
    };
    let pane = StepPane { screen, playbook, pack, step, i18n, theme, w };
    let stacked = |cut: Option<usize>| {
        let parts = pane.parts(cut);
        let lines = stack(parts.sections, height, rank::CUE);
        let said = lines.iter().any(|l| parts.said.contains(l));
        (lines, parts.cards, said, parts.say_rows)
    };
    let (mut lines, mut cards, said, rows) = stacked(None);
    if !said && let Some(cut) = (1..rows).rev().map(|r| stacked(Some(r))).find(|(_, _, said, _)| *said) {
        (lines, cards) = (cut.0, cut.1);
    }
    cards.mark_cut(&mut lines);
    // The older notes fill what room is left, newest last, below the rest.
    lines.extend(older_notes(screen, i18n, theme, w, height.saturating_sub(lines.len())));
    lines
}

/// The step pane's parts, before they are stacked.
struct Parts {
    sections: Vec<Section>,
    cards: CueCards,
    /// The first line of each form of the phrasing: whether it is shown.
    said: Vec<Line<'static>>,
    /// The rows of the phrasing alone.
    say_rows: usize,
}

/// What the step pane is drawn from.
struct StepPane<'a> {
    screen: &'a CallScreen,
    playbook: &'a Playbook,
    pack: &'a Pack,
    step: &'a crate::coach::playbook::Step,
    i18n: &'a I18n,
    theme: &'a Theme,
    w: usize,
}

impl StepPane<'_> {
    /// The pane's parts by priority; `cut` gives the phrasing one more
    /// form, its first lines, this many.
    fn parts(&self, cut: Option<usize>) -> Parts {
        let StepPane { screen, playbook, pack, step, i18n, theme, w } = *self;
        let call = screen.call();
        let mut cards = cue_cards(screen, pack, i18n, theme, w);
        let mut sections = vec![
            Section::new(rank::ESSENTIAL, vec![header(screen, i18n, theme, w)]),
            Section::new(rank::ESSENTIAL, recommendation(screen, pack, i18n, theme, w)),
        ];
        sections.append(&mut cards.sections);
        sections.extend(listening(screen, i18n, theme, w));
        sections.extend([
            customer(screen, i18n, theme, w),
            Section::new(
                rank::ESSENTIAL,
                wrapped(&format!("▶ {}{}", step.title, shown_from(step)), w, theme.title()),
            ),
        ]);
        if step.id == step_id::PAUSE
            && let Some(time) = screen.session.update_promised_by()
        {
            let line = i18n.t_with("call-update-by", &args!["time" => time.to_string()]);
            sections.push(Section::new(rank::SAY, wrapped(&line, w, theme.recommended())));
        }

        let customer_lang = call.customer_lang();
        let phrasing = phrasing_in(call, playbook, customer_lang).unwrap_or_default();
        let phrasings = playbook.pack(customer_lang).step(&step.id).map_or(&[][..], |s| &s.phrasings[..]);
        let count = phrasings.len();
        let say_head = format!(
            "{} {}",
            i18n.t("call-say"),
            i18n.t_with(
                "call-phrasing-count",
                &args!["n" => call.phrasing() % count.max(1) + 1, "total" => count]
            )
        );
        let quoted = customer_lang.quote(phrasing);
        let mut say = vec![Line::styled(text::cut(&say_head, w), theme.label())];
        say.extend(
            text::wrap(&quoted, w.saturating_sub(2))
                .into_iter()
                .map(|l| Line::styled(format!("  {l}"), theme.say())),
        );
        // Short panes: the phrasing alone, its quotes say what it is.
        let alone = wrapped(&quoted, w, theme.say());
        let mut said: Vec<Line<'static>> =
            [say.get(1), alone.first()].into_iter().flatten().cloned().collect();
        let say_rows = alone.len();
        let mut say = Section::new(rank::SAY, say).or_compact(alone);
        if let Some(rows) = cut {
            let start = text::wrap(&quoted, w.saturating_sub(1));
            let rows = rows.clamp(1, start.len());
            let mut lines: Vec<Line<'static>> =
                start[..rows - 1].iter().map(|l| Line::styled(l.clone(), theme.say())).collect();
            lines.push(Line::styled(format!("{}…", start[rows - 1]), theme.say()));
            said.extend(lines.first().cloned());
            say = say.or_compact(lines);
        }
        sections.push(say);
        if customer_lang != i18n.lang()
            && let Some(gloss) = phrasing_in(call, playbook, i18n.lang())
        {
            let line = format!("≈ {}: {gloss}", i18n.t("call-gloss"));
            sections.push(Section::new(rank::GLOSS, wrapped(&line, w, theme.dim())));
        }
        sections.push(last_note(screen, i18n, theme, w));

        sections.push(Section::gap());
        sections.push(Section::new(rank::CHECKLIST, checklist(screen, step, i18n, theme, w)));
        sections.push(Section::new(rank::WHY, wrapped(&step.why, w, theme.dim())));

        let mut avoid = vec![Line::styled(i18n.t("call-avoid"), theme.label())];
        for a in &step.avoid {
            avoid.extend(wrapped(&format!("✗ {a}"), w, theme.warn()));
        }
        sections.push(Section::gap());
        sections.push(Section::new(rank::AVOID, avoid));

        let principles: Vec<&str> = pack.principles.iter().map(|p| p.text.as_str()).collect();
        let always = format!("{}: {}", i18n.t("call-principles"), principles.join(" · "));
        sections.push(Section::new(rank::PRINCIPLES, wrapped(&always, w, theme.dim())));

        // A large pane shows every phrasing of the step, to pick from.
        let mut others: Vec<Line<'static>> = vec![Line::styled(i18n.t("call-say-more"), theme.label())];
        others.extend((1..count).map(|k| &phrasings[(call.phrasing() + k) % count]).flat_map(|p| {
            text::wrap(&customer_lang.quote(p), w.saturating_sub(2))
                .into_iter()
                .map(|l| Line::styled(format!("  {l}"), theme.dim()))
        }));
        if count > 1 {
            sections.push(Section::gap());
            sections.push(Section::new(rank::MORE_PHRASINGS, others));
        }

        Parts { sections, cards, said, say_rows }
    }
}

/// The checklist with the cursor and the ticks.
fn checklist(
    screen: &CallScreen,
    step: &crate::coach::playbook::Step,
    i18n: &I18n,
    theme: &Theme,
    w: usize,
) -> Vec<Line<'static>> {
    let call = screen.call();
    let mut lines = vec![Line::styled(i18n.t("call-checklist"), theme.label())];
    for (i, item) in step.checklist.iter().enumerate() {
        let cursor = if i == call.item() { "›" } else { " " };
        let ticked = call.is_ticked(call.current(), i);
        let tick = if ticked { "[x]" } else { "[ ]" };
        let style = if ticked { theme.done() } else { Style::new() };
        // A tick made by listen mode says so: the agent can untick it.
        let item = if call.is_heard(call.current(), i) {
            format!("{item} · {}", i18n.t("call-heard"))
        } else {
            item.clone()
        };
        for (j, l) in text::wrap(&item, w.saturating_sub(6)).into_iter().enumerate() {
            let lead = if j == 0 { format!("{cursor} {tick} ") } else { "      ".into() };
            let line = Line::from(vec![Span::raw(lead), Span::styled(l, style)]);
            lines.push(if i == call.item() && j == 0 { line.patch_style(theme.selected()) } else { line });
        }
    }
    lines
}

/// One note as a line or more: `• 00:42 Promise: call back at 10`.
fn note_lines(note: &crate::coach::call::Note, i18n: &I18n, w: usize) -> Vec<Line<'static>> {
    let kind = match note.kind {
        NoteKind::Note => i18n.t("call-note-prefix"),
        NoteKind::Promise => i18n.t("call-promise-prefix"),
    };
    text::wrap(&format!("• {} {kind}: {}", text::clock(note.at), note.text), w)
        .into_iter()
        .map(Line::raw)
        .collect()
}

/// The notes heading and the newest note (or how to add one); in short
/// panes the newest note alone.
fn last_note(screen: &CallScreen, i18n: &I18n, theme: &Theme, w: usize) -> Section {
    let notes = screen.call().notes();
    let mut lines = vec![Line::styled(i18n.t("call-notes"), theme.label())];
    let (mut alone, mut one_row) = (Vec::new(), Vec::new());
    if let Some(note) = notes.last() {
        alone = note_lines(note, i18n, w);
        // The shortest form: the note's start, ending at a word.
        one_row = match note_lines(note, i18n, w.saturating_sub(1)).into_iter().next() {
            Some(first) if alone.len() > 1 => vec![Line::raw(format!("{first}…"))],
            _ => alone.clone(),
        };
        lines.extend(alone.clone());
    }
    match notes.last() {
        Some(_) => {}
        None => {
            let keys = args![
                "note" => keymap::label_of(Mode::Call, Action::Note, i18n),
                "promise" => keymap::label_of(Mode::Call, Action::Promise, i18n)
            ];
            lines.extend(wrapped(&i18n.t_with("call-no-notes", &keys), w, theme.dim()));
        }
    }
    Section::new(rank::LAST_NOTE, lines).or_compact(alone).or_compact(one_row)
}

/// The notes before the newest, newest last, in at most `rows` rows; a
/// first line says how many more there are when not all fit.
fn older_notes(screen: &CallScreen, i18n: &I18n, theme: &Theme, w: usize, rows: usize) -> Vec<Line<'static>> {
    let notes = screen.call().notes();
    let older = &notes[..notes.len().saturating_sub(1)];
    if older.is_empty() || rows < 2 {
        return Vec::new();
    }
    let mut shown: Vec<Line<'static>> = Vec::new();
    let mut hidden = older.len();
    for note in older.iter().rev() {
        let lines = note_lines(note, i18n, w);
        // Keep a row for the "+N more" line while some stay hidden.
        let reserve = usize::from(hidden > 1);
        if shown.len() + lines.len() + reserve + 1 > rows {
            break;
        }
        shown.splice(0..0, lines);
        hidden -= 1;
    }
    let mut out = vec![Line::styled(i18n.t("call-earlier-notes"), theme.label())];
    if hidden > 0 {
        out.push(Line::styled(
            text::cut(&i18n.t_with("call-more-notes", &args!["count" => hidden]), w),
            theme.dim(),
        ));
    }
    out.extend(shown);
    out.truncate(rows);
    out
}

/// The rail: phases and their steps, with ✓ done, ▶ current, ★ recommended.
fn rail_lines(
    screen: &CallScreen,
    pack: &Pack,
    i18n: &I18n,
    theme: &Theme,
    height: usize,
    w: usize,
) -> Vec<Line<'static>> {
    let call = screen.call();
    let recommended = call.recommended();
    let mut lines = Vec::new();
    let mut current_line = 0;
    for phase in Phase::ALL {
        let steps: Vec<(usize, &str)> = call
            .steps()
            .iter()
            .enumerate()
            .filter(|(_, s)| s.phase == phase)
            .map(|(i, s)| (i, s.id.as_str()))
            .collect();
        if steps.is_empty() {
            continue;
        }
        lines.push(Line::styled(text::cut(&i18n.t(phase.message_id()), w), theme.label()));
        for (i, id) in steps {
            let title = pack.step(id).map_or(id, |s| s.title.as_str());
            let (mark, style) = if i == call.current() {
                current_line = lines.len();
                ("▶", theme.selected())
            } else if Some(i) == recommended {
                ("★", theme.recommended())
            } else if call.is_done(i) {
                ("✓", theme.done())
            } else {
                (" ", ratatui::style::Style::new())
            };
            lines.push(Line::styled(text::cut(&format!(" {mark} {title}"), w), style));
        }
    }
    // Scroll so that the current step stays in view.
    let start =
        current_line.saturating_sub(height.saturating_sub(1) / 2).min(lines.len().saturating_sub(height));
    lines.into_iter().skip(start).take(height).collect()
}

/// The status line: the last confirmation, or the recommendation's key.
fn status_line(screen: &CallScreen, i18n: &I18n, theme: &Theme, w: usize) -> Line<'static> {
    match screen.status {
        Some(status) => {
            let message = match status.lang {
                Some(lang) => i18n.t_with(status.id, &args!["language" => i18n.lang_name(lang)]),
                None => i18n.t(status.id),
            };
            Line::styled(text::cut(&message, w), theme.recommended())
        }
        None => Line::default(),
    }
}

/// Spans cut to fit `w` columns in all.
fn fit_spans(spans: Vec<Span<'static>>, w: usize) -> Line<'static> {
    let mut left = w;
    let mut out = Vec::new();
    for span in spans {
        if left == 0 {
            break;
        }
        let content = text::cut(&span.content, left);
        left = left.saturating_sub(text::width(&content));
        out.push(Span::styled(content, span.style));
    }
    Line::from(out)
}
