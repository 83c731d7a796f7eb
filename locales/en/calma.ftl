# calma — English UI strings (the fallback language).
# Every message here must exist in every locale (a test checks it).

## Languages, by code (shown in the language picker and the call header)
lang-pt = Portuguese (Brazil)
lang-es = Spanish
lang-it = Italian
lang-hr = Croatian
lang-en = English

## Errors on the command line: one clear line each
error-unknown-lang = Unknown language “{ $lang }”. Supported languages: { $supported }.
error-not-a-terminal = calma needs an interactive terminal; run it directly in a terminal, not through a pipe.
error-terminal = The terminal could not be set up: { $reason }
error-output = The output could not be written: { $reason }
error-playbook = The playbook has { $count ->
        [one] one error
       *[other] { $count } errors
    }:
error-export-dir = Could not write the playbook to { $dir }: { $reason }

## playbook check / export
check-ok = Playbook OK: { $languages } languages, { $steps } steps, { $principles } principles (version { $version }).
export-done = Wrote { $count } playbook files to { $dir }.

## Home screen
home-title = calma — a calm coach for difficult calls
home-subtitle = Choose an item, or press its letter.
home-call = Start a live call
home-language = Language: { $language }
home-quit = Quit

## Phases of a call
phase-open = Open
phase-listen = Listen
phase-resolve = Resolve
phase-boundary = Boundaries
phase-escalate = Escalate
phase-close = Close
phase-after = After the call

## Customer mood, 1 to 5
mood-label = Mood
mood-1 = calm
mood-2 = tense
mood-3 = upset
mood-4 = angry
mood-5 = hostile

## Call screen
call-step-count = Step { $n } of { $total }
call-why = Why
call-checklist = Checklist
call-say = Say
call-say-more = Or say
call-phrasing-count = { $n }/{ $total }
call-gloss = Meaning
call-avoid = Avoid
call-principles = Always
call-notes = Notes
call-no-notes = No notes yet: { $note } adds a note, { $promise } a promise.
call-recommended = Next: { $step }
call-no-recommendation = Next: your choice
call-time = Time
call-customer-lang = Customer: { $language }
call-note-prefix = Note
call-promise-prefix = Promise
call-enlarge = Enlarge the terminal

## Rail marks (also explained in the help overlay)
mark-done = done
mark-current = current
mark-recommended = recommended

## Inputs and confirmations
input-note = Note:
input-promise = Promise:
confirm-quit = End the call?
key-yes-letter = y
status-copied = Phrasing sent to the terminal clipboard.
status-note-saved = Note saved.
status-promise-saved = Promise saved.
status-lang = Phrasings now in { $language }.
status-abusive = Abusive behavior: set a firm limit.
status-escalate = Escalating: get support.
status-resolved = Resolved: close the call.
status-cancelled = Canceled.
status-not-saved = Not saved: nothing was changed. Try again.

## Help overlay
help-title = Keys
help-marks = Marks: ✓ done · ▶ current · ★ recommended

## One line per action (help overlay and footer)
key-next = next (recommended) step
key-previous = previous step
key-step-down = move down the rail
key-step-up = move up the rail
key-item-down = next checklist item
key-item-up = previous checklist item
key-tick = tick or clear the item
key-phrasing = next phrasing
key-copy = copy the phrasing
key-mood-up = mood up
key-mood-down = mood down
key-abusive = abusive: set limits
key-escalate = escalate
key-resolved = resolved: close
key-note = add a note
key-promise = add a promise
key-lang = switch customer language
key-help = help
key-cancel = close / cancel
key-end = end the call
key-force-quit = quit at once (nothing is lost)
key-confirm = confirm
key-menu-down = move down
key-menu-up = move up
key-menu-choose = choose

## End of call summary
summary-title = Call ended
summary-duration = Duration: { $duration }
# A call's length is said in words, minutes then seconds ("2 minutes 5 seconds").
seconds-count = { $count ->
        [one] { $count } second
       *[other] { $count } seconds
    }
