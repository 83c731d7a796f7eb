# calma — hrvatski tekstovi sučelja.
# Svaka poruka iz engleske datoteke mora postojati i ovdje (provjerava test).

## Jezici, po kodu (u odabiru jezika i zaglavlju poziva)
lang-pt = portugalski (Brazil)
lang-es = španjolski
lang-it = talijanski
lang-hr = hrvatski
lang-en = engleski

## Pogreške u naredbenom retku: po jedan jasan redak
error-unknown-lang = Nepoznat jezik „{ $lang }“. Podržani jezici: { $supported }.
error-not-a-terminal = calma zahtijeva interaktivni terminal; pokrenite program izravno u terminalu, a ne preko cjevovoda.
error-terminal = Terminal nije moguće postaviti: { $reason }
error-output = Nije moguće pisati na izlaz: { $reason }
error-playbook = Priručnik sadrži { $count ->
        [one] { $count } pogrešku
        [few] { $count } pogreške
       *[other] { $count } pogrešaka
    }:
error-export-dir = Priručnik nije moguće zapisati u { $dir }: { $reason }

## Provjera i izvoz priručnika
check-ok = Priručnik je ispravan: jezici: { $languages }, koraci: { $steps }, načela: { $principles } (verzija { $version }).
export-done = Datoteke priručnika zapisane su u { $dir } (ukupno: { $count }).

## Početni zaslon
home-title = calma — miran vodič kroz teške pozive
home-subtitle = Odaberite stavku ili pritisnite njezino slovo.
home-call = Novi poziv
home-language = Jezik: { $language }
home-quit = Izlaz

## Faze poziva
phase-open = Otvaranje
phase-listen = Slušanje
phase-resolve = Rješavanje
phase-boundary = Granice
phase-escalate = Podrška
phase-close = Zaključivanje
phase-after = Nakon poziva

## Raspoloženje korisnika, od 1 (smiren) do 5 (agresivan)
mood-label = Raspoloženje
mood-1 = smiren
mood-2 = napet
mood-3 = uzrujan
mood-4 = ljut
mood-5 = agresivan

## Zaslon poziva
call-step-count = Korak { $n } od { $total }
call-why = Zašto
call-checklist = Kontrolni popis
call-say = Recite
call-say-more = Ili recite
call-phrasing-count = { $n }/{ $total }
call-gloss = Značenje
call-avoid = Izbjegavajte
call-principles = Uvijek
call-notes = Bilješke
call-no-notes = Još nema bilježaka: { $note } dodaje bilješku, { $promise } obećanje.
call-recommended = Sljedeće: { $step }
call-no-recommendation = Sljedeće: po vašem izboru
call-time = Vrijeme
call-customer-lang = Korisnik: { $language }
call-note-prefix = Bilješka
call-promise-prefix = Obećanje
call-enlarge = Povećajte terminal

## Oznake na popisu koraka (objašnjene i u pomoći)
mark-done = gotovo
mark-current = sada
mark-recommended = preporučeno

## Unosi i potvrde
input-note = Bilješka:
input-promise = Obećanje:
confirm-quit = Završiti poziv?
key-yes-letter = d
status-copied = Formulacija je poslana u međuspremnik terminala.
status-note-saved = Bilješka je spremljena.
status-promise-saved = Obećanje je spremljeno.
status-lang = Jezik formulacija: { $language }.
status-abusive = Uvredljivo ponašanje: postavite čvrstu granicu.
status-escalate = Zatražite podršku: uključite kolegu ili nadređenog.
status-resolved = Riješeno: zaključite poziv.
status-cancelled = Otkazano.
status-not-saved = Nije spremljeno: ništa se nije promijenilo. Pokušajte ponovno.

## Pomoć
help-title = Tipke
help-marks = Oznake: ✓ gotovo · ▶ sada · ★ preporučeno

## Jedan redak po radnji (pomoć i podnožje)
key-next = sljedeći (preporučeni) korak
key-previous = prethodni korak
key-step-down = dolje po popisu koraka
key-step-up = gore po popisu koraka
key-item-down = sljedeća stavka kontrolnog popisa
key-item-up = prethodna stavka kontrolnog popisa
key-tick = stavljanje / uklanjanje kvačice
key-phrasing = sljedeća formulacija
key-copy = kopiranje formulacije
key-mood-up = korisnik je napetiji (+1)
key-mood-down = korisnik je smireniji (−1)
key-abusive = uvredljivo ponašanje: granice
key-escalate = traženje podrške
key-resolved = riješeno: zaključivanje
key-note = dodavanje bilješke
key-promise = dodavanje obećanja
key-lang = promjena jezika korisnika
key-help = pomoć
key-cancel = zatvaranje / odustajanje
key-end = završetak poziva
key-force-quit = izlaz odmah (ništa se ne gubi)
key-confirm = potvrda
key-menu-down = pomak dolje
key-menu-up = pomak gore
key-menu-choose = odabir

