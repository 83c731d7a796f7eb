//! The call screen: the current step, the rail of steps, mood, clock,
//! principles, notes and the key hint.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::{Section, Theme, draw_lines, hint, overlay, stack};
use crate::app::CallScreen;
use crate::call::NoteKind;
use crate::call::phrasing_in;
use crate::i18n::{I18n, args};
use crate::keymap::{self, Action, Mode};
use crate::playbook::{Pack, Phase, Playbook};
use crate::text;

/// From this width the rail of steps stands beside the step.
const TWO_PANES: u16 = 100;
/// From this width (and height) the full step is shown in one column.
const ONE_COLUMN: u16 = 60;
const ONE_COLUMN_HEIGHT: u16 = 12;
/// Width of the rail.
const RAIL: u16 = 30;
/// Notes shown at most.
const NOTES_SHOWN: usize = 3;

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
    if area.width < ONE_COLUMN || area.height < ONE_COLUMN_HEIGHT {
        draw_lines(frame, area, compact(screen, playbook, pack, theme, area));
    } else {
        let main = if area.width >= TWO_PANES {
            // A one-column gap between the rail and the step.
            let [rail, _, main] =
                Layout::horizontal([Constraint::Length(RAIL), Constraint::Length(1), Constraint::Fill(1)])
                    .areas(body);
            draw_lines(
                frame,
                rail,
                rail_lines(screen, pack, i18n, theme, rail.height as usize, rail.width as usize),
            );
            main
        } else {
            body
        };
        draw_lines(frame, main, step_lines(screen, playbook, pack, i18n, theme, main));
        draw_lines(frame, status, vec![status_line(screen, i18n, theme, status.width as usize)]);
        draw_lines(frame, footer, vec![hint(i18n, Mode::Call, theme, footer.width as usize)]);
    }
    overlay::render(screen, i18n, theme, frame, area);
}

/// The smallest layout: the step title and the phrasing only.
fn compact(
    screen: &CallScreen,
    playbook: &Playbook,
    pack: &Pack,
    theme: &Theme,
    area: Rect,
) -> Vec<Line<'static>> {
    let w = area.width as usize;
    let mut lines = vec![Line::styled(text::cut(&format!("▶ {}", title(screen, pack)), w), theme.title())];
    let phrasing = phrasing_in(screen.call(), playbook, screen.call().customer_lang()).unwrap_or_default();
    lines.extend(text::wrap(&format!("“{phrasing}”"), w).into_iter().map(|l| Line::styled(l, theme.say())));
    lines.truncate(area.height as usize);
    lines
}

fn title(screen: &CallScreen, pack: &Pack) -> String {
    pack.step(&screen.call().current_step().id).map(|s| s.title.clone()).unwrap_or_default()
}

/// The top line: step count, mood meter, clock and customer language.
fn header(screen: &CallScreen, i18n: &I18n, theme: &Theme, w: usize) -> Line<'static> {
    let call = screen.call();
    let mood = call.mood();
    let meter = text::meter(mood);
    let step =
        i18n.t_with("call-step-count", &args!["n" => call.current() + 1, "total" => call.steps().len()]);
    let lang = i18n.t_with("call-customer-lang", &args!["language" => call.customer_lang().code()]);
    let spans = vec![
        Span::styled(format!("{} ", i18n.t("mood-label")), theme.label()),
        Span::styled(format!("{meter} {mood} {}", i18n.t(&crate::mood::message_id(mood))), theme.mood(mood)),
        Span::raw(format!("  ⏱ {}  ", text::clock(screen.session.elapsed()))),
        Span::styled(format!("{step}  {lang}"), theme.dim()),
    ];
    fit_spans(spans, w)
}