summary-steps = Steps done: { $done } of { $total }
summary-mood = Mood over the call: { $curve }
summary-notes = { $count ->
        [one] { $count } note
       *[other] { $count } notes
    }
summary-promises = { $count ->
        [one] { $count } promise
       *[other] { $count } promises
    }

## Counts shown in lists
notes-count = { $count ->
        [one] { $count } note
       *[other] { $count } notes
    }
minutes-count = { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }

## Short words of the one-line key hint
hint-next = next
hint-tick = tick
hint-phrasing = phrasing
hint-note = note
hint-help = all keys
hint-end = end call
hint-close = close
hint-confirm = yes
hint-cancel = no
hint-choose = choose

## Call records: errors and warnings
error-data-dir = Cannot use the data directory { $dir }: { $reason }. Choose another with --data-dir or CALMA_DATA_DIR.
warning-lang-not-saved = The language could not be kept in { $file }: { $reason }
error-config = The settings file { $place } has a problem: { $reason } Correct or delete that line.
config-unknown-key = “{ $key }” is not a setting (settings: { $known }).
config-not-text = “{ $key }” needs text in double quotes.
config-not-bool = “{ $key }” needs true or false.
config-not-utf8 = a byte there is not UTF-8 text (save the file as UTF-8).
config-bad-lang = “{ $value }” is not a language calma speaks ({ $supported }).
config-bad-theme = “{ $value }” is not a theme ({ $themes }).
error-journal = Notes are NOT being saved: { $reason }
error-save = The record could not be saved: { $reason }. Press { $enter } to try again.
error-save-kept = The record could not be saved: { $reason }. The call is kept and will be offered for recovery.
error-call-start = The call could not be started: { $reason }. Nothing was saved yet: make room on the disk, or pick another directory with --data-dir, then start the call again.
error-no-record = No call record “{ $id }”. Run calma history to see the IDs.
error-all-needs-jsonl = --all goes with --format jsonl (one record per line), and --format jsonl with --all.
error-copy-needs-terminal = --copy sends the text through the terminal, but the output is not a terminal; leave out --copy to print it.
export-copied = Sent to the clipboard through the terminal: paste it into the ticket. (Needs OSC 52; in tmux: set -g set-clipboard on.)
error-no-follow-up = Call “{ $id }” has no follow-up to mark done.
error-call-open-elsewhere = Call “{ $id }” is open in another calma window; nothing was changed here.
error-call-taken = Call “{ $id }” was just filed or resumed in another calma window; nothing was changed here.
warning-skipped = skipped { $what }
warning-removed = removed a leftover file: { $what }

## Recovery of an interrupted call
recover-title = An interrupted call was found
recover-details = Started { $started } · { $notes ->
        [one] { $notes } note
       *[other] { $notes } notes
    }

## Documentation form at the end of a call
form-title = Document the call
form-outcome = Outcome
form-summary = Summary
form-promises = Promises made
form-no-promises = No promises.
form-follow-up = Follow-up date
form-follow-up-help = { $today }, +3d, today or tomorrow; empty for none
form-bad-date = Not a date: write { $today }, +3d, today or tomorrow.
form-past-date = { $date } has already gone by: write today, { $today }, or a later day.
# The summary drafted from the call: sentences joined by a space.
wrap-wanted = Customer wanted: { $note }.
wrap-escalated = Escalated.
wrap-paused = Call paused, update promised.
wrap-paused-until = Call paused, update promised by { $time }.
wrap-resolved = Resolved on the call.
wrap-let-go = Call ended after repeated abuse.
wrap-promised = Promised: { $promises }.
date-today = today
date-tomorrow = tomorrow
outcome-resolved = Resolved
outcome-escalated = Escalated
outcome-paused = Paused
outcome-unresolved = Unresolved
outcome-let-go = Let go
summary-saved = Saved to { $path }