## Sažetak na kraju poziva
summary-title = Poziv je završen
summary-duration = Trajanje: { $duration }
# A call's length is said in words, minutes then seconds ("2 minutes 5 seconds").
seconds-count = { $count ->
        [one] { $count } sekunda
        [few] { $count } sekunde
       *[other] { $count } sekundi
    }
summary-steps = Dovršeni koraci: { $done } od { $total }
summary-mood = Raspoloženje tijekom poziva: { $curve }
summary-notes = { $count ->
        [one] { $count } bilješka
        [few] { $count } bilješke
       *[other] { $count } bilježaka
    }
summary-promises = { $count ->
        [one] { $count } obećanje
        [few] { $count } obećanja
       *[other] { $count } obećanja
    }

## Brojevi u popisima
notes-count = { $count ->
        [one] { $count } bilješka
        [few] { $count } bilješke
       *[other] { $count } bilježaka
    }
minutes-count = { $count ->
        [one] { $count } minuta
        [few] { $count } minute
       *[other] { $count } minuta
    }

## Kratke riječi podsjetnika za tipke u jednom retku
hint-next = sljedeći
hint-tick = kvačica
hint-phrasing = formulacija
hint-note = bilješka
hint-help = sve tipke
hint-end = kraj poziva
hint-close = zatvaranje
hint-confirm = da
hint-cancel = ne
hint-choose = odabir

## Zapisi o pozivima: pogreške i upozorenja
error-data-dir = Mapu za podatke { $dir } nije moguće upotrijebiti: { $reason }. Odaberite drugu pomoću --data-dir ili CALMA_DATA_DIR.
warning-lang-not-saved = Jezik se nije mogao spremiti u { $file }: { $reason }
error-config = Datoteka postavki { $place } sadrži pogrešku: { $reason } Ispravite ili obrišite taj redak.
config-unknown-key = „{ $key }“ nije postavka (postavke: { $known }).
config-not-text = „{ $key }“ treba biti tekst u dvostrukim navodnicima.
config-not-bool = „{ $key }“ treba biti true ili false.
config-not-utf8 = ondje je bajt koji nije UTF-8 tekst (spremite datoteku u UTF-8).
config-bad-lang = „{ $value }“ nije jezik koji calma podržava ({ $supported }).
config-bad-theme = „{ $value }“ nije tema ({ $themes }).
error-journal = Bilješke se NE spremaju: { $reason }
error-save = Zapis nije moguće spremiti: { $reason }. Pritisnite { $enter } za ponovni pokušaj.
error-save-kept = Zapis nije moguće spremiti: { $reason }. Poziv je sačuvan i moći ćete ga kasnije nastaviti.
error-call-start = Poziv nije moguće započeti: { $reason }. Još ništa nije spremljeno: oslobodite mjesta na disku ili odaberite drugu mapu pomoću --data-dir pa ponovno započnite poziv.
error-no-record = Nema zapisa o pozivu „{ $id }“. Pokrenite calma history za prikaz oznaka poziva.
error-all-needs-jsonl = --all ide uz --format jsonl (jedan zapis po retku), a --format jsonl uz --all.
error-copy-needs-terminal = --copy šalje tekst preko terminala, ali izlaz nije terminal; izostavite --copy da bi se tekst ispisao.
export-copied = Poslano u međuspremnik preko terminala: zalijepite ga u prijavu. (Potreban je OSC 52; u tmuxu: set -g set-clipboard on.)
error-no-follow-up = Poziv „{ $id }“ nema naknadnu provjeru koja bi se označila kao obavljena.
error-call-open-elsewhere = Poziv „{ $id }“ otvoren je u drugom prozoru programa calma; ovdje ništa nije promijenjeno.
error-call-taken = Poziv „{ $id }“ upravo je arhiviran ili nastavljen u drugom prozoru programa calma; ovdje ništa nije promijenjeno.
warning-skipped = preskočeno: { $what }
warning-removed = uklonjena zaostala datoteka: { $what }

## Oporavak prekinutog poziva
recover-title = Pronađen je prekinuti poziv
recover-details = Početak: { $started } · { $notes ->
        [one] { $notes } bilješka
        [few] { $notes } bilješke
       *[other] { $notes } bilježaka
    }