/// The step pane: title, why, checklist, phrasing, avoid, principles, notes.
fn step_lines(
    screen: &CallScreen,
    playbook: &Playbook,
    pack: &Pack,
    i18n: &I18n,
    theme: &Theme,
    area: Rect,
) -> Vec<Line<'static>> {
    let w = area.width as usize;
    let call = screen.call();
    let Some(step) = pack.step(&call.current_step().id) else {
        return Vec::new();
    };
    let mut sections = vec![Section::new(0, vec![header(screen, i18n, theme, w)])];
    sections.push(Section::new(1, vec![recommendation(screen, pack, i18n, theme, w)]));
    sections
        .push(Section::new(0, vec![Line::styled(text::cut(&format!("▶ {}", step.title), w), theme.title())]));
    if step.id == "pause"
        && let Some(time) = screen.session.update_promised_by()
    {
        let line = i18n.t_with("call-update-by", &args!["time" => time.to_string()]);
        sections.push(Section::new(1, vec![Line::styled(text::cut(&line, w), theme.recommended())]));
    }
    sections.push(Section::new(
        5,
        text::wrap(&step.why, w).into_iter().map(|l| Line::styled(l, theme.dim())).collect(),
    ));

    let mut checklist = vec![Line::styled(i18n.t("call-checklist"), theme.label())];
    for (i, item) in step.checklist.iter().enumerate() {
        let cursor = if i == call.item() { "›" } else { " " };
        let tick = if call.is_ticked(call.current(), i) { "[x]" } else { "[ ]" };
        let style =
            if call.is_ticked(call.current(), i) { theme.done() } else { ratatui::style::Style::new() };
        for (j, l) in text::wrap(item, w.saturating_sub(6)).into_iter().enumerate() {
            let lead = if j == 0 { format!("{cursor} {tick} ") } else { "      ".into() };
            let line = Line::from(vec![Span::raw(lead), Span::styled(l, style)]);
            checklist.push(if i == call.item() && j == 0 {
                line.patch_style(theme.selected())
            } else {
                line
            });
        }
    }
    sections.push(Section::gap());
    sections.push(Section::new(2, checklist));

    let customer = call.customer_lang();
    let phrasing = phrasing_in(call, playbook, customer).unwrap_or_default();
    let count = playbook.pack(customer).step(&step.id).map_or(0, |s| s.phrasings.len());
    let say_head = format!(
        "{} {}",
        i18n.t("call-say"),
        i18n.t_with(
            "call-phrasing-count",
            &args!["n" => call.phrasing() % count.max(1) + 1, "total" => count]
        )
    );
    let mut say = vec![Line::styled(say_head, theme.label())];
    say.extend(
        text::wrap(&format!("“{phrasing}”"), w.saturating_sub(2))
            .into_iter()
            .map(|l| Line::styled(format!("  {l}"), theme.say())),
    );
    sections.push(Section::gap());
    sections.push(Section::new(1, say));
    if customer != i18n.lang()
        && let Some(gloss) = phrasing_in(call, playbook, i18n.lang())
    {
        let line = format!("≈ {}: {gloss}", i18n.t("call-gloss"));
        sections.push(Section::new(3, vec![Line::styled(text::cut(&line, w), theme.dim())]));
    }

    let mut avoid = vec![Line::styled(i18n.t("call-avoid"), theme.label())];
    for a in &step.avoid {
        avoid.extend(text::wrap(&format!("✗ {a}"), w).into_iter().map(|l| Line::styled(l, theme.warn())));
    }
    sections.push(Section::gap());
    sections.push(Section::new(6, avoid));

    let principles: Vec<&str> = pack.principles.iter().map(|p| p.text.as_str()).collect();
    let always = format!("{}: {}", i18n.t("call-principles"), principles.join(" · "));
    sections.push(Section::new(
        7,
        text::wrap(&always, w).into_iter().map(|l| Line::styled(l, theme.dim())).collect(),
    ));

    sections.push(Section::gap());
    sections.push(Section::new(4, notes(screen, i18n, theme, w)));
    stack(sections, area.height as usize)
}

/// "★ Next: … — why", the coach's advice in one line.
fn recommendation(screen: &CallScreen, pack: &Pack, i18n: &I18n, theme: &Theme, w: usize) -> Line<'static> {
    let call = screen.call();
    let line = match call.advice() {
        Some(advice) => format!("★ {} →", advice.describe(call, pack, i18n)),
        None => i18n.t("call-no-recommendation"),
    };
    Line::styled(text::cut(&line, w), theme.recommended())
}

/// The last notes and promises, newest last.
fn notes(screen: &CallScreen, i18n: &I18n, theme: &Theme, w: usize) -> Vec<Line<'static>> {
    let notes = screen.call().notes();
    let mut lines = vec![Line::styled(i18n.t("call-notes"), theme.label())];
    if notes.is_empty() {
        let keys = args![
            "note" => keymap::label_of(Mode::Call, Action::Note, i18n),
            "promise" => keymap::label_of(Mode::Call, Action::Promise, i18n)
        ];
        lines.push(Line::styled(text::cut(&i18n.t_with("call-no-notes", &keys), w), theme.dim()));
    }
    for note in &notes[notes.len().saturating_sub(NOTES_SHOWN)..] {
        let kind = match note.kind {
            NoteKind::Note => i18n.t("call-note-prefix"),
            NoteKind::Promise => i18n.t("call-promise-prefix"),
        };
        lines.push(Line::raw(text::cut(&format!("• {} {kind}: {}", text::clock(note.at), note.text), w)));
    }
    lines
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