## calma history
history-empty = No calls recorded yet.
records-damaged = { $count ->
        [one] 1 damaged file skipped or read in part: { $what }
       *[other] { $count } damaged files skipped or read in part, the first: { $what }
    }
history-date = Date
history-duration = Duration
history-customer = Customer / ticket
history-outcome = Outcome
history-notes = Notes
history-promises = Promises
history-status = Status
history-id = ID
status-complete = complete
status-interrupted = interrupted
status-live = live

## calma followups
followups-empty = No follow-ups.
followups-none-due = Nothing due today or overdue.
followups-upcoming = { $count ->
    [one] One follow-up is coming up, on { $next }.
   *[other] { $count } follow-ups are coming up, the next on { $next }.
}
home-followups = Follow-ups to do
followups-title = Follow-ups still open, overdue first
followups-marking = Marking the follow-up of { $id } done…
followups-marked = Follow-up of { $id } marked done: it leaves the list and the calendar.
followups-note = How did it go? (Enter to skip)
followups-reopened = Follow-up of { $id } open again: it is back in the list and the calendar.
followups-nothing-to-undo = Nothing to undo: no follow-up was closed here.
key-followup-done = mark the follow-up done
key-followup-undo = reopen the last follow-up you closed
hint-followup-done = done
hint-undo = undo
followups-overdue = overdue
followups-today = due today
ics-summary = Follow up: { $who }
followups-no-calendar = No follow-ups open: no calendar written.
followups-done = Follow-up of call { $id } marked done ({ $at }).
followups-already-done = The follow-up of call { $id } was already marked done ({ $at }); { $note ->
    [yes] this note was not added.
   *[no] nothing was changed.
}
ics-call-back = Call back (call of { $when })

## calma export --format md
md-title = Call { $id }
md-started = Started
md-duration = Duration
md-customer = Customer
md-ticket = Ticket
md-agent = Agent
md-outcome = Outcome
md-status = Status
md-follow-up = Follow-up
md-follow-up-done = Follow-up done
md-mood = Customer mood (1 calm – 5 hostile)
md-talk = Talk time
md-talk-value = you { $agent } · customer { $customer }
md-talk-value-share = you { $agent } · customer { $customer } · you { $share }% while listening
md-interruptions = Times you cut in
md-summary = Summary
md-promises = Promises
md-notes = Notes
md-steps = Playbook steps done

## Practice
home-practice = Practice a scenario
key-pick = pick response 1–4
key-own-words = answer in your own words
key-continue = pick the highlighted response / go on
key-retry = try the scenario again
key-back = back
hint-pick = pick
hint-own-words = own words
hint-continue = go on
hint-lang = language
hint-retry = again
hint-back = back
practice-title = Practice scenarios
practice-subtitle = Pick a scenario; your best score is on the right.
practice-none = No practice scenarios are installed.
practice-unknown = Unknown scenario “{ $id }”. Run calma practice --list to see them.
practice-difficulty = Difficulty
practice-best = best { $percent }%
practice-never = not tried
practice-customer = Customer
practice-you = You
practice-your-answer = Your answer
practice-own-prompt = In your own words (Enter to send, Esc to cancel):
practice-listen-on = ● Listening: say your answer out loud · nothing is recorded · { $key } pause
practice-own-heard = I heard: { $steps }.
practice-own-nothing = I didn't hear a step of the playbook in that.
practice-own-avoid = “{ $phrase }” is a line to avoid: it goes against the step “{ $step }”.
practice-own-shouting = Capitals read as shouting: that goes against the step “{ $step }”.
practice-own-wanted = The step here was: { $step }.
practice-own-model = A model answer: “{ $text }”
practice-own-hit = Your own words did: { $steps }
practice-own-missed = Your own words missed: { $steps }
practice-good = ✓ Good
practice-weak = ~ Weak
practice-harmful = ✗ Harmful
practice-step = Playbook step: { $step }
practice-score = Score: { $percent }%
practice-passed = Passed: the pass mark is { $mark }%.
practice-failed = Not yet: the pass mark is { $mark }%.
practice-applied = Applied
practice-missed = Missed
practice-mixed = Mixed (once well, once not)
practice-next = Practice next: { $step }
practice-mood = Customer mood: { $curve }
practice-seed = Answer order: seed { $value } (replay it with --seed { $value })
practice-calm-end = The customer ended calm.
practice-saved = Progress saved: { $attempts ->
        [one] { $attempts } attempt
       *[other] { $attempts } attempts
    }, best { $best }%.