## Obrazac za dokumentiranje na kraju poziva
form-title = Dokumentirajte poziv
form-outcome = Ishod
form-summary = Sažetak
form-promises = Dana obećanja
form-no-promises = Nema obećanja.
form-follow-up = Datum naknadne provjere
form-follow-up-help = { $today }, +3d, danas ili sutra; prazno ako nema
form-bad-date = Neispravan datum: upišite { $today }, +3d, danas ili sutra.
form-past-date = { $date } je već prošao: upišite današnji datum, { $today }, ili neki kasniji.
# The summary drafted from the call: sentences joined by a space.
wrap-wanted = Korisnik je tražio: { $note }.
wrap-escalated = Zatražena je podrška.
wrap-paused = Napravljena stanka, novosti obećane.
wrap-paused-until = Napravljena stanka, novosti obećane do { $time }.
wrap-resolved = Riješeno tijekom poziva.
wrap-let-go = Poziv prekinut nakon ponovljenih uvreda.
wrap-promised = Obećano: { $promises }.
date-today = danas
date-tomorrow = sutra
outcome-resolved = Riješeno
outcome-escalated = Zatražena podrška
outcome-paused = Na čekanju
outcome-unresolved = Neriješeno
outcome-let-go = Suradnja prekinuta
summary-saved = Spremljeno u { $path }

## calma history
history-empty = Još nema zabilježenih poziva.
records-damaged = { $count ->
        [one] { $count } oštećena datoteka preskočena ili samo djelomično pročitana: { $what }
        [few] { $count } oštećene datoteke preskočene ili samo djelomično pročitane; prva: { $what }
       *[other] { $count } oštećenih datoteka preskočeno ili samo djelomično pročitano; prva: { $what }
    }
history-date = Datum
history-duration = Trajanje
history-customer = Korisnik / prijava
history-outcome = Ishod
history-notes = Bilješke
history-promises = Obećanja
history-status = Status
history-id = Oznaka
status-complete = završen
status-interrupted = prekinut
status-live = u tijeku

## calma followups
followups-empty = Nema naknadnih provjera.
followups-none-due = Nema naknadnih provjera za danas ni onih kojima je rok istekao.
followups-upcoming = { $count ->
    [one] Predstoji { $count } naknadna provjera, sljedeća { $next }.
    [few] Predstoje { $count } naknadne provjere, sljedeća { $next }.
   *[other] Predstoji { $count } naknadnih provjera, sljedeća { $next }.
}
home-followups = Naknadne provjere
followups-title = Otvorene naknadne provjere, najprije one kojima je rok istekao
followups-marking = Označavam naknadnu provjeru za { $id } kao obavljenu…
followups-marked = Naknadna provjera za { $id } označena je kao obavljena: nestaje s popisa i iz kalendara.
followups-note = Kako je prošlo? (Enter za preskakanje)
followups-reopened = Naknadna provjera poziva { $id } ponovno je otvorena: vraćena je na popis i u kalendar.
followups-nothing-to-undo = Nema se što poništiti: ovdje nije zatvorena nijedna naknadna provjera.
key-followup-done = označavanje naknadne provjere kao obavljene
key-followup-undo = ponovno otvaranje posljednje zatvorene naknadne provjere
hint-followup-done = obavljeno
hint-undo = poništavanje
followups-overdue = rok je istekao
followups-today = rok je danas
ics-summary = Naknadna provjera: { $who }
followups-no-calendar = Nema otvorenih naknadnih provjera: kalendar nije napravljen.
followups-done = Naknadna provjera za poziv { $id } označena je kao obavljena ({ $at }).
followups-already-done = Naknadna provjera za poziv { $id } već je označena kao obavljena ({ $at }); { $note ->
    [yes] ova bilješka nije dodana.
   *[no] ništa nije promijenjeno.
}
ics-call-back = Naknadna provjera (poziv od { $when })

## calma export --format md
md-title = Poziv { $id }
md-started = Početak
md-duration = Trajanje
md-customer = Korisnik
md-ticket = Prijava
md-agent = Agent
md-outcome = Ishod
md-status = Status
md-follow-up = Naknadna provjera
md-follow-up-done = Naknadna provjera obavljena
md-mood = Raspoloženje korisnika (1 smiren – 5 agresivan)
md-talk = Vrijeme govora
md-talk-value = vi { $agent } · korisnik { $customer }
md-talk-value-share = vi { $agent } · korisnik { $customer } · vi { $share } % dok slušate
md-interruptions = Koliko ste puta prekinuli korisnika
md-summary = Sažetak
md-promises = Obećanja
md-notes = Bilješke
md-steps = Dovršeni koraci priručnika

## Vježbanje
home-practice = Vježbanje scenarija
key-pick = odabir odgovora 1–4
key-own-words = odgovor vlastitim riječima
key-continue = odabir označenog odgovora / dalje
key-retry = ponovni pokušaj scenarija
key-back = povratak
hint-pick = odabir
hint-own-words = vlastitim riječima
hint-continue = dalje
hint-lang = jezik
hint-retry = ponovno
hint-back = natrag
practice-title = Scenariji za vježbu
practice-subtitle = Odaberite scenarij; najbolji rezultat prikazan je desno.
practice-none = Nema instaliranih scenarija za vježbu.
practice-unknown = Nepoznat scenarij „{ $id }“. Pokrenite { "calma practice --list" } za popis scenarija.
practice-difficulty = Težina
practice-best = najbolje: { $percent } %
practice-never = bez pokušaja
practice-customer = Korisnik
practice-you = Vi
practice-your-answer = Vaš odgovor
practice-own-prompt = Vlastitim riječima (Enter za slanje, Esc za odustajanje):
practice-listen-on = ● Slušam: izgovorite odgovor naglas · ništa se ne snima · { $key } pauza
practice-own-heard = Prepoznati koraci: { $steps }.
practice-own-nothing = U tom odgovoru nije prepoznat nijedan korak priručnika.
practice-own-avoid = „{ $phrase }“ je izraz koji treba izbjegavati: protivi se koraku „{ $step }“.
practice-own-shouting = Velika slova zvuče kao vikanje: to se protivi koraku „{ $step }“.
practice-own-wanted = Ovdje je bio na redu korak: { $step }.
practice-own-model = Primjer dobrog odgovora: „{ $text }“
practice-own-hit = Vlastitim riječima primijenili ste: { $steps }
practice-own-missed = Vlastitim riječima propustili ste: { $steps }
practice-good = ✓ Dobro
practice-weak = ~ Slabo
practice-harmful = ✗ Štetno
practice-step = Korak priručnika: { $step }
practice-score = Rezultat: { $percent } %
practice-passed = Uspješno: za prolaz je potrebno { $mark } %.
practice-failed = Još ne: za prolaz je potrebno { $mark } %.
practice-applied = Primijenjeno
practice-missed = Propušteno
practice-mixed = Jednom dobro, jednom ne
practice-next = Sljedeće za vježbu: { $step }
practice-mood = Raspoloženje korisnika: { $curve }
practice-seed = Redoslijed odgovora: sjeme { $value } (ponovite ga s --seed { $value })
practice-calm-end = Korisnik je na kraju bio smiren.
practice-saved = Napredak je spremljen: { $attempts ->
        [one] { $attempts } pokušaj
        [few] { $attempts } pokušaja
       *[other] { $attempts } pokušaja
    }, najbolje: { $best } %.
practice-saved-own = Vlastitim riječima: { $attempts ->
        [one] { $attempts } pokušaj
        [few] { $attempts } pokušaja
       *[other] { $attempts } pokušaja
    }, najbolje: { $best } %.

## Jednostavni način: jedan redak po promjeni, jedna naredba po retku (čitači zaslona)
plain-prompt = Naredba ({ $help } za pomoć):
plain-step = Korak { $n } od { $total }: { $title }
plain-why = Zašto: { $text }
plain-say = Recite: „{ $text }“
plain-mood = Raspoloženje: { $mood } { $label }
plain-ticked = Označeno: { $item }
plain-unticked = Kvačica uklonjena: { $item }
plain-unknown = Nepoznata naredba „{ $command }“. Upišite { $help } za popis naredbi.
plain-commands = Naredbe:
plain-input-ended = Unos je završen. Poziv je sačuvan i moći ćete ga kasnije nastaviti.
plain-not-utf8 = Taj redak sadrži znakove koji se nisu mogli pročitati; zapisani su kao �.
plain-outcome = Ishod: upišite broj ({ $enter }: { $default }).
plain-summary = Sažetak, u jednom retku:
plain-summary-drafted = Sažetak, u jednom retku ({ $enter }: { $default }):
plain-follow-up = Datum naknadne provjere ({ $enter }: { $default }; { "-" } ako nema):
plain-pick = Vaš odgovor, od 1 do { $count }, ili upišite { "say" } i odgovor vlastitim riječima:
plain-practice-listening = Slušam: izgovorite odgovor naglas ili ga upišite. Ono što kažete prikazuje se ovdje i ne sprema se.
key-jump = odlazak na korak po broju ili nazivu
plain-practice-needs-id = U jednostavnom načinu rada navedite scenarij: { "calma practice ID --plain" } ({ "calma practice --list" } prikazuje oznake).