practice-saved-own = In your own words: { $attempts ->
        [one] { $attempts } attempt
       *[other] { $attempts } attempts
    }, best { $best }%.

## Plain mode: one line per change, one command per line (screen readers)
plain-prompt = Command ({ $help } for help):
plain-step = Step { $n } of { $total }: { $title }
plain-why = Why: { $text }
plain-say = Say: “{ $text }”
plain-mood = Mood: { $mood } { $label }
plain-ticked = Ticked: { $item }
plain-unticked = Cleared: { $item }
plain-unknown = Unknown command “{ $command }”. Type { $help } for the commands.
plain-commands = Commands:
plain-input-ended = Input ended. The call is kept and will be offered for recovery.
plain-not-utf8 = That line had characters that could not be read; they are kept as �.
plain-outcome = Outcome: type its number ({ $enter }: { $default }).
plain-summary = Summary, one line:
plain-summary-drafted = Summary, one line ({ $enter }: { $default }):
plain-follow-up = Follow-up date ({ $enter }: { $default }; - for none):
plain-pick = Your answer, 1 to { $count }, or type say and your own words:
plain-practice-listening = Listening: say your answer out loud, or type it. What you say is shown here and never kept.
key-jump = go to a step by number or name
plain-practice-needs-id = In plain mode, name the scenario: calma practice ID --plain (calma practice --list shows the IDs).

## History screen
home-history = Call history
history-title = Call history, newest first
hint-scroll = scroll

## Keys of every screen (keymap.rs): names, help lines, footer words
keyname-space = Space
keyname-enter = Enter
keyname-backspace = Backspace
key-home-language = switch the language
key-resume = resume the call
key-file = file it as interrupted
key-later = decide later
key-save = save
key-delete = delete the last character
key-form-outcome = choose the outcome
key-next-field = next field
key-form-enter = save the form as shown, from any field
key-continue-on = go on
hint-quit = quit
hint-resume = resume the call
hint-file = file as interrupted
hint-later = later
hint-save = save
hint-next-field = field
hint-discard = cancel

## Coaching: why the next step, the timeline and adherence
reason-ended = the call has ended
reason-abuse-goes-on = abuse goes on
reason-critical = safety or legal
reason-abuse = abusive
reason-hostile = shouting, not abusive
reason-repeated-hostility = abuse after limits and a pause
reason-escalating = getting support
reason-resolved = resolved
reason-not-heard = not heard yet
reason-flow = next in the call
call-update-by = Update promised by { $time }
situation-upset = upset customer
situation-hostile = customer shouting
situation-escalated = escalated
situation-resolved = resolved
situation-every = every call
situation-abuse = abuse or threats
summary-visited = Only visited: { $steps }
summary-adherence = Playbook followed: { $items }
summary-cut-in = { $count ->
    [0] you never cut in
   *[other] you cut in { $count }×
}
md-visited = Steps only visited
md-timeline = Timeline
md-adherence = Playbook followed
moment-abuse = abusive behavior
moment-escalation = escalated
moment-resolution = resolved
moment-pause = paused, update promised by { $time }
moment-resumed = resumed after an interruption
moment-language = phrasings in { $language }
moment-mood = mood { $mood } ({ $label })
status-resumed = { $status } (resumed)