## Zaslon povijesti
home-history = Povijest poziva
history-title = Povijest poziva, od najnovijeg
hint-scroll = pomicanje

## Keys of every screen (keymap.rs): names, help lines, footer words
keyname-space = Razmak
keyname-enter = Enter
keyname-backspace = Backspace
key-home-language = promjena jezika
key-resume = nastavak poziva
key-file = arhiviranje poziva kao prekinutog
key-later = odgoda odluke
key-save = spremanje
key-delete = brisanje zadnjeg znaka
key-form-outcome = odabir ishoda
key-next-field = sljedeće polje
key-form-enter = spremanje obrasca kakav jest, iz bilo kojeg polja
key-continue-on = nastavak
hint-quit = izlaz
hint-resume = nastavak poziva
hint-file = arhiviranje kao prekinutog
hint-later = kasnije
hint-save = spremanje
hint-next-field = polje
hint-discard = odustajanje

## Coaching: why the next step, the timeline and adherence
reason-ended = poziv je završen
reason-abuse-goes-on = uvrede se nastavljaju
reason-critical = sigurnost ili tužba
reason-abuse = uvrede
reason-hostile = viče, ali ne vrijeđa
reason-repeated-hostility = uvrede i nakon granica i stanke
reason-escalating = traženje podrške
reason-resolved = riješeno
reason-not-heard = još nije saslušan
reason-flow = sljedeći korak poziva
call-update-by = Novosti obećane do { $time }
situation-upset = uzrujan korisnik
situation-hostile = korisnik koji viče
situation-escalated = zatražena podrška
situation-resolved = riješeno
situation-every = svaki poziv
situation-abuse = uvrede ili prijetnje
summary-visited = Samo posjećeni: { $steps }
summary-adherence = Praćenje priručnika: { $items }
summary-cut-in = { $count ->
    [0] niste upadali u riječ
   *[other] upali ste u riječ { $count }×
}
md-visited = Samo posjećeni koraci
md-timeline = Tijek poziva
md-adherence = Praćenje priručnika
moment-abuse = uvredljivo ponašanje
moment-escalation = zatražena podrška
moment-resolution = riješeno
moment-pause = stanka, novosti obećane do { $time }
moment-resumed = nastavljen nakon prekida
moment-language = jezik formulacija: { $language }
moment-mood = raspoloženje { $mood } ({ $label })
status-resumed = { $status } (nastavljen)

## Dates as people write them; clear answers in plain mode
date-after-tomorrow = prekosutra
# The words before a time in a promise ("at 10"), comma-separated.
date-at = u, oko
date-weekdays = ponedjeljak, utorak, srijeda/srijedu, četvrtak, petak, subota/subotu, nedjelja/nedjelju
date-months = siječnja, veljače, ožujka, travnja, svibnja, lipnja, srpnja, kolovoza, rujna, listopada, studenoga, prosinca
date-spelled = { $weekday }, { $day }. { $month } { $year }.
form-understood = → { $date }
status-copied-first = Formulacija je poslana u međuspremnik terminala (potreban je OSC 52; u tmuxu: set -g set-clipboard on).
plain-no-item = Stavka { $n } ne postoji: ovaj korak ima { $count }.
plain-no-step = Korak { $n } ne postoji: priručnik ima { $count }.
plain-needs-text = Upišite tekst iza { $command }, u istom retku.
plain-mood-bound = Raspoloženje je već { $mood } ({ $label }).

## The notes panel
call-earlier-notes = Ranije bilješke
call-more-notes = još { $count }

## Editing a text field
key-delete-forward = brisanje znaka ispod pokazivača
key-delete-word = brisanje riječi lijevo od pokazivača
key-delete-line = brisanje cijelog polja
key-cursor-left = pokazivač ulijevo
key-cursor-right = pokazivač udesno
key-cursor-home = na početak
key-cursor-end = na kraj

## Going to a step
key-jump-go = odlazak na korak
hint-go = odlazak
jump-prompt = Idite na korak (broj ili riječi):
jump-none = Nijedan korak ne odgovara.

## Cues
key-cue-follow = odlazak na korak iz upozorenja
key-cue-dismiss = zatvaranje upozorenja
call-cue-keys = { $follow } → { $step } · { $dismiss } zatvaranje
call-cue-mood-keys = { $follow } raspoloženje { $mood } → { $step } · { $dismiss } zatvaranje
reason-cue = zbog onoga što je korisnik rekao
plain-cue = Upozorenje: { $card } → { $step }
moment-cue = upozorenje: { $card }
moment-cue-followed = upozorenje poslušano: { $card }
moment-cue-dismissed = upozorenje zatvoreno: { $card }

## Zaslon povijesti: popis, filtar i zapis otvoren s popisa
history-filter = Filtar
history-matches = { $count } od { $total }
history-no-match = Nijedan poziv ne odgovara filtru.
status-record-copied = Sažetak je poslan u međuspremnik terminala kao Markdown.
key-page-down = stranica dolje
key-page-up = stranica gore
key-first = na početak
key-last = na kraj
key-history-open = otvaranje zapisa poziva
key-history-filter = filtriranje po korisniku, prijavi, oznaci ili bilješci
key-history-copy = kopiranje sažetka poziva (Markdown)
key-filter-keep = zadržavanje filtra
key-filter-clear = brisanje filtra
hint-open = otvaranje
hint-filter = filtar
hint-copy = kopiranje
hint-done = gotovo
hint-clear = brisanje

## --help and the manual (help-cmd-<command path>, help-arg-<command path>-<argument>)
help-cmd-calma = Vodič kroz teške pozive za agente korisničke podrške, u terminalu
help-arg-calma-version = Ispisuje verziju programa calma i njegova priručnika
help-arg-calma-theme = Boje: default (tamna pozadina), light (bijela pozadina) ili high-contrast (zadano: $CALMA_THEME, inače datoteka postavki)
help-arg-calma-lang = Jezik sučelja: pt, es, it, hr ili en (zadano: $CALMA_LANG, inače datoteka postavki, inače LC_ALL, LC_MESSAGES, LANG)
help-arg-calma-data-dir = Gdje se čuvaju zapisi o pozivima (zadano: $CALMA_DATA_DIR, inače datoteka postavki, inače ~/.local/share/calma)
help-arg-calma-playbook = Timski priručnik koji dopunjuje i nadjačava ugrađeni (zadano: $CALMA_PLAYBOOK_DIR, inače playbook_dir iz datoteke postavki)
help-arg-calma-model = Model za prepoznavanje govora u načinu slušanja (datoteka whisper.cpp ggml)
help-cmd-calma-call = Izravno otvara pomoć tijekom poziva
help-arg-calma-call-customer-lang = Jezik korisnika za formulacije (zadano: jezik sučelja)
help-arg-calma-call-customer = Ime korisnika, za zapis
help-arg-calma-call-ticket = Oznaka prijave, za zapis
help-arg-calma-call-plain = Jednostavan ispis redak po redak umjesto cijelog zaslona (i kad je TERM=dumb)
help-cmd-calma-practice = Pokreće vježbu scenarija (ako ga ne navedete, odaberite ga s popisa)
help-arg-calma-practice-scenario = Oznaka scenarija (pogledajte --list)
help-arg-calma-practice-list = Ispisuje jedan redak po scenariju: oznaka, tabulator, naslov
help-arg-calma-practice-plain = Jednostavan ispis redak po redak umjesto cijelog zaslona (i kad je TERM=dumb)
help-arg-calma-practice-seed = Sjeme redoslijeda kojim se prikazuju odgovori (vidi se na kraju vježbe; zadano: prema satu)
help-arg-calma-practice-listen = Odgovarajte naglas: govor se prepisuje na ovom računalu i ocjenjuje kao upisani odgovor, a riječi se ne spremaju (potrebna je značajka `listen`)
help-arg-calma-practice-audio-file = Koristi navedenu WAV datoteku kao vaš glas umjesto mikrofona, u stvarnom vremenu (za testiranje i demonstracije)
help-cmd-calma-history = Ispisuje zabilježene pozive, od najnovijeg
help-arg-calma-history-json = Ispisuje JSON umjesto tablice
help-arg-calma-history-grep = Samo pozivi u kojima korisnik, prijava, oznaka ili bilješke sadrže ovaj tekst (zanemaruju se dijakritički znakovi i veličina slova)
help-cmd-calma-export = Ispisuje zapis jednog poziva, spreman za lijepljenje u prijavu
help-arg-calma-export-id = Oznaka poziva (pogledajte `calma history`) ili `latest`
help-arg-calma-export-format = md (Markdown na jeziku sučelja) ili json (cijeli zapis); jsonl uz --all
help-arg-calma-export-all = Svi zapisi, jedan JSON objekt po retku (uz --format jsonl)
help-arg-calma-export-since = Uz --all: samo pozivi započeti toga dana ili kasnije (GGGG-MM-DD)
help-arg-calma-export-until = Uz --all: samo pozivi započeti toga dana ili ranije (GGGG-MM-DD)
help-arg-calma-export-copy = Šalje zapis u međuspremnik preko terminala (OSC 52) umjesto ispisa, za lijepljenje u prijavu
help-cmd-calma-followups = Ispisuje otvorene naknadne provjere, najprije one kojima je rok istekao
help-arg-calma-followups-due = Samo one s rokom danas ili ranije
help-arg-calma-followups-format = text ili ics (datoteka iCalendar za uvoz u kalendar)
help-arg-calma-followups-with-names = Navodi ime korisnika u događajima kalendara (zadano je samo prijava, da se u zajedničkim kalendarima ne vide imena korisnika)
help-cmd-calma-followups-done = Označava naknadnu provjeru poziva kao obavljenu: nestaje s popisa i iz kalendara
help-arg-calma-followups-done-id = Oznaka poziva (pogledajte `calma followups`)
help-arg-calma-followups-done-note = Kako je prošlo; sprema se u zapis poziva
help-cmd-calma-playbook = Provjerava ili izvozi priručnik
help-cmd-calma-playbook-check = Provjerava ispravnost ugrađenog priručnika ili mape s priručnikom
help-arg-calma-playbook-check-dir = Mapa iste strukture kao playbooks/
help-cmd-calma-playbook-export = Zapisuje ugrađeni priručnik u datoteke za uređivanje
help-arg-calma-playbook-export-dir = Kamo ga zapisati (mapa se stvara ako ne postoji)
help-cmd-calma-completions = Ispisuje skriptu za automatsko dovršavanje naredbi u ljusci
help-arg-calma-completions-shell = Ljuska
help-cmd-calma-man = Ispisuje upute u obliku stranice za man (roff)
help-cmd-calma-config = Ispisuje važeće postavke i izvor svake od njih
help-cmd-calma-schema = Ispisuje shemu (JSON Schema) datoteke koju calma čita ili zapisuje
help-arg-calma-schema-kind = playbook, scenario, record ili config