## Dates as people write them; clear answers in plain mode
date-after-tomorrow = the day after tomorrow
# The words before a time in a promise ("at 10"), comma-separated.
date-at = at
date-weekdays = Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday
date-months = January, February, March, April, May, June, July, August, September, October, November, December
date-spelled = { $weekday } { $day } { $month } { $year }
form-understood = → { $date }
status-copied-first = Phrasing sent to the terminal clipboard (needs OSC 52; in tmux: set -g set-clipboard on).
plain-no-item = There is no item { $n }: this step has { $count }.
plain-no-step = There is no step { $n }: the playbook has { $count }.
plain-needs-text = Type the text after { $command }, on the same line.
plain-mood-bound = The mood is already { $mood } ({ $label }).

## The notes panel
call-earlier-notes = Earlier notes
call-more-notes = +{ $count } more

## Editing a text field
key-delete-forward = delete the character under the cursor
key-delete-word = delete the word before the cursor
key-delete-line = clear the field
key-cursor-left = cursor left
key-cursor-right = cursor right
key-cursor-home = to the start
key-cursor-end = to the end

## Going to a step
key-jump-go = go to the step
hint-go = go
jump-prompt = Go to step (number or words):
jump-none = No step matches.

## Cues
key-cue-follow = go to the step of the cue card
key-cue-dismiss = put the cue card away
call-cue-keys = { $follow } → { $step } · { $dismiss } put away
call-cue-mood-keys = { $follow } mood { $mood } → { $step } · { $dismiss } put away
reason-cue = what the customer said
plain-cue = Cue: { $card } → { $step }
moment-cue = cue: { $card }
moment-cue-followed = cue followed: { $card }
moment-cue-dismissed = cue put away: { $card }

## The history screen: the list, its filter, and a record opened from it
history-filter = Filter
history-matches = { $count } of { $total }
history-no-match = No call matches the filter.
status-record-copied = Call summary sent to the terminal clipboard as Markdown.
key-page-down = page down
key-page-up = page up
key-first = go to the first
key-last = go to the last
key-history-open = open the call record
key-history-filter = filter by customer, ticket, ID or note
key-history-copy = copy the call summary (Markdown)
key-filter-keep = keep the filter
key-filter-clear = clear the filter
hint-open = open
hint-filter = filter
hint-copy = copy
hint-done = done
hint-clear = clear