## Listen mode
key-listen = pauziranje ili nastavak slušanja
status-not-listening = Slušanje je isključeno: pokrenite poziv naredbom `calma call --listen`.
listen-starting = ◌ Učitavanje modela za prepoznavanje govora…
listen-on = ● Slušam · ništa se ne snima · { $key } pauza
listen-on-voice = ● Slušam samo glas (bez modela) · ništa se ne snima · { $key } pauza
listen-on-kept = ● Slušam · prijepis se sprema · { $key } pauza
listen-paused = ‖ Slušanje je pauzirano · { $key } nastavak
listen-stopped = Ne slušam: { $reason }
listen-lost-agent = Ne slušam: čitanje zvuka s vašeg mikrofona nije uspjelo ({ $reason }).
listen-lost-customer = Ne slušam: čitanje zvuka korisnika nije uspjelo ({ $reason }).
listen-behind = Slušanje nije moglo pratiti poziv: dio onoga što je rečeno nije zapisan.
listen-weak = Model za prepoznavanje govora { $name } često krivo čuje ovaj jezik; { $file } ga bolje prepoznaje (pogledajte calma model).
listen-agent = Rekli ste: { $text }
listen-customer = Korisnik je rekao: { $text }
listen-talk = Govor: vi { $agent } · korisnik { $customer }
listen-talk-share = Govor: vi { $agent } · korisnik { $customer } · vi { $share } % dok slušate
call-heard = izgovoreno
listen-no-model = Model za prepoznavanje govora nije pronađen: { $path }. Preuzmite ga naredbom `calma model fetch base` (`calma model` navodi ostale) ili zadajte --model PUTANJA.
listen-not-a-model = { $path } nije datoteka whisper.cpp modela. Preuzmite model naredbom `calma model fetch base` ili zadajte --model PUTANJA.
listen-model-unloadable = Model za prepoznavanje govora { $path } nije se mogao učitati. Provjerite ga naredbom `calma model check { $path }`; `calma model fetch NAZIV` preuzima cijeli model.
listen-not-built = Ova inačica programa calma nema način slušanja: prevedite je naredbom `cargo build --release --features listen`.
help-cmd-calma-model = Modeli za prepoznavanje govora u načinu slušanja: koji preuzeti, odakle i gdje ih calma traži
help-cmd-calma-model-check = Provjerava datoteku modela prema kontrolnim zbrojevima koje objavljuje repozitorij modela
help-arg-calma-model-check-file = Datoteka modela (ggml-NAZIV.bin)
help-cmd-calma-model-fetch = Preuzima model u models/ u mapi za podatke (nastavlja prekinuto preuzimanje i provjerava kontrolni zbroj; CALMA_MODEL_URL mijenja izvor)
help-arg-calma-model-fetch-name = Naziv modela kako ga navodi `calma model` (base, small-q5_1…)
model-list-title = Modeli za prepoznavanje govora u načinu slušanja (whisper.cpp, višejezični), na { $source }:
model-list-where = `calma model fetch NAZIV` preuzima model u { $dir }; ili sami stavite datoteku (ggml-NAZIV.bin) onamo, ili zadajte --model PUTANJA.
model-list-recommended = ← za { $langs } na ovom računalu ({ $cores } { $cores ->
        [one] jezgra
        [few] jezgre
       *[other] jezgri
    })
model-list-in-use = Način slušanja koristio bi: { $path }
model-check-known = { $file }: whisper.cpp model { $name } ({ $size }), cijeli: kontrolni zbroj se podudara.
model-check-unknown = { $file }: whisper.cpp model za koji calma nema kontrolni zbroj (ručno pretvoren ili kvantiziran?). Možda radi.
model-check-not-a-model = { $file } nije datoteka whisper.cpp modela. `calma model` navodi koje preuzeti i odakle.
model-check-damaged = { $file } nije cijeli model { $name }: kontrolni zbroj se ne podudara. Ponovno ga preuzmite naredbom `calma model fetch { $name }`.
model-check-unreadable = Datoteka { $file } ne može se pročitati: { $reason }
model-fetch-start = Preuzimam { $file } ({ $size }) s { $url }
model-fetch-resume = Nastavljam preuzimanje datoteke { $file } od { $done }, s { $url }
model-fetch-checking = Provjeravam kontrolni zbroj…
model-fetch-done = Preuzeto i provjereno: { $path }. Način slušanja pronaći će ga ondje.
model-fetch-already = { $path } već postoji i cijeli je: nema se što preuzeti.
model-fetch-unknown = Ne postoji model „{ $name }“. Dostupni su: { $names }.
model-fetch-not-found = { $url } nije pronađen na poslužitelju (404). Provjerite naziv naredbom `calma model` i varijablu CALMA_MODEL_URL ako ste je postavili.
model-fetch-refused = Poslužitelj je na zahtjev za { $url } odgovorio kodom { $status }. Pokušajte ponovno kasnije.
model-fetch-broken = Preuzimanje je stalo na { $done } ({ $reason }). Ono što je stiglo čuva se u { $part }: ponovno pokrenite `calma model fetch { $name }` i preuzimanje će se nastaviti odande.
model-fetch-damaged = Preuzeta datoteka { $file } je oštećena (kontrolni zbroj se ne podudara) pa je obrisana. Ponovno pokrenite `calma model fetch { $name }`.
model-fetch-disk = Nije moguće zapisati { $path }: { $reason }. Provjerite ima li slobodnog prostora i može li se pisati u mapu za podatke.
model-fetch-busy = Program calma pokrenut je i drugdje i već preuzima model u { $part }. Pričekajte da preuzimanje završi pa provjerite naredbom `calma model`.
model-fetch-not-built = Ova inačica programa calma preuzima modele samo ako je prevedena s načinom slušanja (`cargo build --release --features listen`); možete i sami preuzeti { $url } u { $dir }.
plain-heard-tick = Prepoznato u govoru: { $item } ✓
plain-listening = Slušam (ništa se ne snima). Upišite m za pauzu ili nastavak.
plain-listen-voice-only = Slušam samo glas: upadanje u riječ, povišen ton, tišinu i vrijeme govora, ne riječi. { $reason }
plain-listen-paused = Slušanje je pauzirano.
plain-listen-resumed = Ponovno slušam.
help-arg-calma-call-listen = Sluša poziv: ono što se izgovori označava stavke kontrolnog popisa i prikazuje upozorenja, a govor se prepisuje na ovom računalu (potrebna je značajka `listen`)
help-arg-calma-call-customer-audio = Zvuk korisnika: ulazni uređaj, na primjer izvor monitora softphonea (zadano: samo mikrofon agenta)
help-arg-calma-call-audio-file = Koristi navedenu WAV datoteku kao glas agenta umjesto mikrofona, u stvarnom vremenu (za testiranje, demonstracije i obuku)
help-arg-calma-call-customer-audio-file = Koristi navedenu WAV datoteku kao zvuk korisnika, u stvarnom vremenu
help-arg-calma-call-keep-transcript = Sprema prijepis izgovorenoga u dnevnik i zapis poziva (zadano: keep_transcript iz datoteke postavki; inače se spremaju samo kvačice i upozorenja)
help-cmd-calma-transcribe = Ispisuje prijepis snimke, rečenicu po rečenicu, s vremenom početka svake (bez internetske veze)
help-arg-calma-transcribe-file = WAV datoteka (bilo koje frekvencije uzorkovanja i bilo kojeg broja kanala)