## --help and the manual (help-cmd-<command path>, help-arg-<command path>-<argument>)
help-cmd-calma = A terminal coach for customer-support agents on difficult calls
help-arg-calma-version = Print the version of calma and of its playbook
help-arg-calma-theme = Colors: default (dark background), light (white background) or high-contrast (default: $CALMA_THEME, else the config file)
help-arg-calma-lang = UI language: pt, es, it, hr or en (default: $CALMA_LANG, else the config file, else LC_ALL, LC_MESSAGES, LANG)
help-arg-calma-data-dir = Where call records are kept (default: $CALMA_DATA_DIR, else the config file, else ~/.local/share/calma)
help-arg-calma-playbook = A team playbook merged over the embedded one (default: $CALMA_PLAYBOOK_DIR, else the config file's playbook_dir)
help-arg-calma-model = The speech model for listen mode (a whisper.cpp ggml file)
help-cmd-calma-call = Open the live-call coach directly
help-arg-calma-call-customer-lang = The customer's language for phrasings (default: the UI language)
help-arg-calma-call-customer = The customer's name, for the record
help-arg-calma-call-ticket = The ticket ID, for the record
help-arg-calma-call-plain = Plain lines instead of a full screen (also when TERM=dumb)
help-cmd-calma-practice = Practice a scenario (without one, pick from the list)
help-arg-calma-practice-scenario = The scenario ID (see --list)
help-arg-calma-practice-list = Print one line per scenario: ID, a tab, the title
help-arg-calma-practice-plain = Plain lines instead of a full screen (also when TERM=dumb)
help-arg-calma-practice-seed = The seed of the order the answers are shown in (the debrief shows it; default: from the clock)
help-arg-calma-practice-listen = Say the answers out loud: they are transcribed on this machine and scored like typed ones, and the words are never kept (needs the `listen` feature)
help-arg-calma-practice-audio-file = Replay this WAV file as your voice, in real time, instead of the microphone (tests, demos)
help-cmd-calma-history = List the recorded calls, newest first
help-arg-calma-history-json = Print JSON instead of a table
help-arg-calma-history-grep = Only the calls whose customer, ticket, ID or notes contain this text (accents and case ignored)
help-cmd-calma-export = Print one call record, ready to paste into a ticket
help-arg-calma-export-id = The call ID (see `calma history`), or `latest`
help-arg-calma-export-format = md (Markdown, localized) or json (the full record); jsonl with --all
help-arg-calma-export-all = Every record, one JSON object per line (with --format jsonl)
help-arg-calma-export-since = With --all: only calls started on or after this day (YYYY-MM-DD)
help-arg-calma-export-until = With --all: only calls started on or before this day (YYYY-MM-DD)
help-arg-calma-export-copy = Send it to the clipboard through the terminal (OSC 52) instead of printing it, to paste into the ticket
help-cmd-calma-followups = List the follow-ups still open, overdue first
help-arg-calma-followups-due = Only those due today or earlier
help-arg-calma-followups-format = text, or ics (an iCalendar file to import into a calendar)
help-arg-calma-followups-with-names = Name the customer in calendar events (by default only the ticket, so that shared calendars do not show customers' names)
help-cmd-calma-followups-done = Mark the follow-up of a call done: it leaves the list and the calendar
help-arg-calma-followups-done-id = The call ID (see `calma followups`)
help-arg-calma-followups-done-note = How it went, kept in the call's record
help-cmd-calma-playbook = Check or export the playbook
help-cmd-calma-playbook-check = Validate the embedded playbook, or a playbook directory
help-arg-calma-playbook-check-dir = A directory with the layout of playbooks/
help-cmd-calma-playbook-export = Write the embedded playbook out for editing
help-arg-calma-playbook-export-dir = Where to write it (created if missing)
help-cmd-calma-completions = Print a shell completion script
help-arg-calma-completions-shell = The shell
help-cmd-calma-man = Print the manual page (roff)
help-cmd-calma-config = Print the effective settings and where each came from
help-cmd-calma-schema = Print the JSON Schema of a file calma reads or writes
help-arg-calma-schema-kind = playbook, scenario, record or config

## Listen mode
key-listen = pause or resume listening
status-not-listening = Not listening: start the call with `calma call --listen`.
listen-starting = ◌ Loading the speech model…
listen-on = ● Listening · nothing is recorded · { $key } pause
listen-on-voice = ● Listening, voice only (no model) · nothing is recorded · { $key } pause
listen-on-kept = ● Listening · the transcript is kept · { $key } pause
listen-paused = ‖ Listening paused · { $key } resume
listen-stopped = Not listening: { $reason }
listen-lost-agent = Not listening: your microphone could not be read ({ $reason }).
listen-lost-customer = Not listening: the customer's audio could not be read ({ $reason }).
listen-behind = Listening couldn't keep up: some of what was said was skipped.
listen-weak = The { $name } speech model often mishears this language; { $file } hears it better (see calma model).
listen-agent = You said: { $text }
listen-customer = Customer said: { $text }
listen-talk = Talk: you { $agent } · customer { $customer }
listen-talk-share = Talk: you { $agent } · customer { $customer } · you { $share }% while listening
call-heard = heard
listen-no-model = No speech model at { $path }. Get one with `calma model fetch base` (`calma model` lists the others), or give --model PATH.
listen-not-a-model = { $path } is not a whisper.cpp model file. Get one with `calma model fetch base`, or give --model PATH.
listen-model-unloadable = The speech model { $path } could not be loaded. Check it with `calma model check { $path }`; `calma model fetch NAME` gets a whole one.
listen-not-built = This calma was built without listen mode: build it with `cargo build --release --features listen`.
help-cmd-calma-model = The speech models for listen mode: which to get, where from, and where calma looks for them
help-cmd-calma-model-check = Check a model file against the checksums the model repository publishes
help-arg-calma-model-check-file = The model file (ggml-NAME.bin)
help-cmd-calma-model-fetch = Download a model into the data directory's models/ (resumes an interrupted download, checks the checksum; CALMA_MODEL_URL replaces the source)
help-arg-calma-model-fetch-name = The model's name, as `calma model` lists it (base, small-q5_1…)
model-list-title = Speech models for listen mode (whisper.cpp, multilingual), from { $source }:
model-list-where = `calma model fetch NAME` downloads one into { $dir }; or put the file (ggml-NAME.bin) there yourself, or give --model PATH.
model-list-recommended = ← for { $langs } on this computer ({ $cores } { $cores ->
        [one] core
       *[other] cores
    })
model-list-in-use = Listen mode would use: { $path }
model-check-known = { $file }: the whisper.cpp model { $name } ({ $size }), complete: its checksum matches.
model-check-unknown = { $file }: a whisper.cpp model calma has no checksum for (converted or shrunk by hand?). It may work.
model-check-not-a-model = { $file } is not a whisper.cpp model file. `calma model` lists the ones to get, and where from.
model-check-damaged = { $file } is not the whole { $name } model: its checksum does not match. Get it again with `calma model fetch { $name }`.
model-check-unreadable = { $file } cannot be read: { $reason }
model-fetch-start = Downloading { $file } ({ $size }) from { $url }
model-fetch-resume = Resuming { $file } at { $done }, from { $url }
model-fetch-checking = Checking the checksum…
model-fetch-done = Downloaded and checked: { $path }. Listen mode will find it there.
model-fetch-already = { $path } is already here and complete: nothing to download.
model-fetch-unknown = There is no model called “{ $name }”. The ones to get: { $names }.
model-fetch-not-found = { $url } was not found on the server (404). Check the name with `calma model`, and CALMA_MODEL_URL if you set it.
model-fetch-refused = The server answered { $status } for { $url }. Try again later.
model-fetch-broken = The download stopped at { $done } ({ $reason }). What was downloaded so far is kept in { $part }: run `calma model fetch { $name }` again to carry on from there.
model-fetch-damaged = The download of { $file } came out damaged (its checksum does not match), so it was deleted. Run `calma model fetch { $name }` again.
model-fetch-disk = Cannot write { $path }: { $reason }. Check the free space, and that the data directory can be written to.
model-fetch-busy = Another calma is already downloading into { $part }. Wait for it to finish, then check with `calma model`.
model-fetch-not-built = This calma downloads models only when built with listen mode (`cargo build --release --features listen`); or download { $url } yourself into { $dir }.
plain-heard-tick = Heard you: { $item } ✓
plain-listening = Listening (nothing is recorded). Type m to pause or resume.
plain-listen-voice-only = Listening to the voice only: interruptions, a raised voice, silences and talk time, not the words. { $reason }
plain-listen-paused = Listening paused.
plain-listen-resumed = Listening again.
help-arg-calma-call-listen = Listen to the call, transcribed on this machine: what is said ticks the checklist and raises cues (needs the `listen` feature)
help-arg-calma-call-customer-audio = The customer's audio: an input device, such as the monitor source of the softphone (default: only the agent's microphone)
help-arg-calma-call-audio-file = Replay this WAV file as the agent's voice, in real time, instead of the microphone (tests, demos, training)
help-arg-calma-call-customer-audio-file = Replay this WAV file as the customer's audio, in real time
help-arg-calma-call-keep-transcript = Keep what was heard in the journal and the record (default: the config file's keep_transcript; otherwise only ticks and cues are kept)
help-cmd-calma-transcribe = Print what a recording says, utterance by utterance, with start times (offline)
help-arg-calma-transcribe-file = A WAV file (any rate and channels)
