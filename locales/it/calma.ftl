# calma — stringhe dell'interfaccia in italiano.
# Ogni messaggio qui deve esistere in ogni lingua (un test lo verifica).

## Lingue, per codice (nel selettore della lingua e nell'intestazione della chiamata)
lang-pt = portoghese (Brasile)
lang-es = spagnolo
lang-it = italiano
lang-hr = croato
lang-en = inglese

## Errori sulla riga di comando: una riga chiara ciascuno
error-unknown-lang = Lingua sconosciuta «{ $lang }». Lingue supportate: { $supported }.
error-not-a-terminal = calma richiede un terminale interattivo; eseguilo direttamente in un terminale, non tramite una pipe.
error-terminal = Impossibile configurare il terminale: { $reason }
error-output = Impossibile scrivere i dati in uscita: { $reason }
error-playbook = Il protocollo contiene { $count ->
        [one] un errore
       *[other] { $count } errori
    }:
error-export-dir = Impossibile scrivere il protocollo in { $dir }: { $reason }

## playbook check / export
check-ok = Protocollo valido: { $languages } lingue, { $steps } passi, { $principles } principi (versione { $version }).
export-done = File del protocollo salvati in { $dir }: { $count }.

## Schermata iniziale
home-title = calma — un aiuto sereno nelle chiamate difficili
home-subtitle = Scegli una voce o premi la sua lettera.
home-call = Inizia una chiamata
home-language = Lingua: { $language }
home-quit = Esci

## Fasi di una chiamata
phase-open = Apertura
phase-listen = Ascolto
phase-resolve = Soluzione
phase-boundary = Limiti
phase-escalate = Supporto
phase-close = Chiusura
phase-after = Dopo la chiamata

## Umore del cliente, da 1 a 5
mood-label = Umore
mood-1 = calmo
mood-2 = teso
mood-3 = contrariato
mood-4 = arrabbiato
mood-5 = ostile

## Schermata della chiamata
call-step-count = Passo { $n } di { $total }
call-why = Perché
call-checklist = Da fare
call-say = Cosa dire
call-say-more = Oppure
call-phrasing-count = { $n }/{ $total }
call-gloss = Significato
call-avoid = Da evitare
call-principles = Sempre
call-notes = Note
call-no-notes = Ancora nessuna nota: { $note } aggiunge una nota, { $promise } una promessa.
call-recommended = Prossimo: { $step }
call-no-recommendation = Prossimo: a tua scelta
call-time = Tempo
call-customer-lang = Cliente: { $language }
call-note-prefix = Nota
call-promise-prefix = Promessa
call-enlarge = Allarga il terminale

## Segni nell'elenco dei passi (spiegati anche nella guida)
mark-done = fatto
mark-current = attuale
mark-recommended = consigliato

## Inserimento e conferme
input-note = Nota:
input-promise = Promessa:
confirm-quit = Terminare la chiamata?
key-yes-letter = s
status-copied = Frase inviata agli appunti del terminale.
status-note-saved = Nota salvata.
status-promise-saved = Promessa salvata.
status-lang = Lingua delle frasi: { $language }.
status-abusive = Comportamento offensivo: fissa un limite chiaro.
status-escalate = Chiedi supporto a un collega o al responsabile.
status-resolved = Risolto: chiudi la chiamata.
status-cancelled = Annullato.
status-not-saved = Non salvato: non è cambiato nulla. Riprova.

## Guida
help-title = Tasti
help-marks = Legenda: ✓ fatto · ▶ attuale · ★ consigliato

## Una riga per azione (guida e piè di pagina)
key-next = passo successivo (consigliato)
key-previous = passo precedente
key-step-down = scendi lungo i passi
key-step-up = sali lungo i passi
key-item-down = voce successiva della lista
key-item-up = voce precedente della lista
key-tick = spunta / togli la spunta
key-phrasing = frase successiva
key-copy = copia la frase
key-mood-up = umore: più agitato
key-mood-down = umore: più calmo
key-abusive = offensivo: fissa dei limiti
key-escalate = chiedi supporto
key-resolved = risolto: chiudi
key-note = aggiungi una nota
key-promise = aggiungi una promessa
key-lang = cambia la lingua del cliente
key-help = guida
key-cancel = chiudi / annulla
key-end = termina la chiamata
key-force-quit = esci subito (non si perde nulla)
key-confirm = conferma
key-menu-down = giù
key-menu-up = su
key-menu-choose = scegli

## Riepilogo di fine chiamata
summary-title = Chiamata terminata
summary-duration = Durata: { $duration }
# A call's length is said in words, minutes then seconds ("2 minutes 5 seconds").
seconds-count = { $count ->
        [one] { $count } secondo
       *[other] { $count } secondi
    }
summary-steps = Passi completati: { $done } di { $total }
summary-mood = Umore durante la chiamata: { $curve }
summary-notes = { $count ->
        [one] { $count } nota
       *[other] { $count } note
    }
summary-promises = { $count ->
        [one] { $count } promessa
       *[other] { $count } promesse
    }

## Conteggi mostrati negli elenchi
notes-count = { $count ->
        [one] { $count } nota
       *[other] { $count } note
    }
minutes-count = { $count ->
        [one] { $count } minuto
       *[other] { $count } minuti
    }

## Parole brevi della riga di suggerimento dei tasti
hint-next = successivo
hint-tick = spunta
hint-phrasing = frase
hint-note = nota
hint-help = tasti
hint-end = termina
hint-close = chiudi
hint-confirm = sì
hint-cancel = no
hint-choose = scegli

## Schede delle chiamate: errori e avvisi
error-data-dir = Impossibile usare la cartella dei dati { $dir }: { $reason }. Scegline un'altra con --data-dir o CALMA_DATA_DIR.
warning-lang-not-saved = Impossibile salvare la lingua in { $file }: { $reason }
error-config = Il file delle impostazioni { $place } ha un problema: { $reason } Correggi o cancella quella riga.
config-unknown-key = «{ $key }» non è un'impostazione (impostazioni: { $known }).
config-not-text = «{ $key }» richiede un testo tra virgolette doppie.
config-not-bool = «{ $key }» richiede true o false.
config-not-utf8 = in quel punto c'è un byte che non è testo UTF-8 (salva il file in UTF-8).
config-bad-lang = «{ $value }» non è una lingua disponibile in calma ({ $supported }).
config-bad-theme = «{ $value }» non è un tema ({ $themes }).
error-journal = Le note NON vengono salvate: { $reason }
error-save = Impossibile salvare la scheda della chiamata: { $reason }. Premi { $enter } per riprovare.
error-save-kept = Impossibile salvare la scheda della chiamata: { $reason }. La chiamata è conservata e potrai riprenderla più tardi.
error-call-start = Impossibile avviare la chiamata: { $reason }. Non è stato ancora salvato niente: libera spazio sul disco o scegli un'altra cartella con --data-dir, poi avvia di nuovo la chiamata.
error-no-record = Nessuna scheda di chiamata «{ $id }». Esegui calma history per vedere gli ID.
error-all-needs-jsonl = --all va usato con --format jsonl (una scheda per riga), e --format jsonl con --all.
error-copy-needs-terminal = --copy invia il testo tramite il terminale, ma l'uscita non è un terminale; togli --copy per stamparlo.
export-copied = Inviato agli appunti tramite il terminale: incollalo nel ticket. (Serve OSC 52; in tmux: set -g set-clipboard on.)
error-no-follow-up = Per la chiamata «{ $id }» non c'è nessun cliente da ricontattare.
error-call-open-elsewhere = La chiamata «{ $id }» è aperta in un'altra finestra di calma; qui non è cambiato nulla.
error-call-taken = La chiamata «{ $id }» è appena stata archiviata o ripresa in un'altra finestra di calma; qui non è cambiato nulla.
warning-skipped = ignorato: { $what }
warning-removed = rimosso un file residuo: { $what }

## Ripresa di una chiamata interrotta
recover-title = Trovata una chiamata interrotta
recover-details = Inizio: { $started } · { $notes ->
        [one] { $notes } nota
       *[other] { $notes } note
    }

## Modulo di documentazione a fine chiamata
form-title = Documenta la chiamata
form-outcome = Esito
form-summary = Riepilogo
form-promises = Promesse fatte
form-no-promises = Nessuna promessa.
form-follow-up = Data per ricontattare
form-follow-up-help = { $today }, +3d, oggi o domani; vuoto per nessuna
form-bad-date = Data non valida: scrivi { $today }, +3d, oggi o domani.
form-past-date = Il { $date } è già passato: scrivi oggi, { $today }, o un giorno successivo.
# The summary drafted from the call: sentences joined by a space.
wrap-wanted = Il cliente chiedeva: { $note }.
wrap-escalated = Passato al responsabile.
wrap-paused = Chiamata in pausa, aggiornamento promesso.
wrap-paused-until = Chiamata in pausa, aggiornamento promesso entro le { $time }.
wrap-resolved = Risolto durante la chiamata.
wrap-let-go = Chiamata chiusa dopo insulti ripetuti.
wrap-promised = Promesso: { $promises }.
date-today = oggi
date-tomorrow = domani
outcome-resolved = Risolto
outcome-escalated = Passato al responsabile
outcome-paused = In pausa
outcome-unresolved = Non risolto
outcome-let-go = Rapporto chiuso
summary-saved = Salvato in { $path }

## calma history
history-empty = Ancora nessuna chiamata registrata.
records-damaged = { $count ->
        [one] 1 file danneggiato ignorato o letto solo in parte: { $what }
       *[other] { $count } file danneggiati ignorati o letti solo in parte; il primo: { $what }
    }
history-date = Data
history-duration = Durata
history-customer = Cliente / ticket
history-outcome = Esito
history-notes = Note
history-promises = Promesse
history-status = Stato
history-id = ID
status-complete = completa
status-interrupted = interrotta
status-live = in corso

## calma followups
followups-empty = Nessun cliente da ricontattare.
followups-none-due = Niente da fare oggi né in ritardo.
followups-upcoming = { $count ->
    [one] C'è un ricontatto in programma, il { $next }.
   *[other] Ci sono { $count } ricontatti in programma; il prossimo è il { $next }.
}
home-followups = Clienti da ricontattare
followups-title = Clienti da ricontattare, prima quelli in ritardo
followups-marking = Chiamata { $id }: segno il cliente come ricontattato…
followups-marked = Chiamata { $id }: cliente segnato come ricontattato, esce dalla lista e dal calendario.
followups-note = Come è andata? (Invio per saltare)
followups-reopened = Chiamata { $id }: ricontatto riaperto, torna nella lista e nel calendario.
followups-nothing-to-undo = Niente da annullare: qui non è stato chiuso nessun ricontatto.
key-followup-done = segna come fatto
key-followup-undo = riapri l'ultimo ricontatto chiuso
hint-followup-done = fatto
hint-undo = annulla
followups-overdue = in ritardo
followups-today = scade oggi
ics-summary = Ricontattare { $who }
followups-no-calendar = Nessun cliente da ricontattare: nessun calendario creato.
followups-done = Chiamata { $id }: cliente ricontattato, segnato come fatto ({ $at }).
followups-already-done = Chiamata { $id }: il ricontatto era già segnato come fatto ({ $at }); { $note ->
    [yes] questa nota non è stata aggiunta.
   *[no] non è cambiato nulla.
}
ics-call-back = Ricontattare il cliente (chiamata del { $when })

## calma export --format md
md-title = Chiamata { $id }
md-started = Inizio
md-duration = Durata
md-customer = Cliente
md-ticket = Ticket
md-agent = Operatore
md-outcome = Esito
md-status = Stato
md-follow-up = Da ricontattare
md-follow-up-done = Ricontatto fatto
md-mood = Umore del cliente (1 calmo – 5 ostile)
md-talk = Tempo di parola
md-talk-value = tu { $agent } · cliente { $customer }
md-talk-value-share = tu { $agent } · cliente { $customer } · tu { $share }% nella fase di ascolto
md-interruptions = Volte che hai interrotto il cliente
md-summary = Riepilogo
md-promises = Promesse fatte
md-notes = Note
md-steps = Passi del protocollo completati

## Esercitazione
home-practice = Esercitati su uno scenario
key-pick = scegli la risposta 1–4
key-own-words = rispondi con parole tue
key-continue = scegli quella evidenziata / avanti
key-retry = riprova lo scenario
key-back = torna indietro
hint-pick = scegli
hint-own-words = parole tue
hint-continue = avanti
hint-lang = lingua
hint-retry = riprova
hint-back = indietro
practice-title = Scenari di esercitazione
practice-subtitle = Scegli uno scenario; il tuo miglior punteggio è a destra.
practice-none = Nessuno scenario di esercitazione installato.
practice-unknown = Scenario sconosciuto «{ $id }». Esegui { "calma practice --list" } per vederli.
practice-difficulty = Difficoltà
practice-best = migliore: { $percent }%
practice-never = mai provato
practice-customer = Cliente
practice-you = Tu
practice-your-answer = La tua risposta
practice-own-prompt = Con parole tue (Invio per inviare, Esc per annullare):
practice-listen-on = ● In ascolto: rispondi ad alta voce · non si registra niente · { $key } pausa
practice-own-heard = Ho sentito: { $steps }.
practice-own-nothing = In questa risposta non ho sentito nessun passo del protocollo.
practice-own-avoid = «{ $phrase }» è una frase da evitare: va contro il passo «{ $step }».
practice-own-shouting = Scrivere in maiuscolo è come urlare: va contro il passo «{ $step }».
practice-own-wanted = Il passo qui era: { $step }.
practice-own-model = Una risposta modello: «{ $text }»
practice-own-hit = Con parole tue hai applicato: { $steps }
practice-own-missed = Con parole tue non hai applicato: { $steps }
practice-good = ✓ Buona
practice-weak = ~ Debole
practice-harmful = ✗ Dannosa
practice-step = Passo del protocollo: { $step }
practice-score = Punteggio: { $percent }%
practice-passed = Superato: la soglia minima è { $mark }%.
practice-failed = Non ancora: la soglia minima è { $mark }%.
practice-applied = Applicati
practice-missed = Non applicati
practice-mixed = Una volta bene, una volta no
practice-next = Da esercitare ora: { $step }
practice-mood = Umore del cliente: { $curve }
practice-seed = Ordine delle risposte: seme { $value } (ripetilo con --seed { $value })
practice-calm-end = Alla fine il cliente era calmo.
practice-saved = Progressi salvati: { $attempts ->
        [one] { $attempts } tentativo
       *[other] { $attempts } tentativi
    }, migliore: { $best }%.
practice-saved-own = Con parole tue: { $attempts ->
        [one] { $attempts } tentativo
       *[other] { $attempts } tentativi
    }, migliore: { $best }%.

## Modalità semplice: una riga per modifica, un comando per riga (lettori di schermo)
plain-prompt = Comando ({ $help } per la guida):
plain-step = Passo { $n } di { $total }: { $title }
plain-why = Perché: { $text }
plain-say = Cosa dire: «{ $text }»
plain-mood = Umore: { $mood } { $label }
plain-ticked = Spuntata: { $item }
plain-unticked = Spunta tolta: { $item }
plain-unknown = Comando sconosciuto «{ $command }». Digita { $help } per vedere i comandi.
plain-commands = Comandi:
plain-input-ended = Input terminato. La chiamata è conservata e potrai riprenderla più tardi.
plain-not-utf8 = Quella riga conteneva caratteri illeggibili; sono conservati come �.
plain-outcome = Esito: digita il numero ({ $enter }: { $default }).
plain-summary = Riepilogo, in una riga:
plain-summary-drafted = Riepilogo, in una riga ({ $enter }: { $default }):
plain-follow-up = Data per ricontattare ({ $enter }: { $default }; - per nessuna):
plain-pick = La tua risposta, da 1 a { $count }, oppure scrivi { "say" } e le tue parole:
plain-practice-listening = In ascolto: rispondi ad alta voce oppure scrivi la risposta. Quello che dici compare qui e non viene salvato.
key-jump = vai a un passo per numero o nome
plain-practice-needs-id = In modalità semplice, indica lo scenario: { "calma practice ID --plain" } ({ "calma practice --list" } mostra gli ID).

## Schermata della cronologia
home-history = Cronologia delle chiamate
history-title = Cronologia delle chiamate, dalla più recente
hint-scroll = scorri

## Keys of every screen (keymap.rs): names, help lines, footer words
keyname-space = Spazio
keyname-enter = Invio
keyname-backspace = Backspace
key-home-language = cambia lingua
key-resume = riprendi la chiamata
key-file = archiviala come interrotta
key-later = decidi più tardi
key-save = salva
key-delete = cancella l'ultimo carattere
key-form-outcome = scegli l'esito
key-next-field = campo successivo
key-form-enter = salva il modulo come lo vedi, da qualsiasi campo
key-continue-on = continua
hint-quit = esci
hint-resume = riprendi la chiamata
hint-file = archivia come interrotta
hint-later = più tardi
hint-save = salva
hint-next-field = campo
hint-discard = annulla

## Coaching: why the next step, the timeline and adherence
reason-ended = la chiamata è finita
reason-abuse-goes-on = le offese continuano
reason-critical = sicurezza o vie legali
reason-abuse = offese
reason-hostile = urla, ma non offende
reason-repeated-hostility = offese dopo limiti e pausa
reason-escalating = supporto richiesto
reason-resolved = risolto
reason-not-heard = cliente non ancora ascoltato
reason-flow = passo successivo
call-update-by = Aggiornamento promesso entro le { $time }
situation-upset = cliente contrariato
situation-hostile = cliente che urla
situation-escalated = passato al responsabile
situation-resolved = risolto
situation-every = ogni chiamata
situation-abuse = offese o minacce
summary-visited = Solo visitati: { $steps }
summary-adherence = Protocollo seguito: { $items }
summary-cut-in = { $count ->
    [0] non hai mai interrotto
   *[other] hai interrotto { $count }×
}
md-visited = Passi solo visitati
md-timeline = Svolgimento della chiamata
md-adherence = Protocollo seguito
moment-abuse = offese del cliente
moment-escalation = passato al responsabile
moment-resolution = risolto
moment-pause = pausa, aggiornamento promesso entro le { $time }
moment-resumed = ripresa dopo un'interruzione
moment-language = frasi in { $language }
moment-mood = umore { $mood } ({ $label })
status-resumed = { $status } (ripresa)

## Dates as people write them; clear answers in plain mode
date-after-tomorrow = dopodomani
# The words before a time in a promise ("at 10"), comma-separated.
date-at = alle, alle ore, verso le, entro le, per le
date-weekdays = lunedì, martedì, mercoledì, giovedì, venerdì, sabato, domenica
date-months = gennaio, febbraio, marzo, aprile, maggio, giugno, luglio, agosto, settembre, ottobre, novembre, dicembre
date-spelled = { $weekday } { $day } { $month } { $year }
form-understood = → { $date }
status-copied-first = Frase inviata agli appunti del terminale (serve OSC 52; in tmux: set -g set-clipboard on).
plain-no-item = La voce { $n } non c'è: questo passo ne ha { $count }.
plain-no-step = Il passo { $n } non c'è: il protocollo ne ha { $count }.
plain-needs-text = Scrivi il testo dopo { $command }, sulla stessa riga.
plain-mood-bound = L'umore è già { $mood } ({ $label }).

## The notes panel
call-earlier-notes = Note precedenti
call-more-notes = altre { $count }

## Editing a text field
key-delete-forward = cancella il carattere sotto il cursore
key-delete-word = cancella la parola prima del cursore
key-delete-line = svuota il campo
key-cursor-left = cursore a sinistra
key-cursor-right = cursore a destra
key-cursor-home = inizio del campo
key-cursor-end = fine del campo

## Going to a step
key-jump-go = vai al passo
hint-go = vai
jump-prompt = Vai al passo (numero o parole):
jump-none = Nessun passo corrisponde.

## Cues
key-cue-follow = vai al passo suggerito
key-cue-dismiss = chiudi l'avviso
call-cue-keys = { $follow } → { $step } · { $dismiss } chiudi
call-cue-mood-keys = { $follow } umore { $mood } → { $step } · { $dismiss } chiudi
reason-cue = per quello che ha detto il cliente
plain-cue = Avviso: { $card } → { $step }
moment-cue = avviso: { $card }
moment-cue-followed = avviso seguito: { $card }
moment-cue-dismissed = avviso chiuso: { $card }

## Schermata della cronologia: l'elenco, il filtro e la scheda aperta da lì
history-filter = Filtro
history-matches = { $count } su { $total }
history-no-match = Nessuna chiamata corrisponde al filtro.
status-record-copied = Riepilogo inviato in Markdown agli appunti del terminale.
key-page-down = pagina giù
key-page-up = pagina su
key-first = vai in cima
key-last = vai in fondo
key-history-open = apri la scheda della chiamata
key-history-filter = filtra per cliente, ticket, ID o nota
key-history-copy = copia il riepilogo della chiamata (Markdown)
key-filter-keep = tieni il filtro
key-filter-clear = cancella il filtro
hint-open = apri
hint-filter = filtra
hint-copy = copia
hint-done = fatto
hint-clear = cancella

## --help and the manual (help-cmd-<command path>, help-arg-<command path>-<argument>)
help-cmd-calma = Un aiuto nel terminale per gli operatori del servizio clienti nelle chiamate difficili
help-arg-calma-version = Mostra la versione di calma e del suo protocollo
help-arg-calma-theme = Colori: default (sfondo scuro), light (sfondo bianco) o high-contrast (predefinito: $CALMA_THEME, altrimenti il file delle impostazioni)
help-arg-calma-lang = Lingua dell'interfaccia: pt, es, it, hr o en (predefinito: $CALMA_LANG, altrimenti il file delle impostazioni, altrimenti LC_ALL, LC_MESSAGES, LANG)
help-arg-calma-data-dir = Dove sono salvate le schede delle chiamate (predefinito: $CALMA_DATA_DIR, altrimenti il file delle impostazioni, altrimenti ~/.local/share/calma)
help-arg-calma-playbook = Un protocollo del team che modifica e completa quello integrato (predefinito: $CALMA_PLAYBOOK_DIR, altrimenti playbook_dir nel file delle impostazioni)
help-arg-calma-model = Il modello vocale per la modalità ascolto (un file whisper.cpp ggml)
help-cmd-calma-call = Apre direttamente l'aiuto durante la chiamata
help-arg-calma-call-customer-lang = La lingua del cliente per le frasi (predefinito: la lingua dell'interfaccia)
help-arg-calma-call-customer = Il nome del cliente, per la scheda
help-arg-calma-call-ticket = L'ID del ticket, per la scheda
help-arg-calma-call-plain = Righe semplici invece dello schermo intero (anche con TERM=dumb)
help-cmd-calma-practice = Avvia l'esercitazione su uno scenario (se non ne indichi uno, scegli dalla lista)
help-arg-calma-practice-scenario = L'ID dello scenario (vedi --list)
help-arg-calma-practice-list = Stampa una riga per scenario: ID, una tabulazione, il titolo
help-arg-calma-practice-plain = Righe semplici invece dello schermo intero (anche con TERM=dumb)
help-arg-calma-practice-seed = Il seme dell'ordine in cui compaiono le risposte (lo mostra il riepilogo finale; predefinito: dall'orologio)
help-arg-calma-practice-listen = Rispondi ad alta voce: quello che dici viene trascritto su questo computer e valutato come una risposta scritta, e le parole non vengono salvate (serve la funzionalità `listen`)
help-arg-calma-practice-audio-file = Usa questo file WAV come la tua voce al posto del microfono, riprodotto in tempo reale (test, demo)
help-cmd-calma-history = Elenca le chiamate registrate, dalla più recente
help-arg-calma-history-json = Stampa in JSON invece che in tabella
help-arg-calma-history-grep = Solo le chiamate il cui cliente, ticket, ID o note contengono questo testo (senza distinguere accenti e maiuscole)
help-cmd-calma-export = Stampa la scheda di una chiamata, pronta da incollare in un ticket
help-arg-calma-export-id = L'ID della chiamata (vedi `calma history`) oppure `latest`
help-arg-calma-export-format = md (Markdown tradotto) o json (la scheda completa); jsonl con --all
help-arg-calma-export-all = Tutte le schede, un oggetto JSON per riga (con --format jsonl)
help-arg-calma-export-since = Con --all: solo le chiamate iniziate quel giorno o dopo (AAAA-MM-GG)
help-arg-calma-export-until = Con --all: solo le chiamate iniziate quel giorno o prima (AAAA-MM-GG)
help-arg-calma-export-copy = La invia agli appunti tramite il terminale (OSC 52) invece di stamparla, da incollare nel ticket
help-cmd-calma-followups = Elenca i clienti ancora da ricontattare, prima quelli in ritardo
help-arg-calma-followups-due = Solo quelli con scadenza oggi o già passata
help-arg-calma-followups-format = text o ics (un file iCalendar da importare in un calendario)
help-arg-calma-followups-with-names = Indica il nome del cliente negli eventi del calendario (di norma solo il ticket, perché i calendari condivisi non mostrino i nomi dei clienti)
help-cmd-calma-followups-done = Segna come ricontattato il cliente di una chiamata: esce dalla lista e dal calendario
help-arg-calma-followups-done-id = L'ID della chiamata (vedi `calma followups`)
help-arg-calma-followups-done-note = Come è andata; resta nella scheda della chiamata
help-cmd-calma-playbook = Controlla o esporta il protocollo
help-cmd-calma-playbook-check = Convalida il protocollo integrato o una cartella di protocollo
help-arg-calma-playbook-check-dir = Una cartella con la stessa struttura di playbooks/
help-cmd-calma-playbook-export = Salva su file il protocollo integrato, per modificarlo
help-arg-calma-playbook-export-dir = La cartella in cui salvarlo (creata se non esiste)
help-cmd-calma-completions = Stampa uno script di completamento per la shell
help-arg-calma-completions-shell = La shell
help-cmd-calma-man = Stampa la pagina di manuale (roff)
help-cmd-calma-config = Stampa le impostazioni in uso e da dove viene ciascuna
help-cmd-calma-schema = Stampa il JSON Schema di un file che calma legge o scrive
help-arg-calma-schema-kind = playbook, scenario, record o config

## Listen mode
key-listen = metti in pausa o riprendi l'ascolto
status-not-listening = L'ascolto non è attivo: avvia la chiamata con `calma call --listen`.
listen-starting = ◌ Caricamento del modello vocale…
listen-on = ● In ascolto · non si registra niente · { $key } pausa
listen-on-voice = ● Solo voce, senza modello · non si registra niente · { $key } pausa
listen-on-kept = ● In ascolto · la trascrizione viene salvata · { $key } pausa
listen-paused = ‖ Ascolto in pausa · { $key } riprendi
listen-stopped = Ascolto non attivo: { $reason }
listen-lost-agent = Ascolto non attivo: non riesco a leggere il tuo microfono ({ $reason }).
listen-lost-customer = Ascolto non attivo: non riesco a leggere l'audio del cliente ({ $reason }).
listen-behind = L'ascolto non è riuscito a stare al passo: una parte di quanto detto non è stata trascritta.
listen-weak = Il modello vocale { $name } sbaglia spesso in questa lingua; { $file } la capisce meglio (vedi calma model).
listen-agent = Hai detto: { $text }
listen-customer = Il cliente ha detto: { $text }
listen-talk = Parlato: tu { $agent } · cliente { $customer }
listen-talk-share = Parlato: tu { $agent } · cliente { $customer } · tu { $share }% nella fase di ascolto
call-heard = sentito
listen-no-model = Modello vocale non trovato: { $path }. Scaricane uno con `calma model fetch base` (`calma model` elenca gli altri) oppure usa --model PERCORSO.
listen-not-a-model = { $path } non è un file di modello whisper.cpp. Scaricane uno con `calma model fetch base` oppure usa --model PERCORSO.
listen-model-unloadable = Impossibile caricare il modello vocale { $path }. Verificalo con `calma model check { $path }`; `calma model fetch NOME` ne scarica uno completo.
listen-not-built = Questa versione di calma è stata compilata senza la modalità ascolto: ricompilala con `cargo build --release --features listen`.
help-cmd-calma-model = I modelli vocali della modalità ascolto: quale scaricare, da dove e dove calma li cerca
help-cmd-calma-model-check = Verifica un file di modello con le somme di controllo pubblicate da chi distribuisce i modelli
help-arg-calma-model-check-file = Il file del modello (ggml-NOME.bin)
help-cmd-calma-model-fetch = Scarica un modello in models/ della cartella dei dati (riprende un download interrotto e verifica la somma di controllo; CALMA_MODEL_URL cambia la sorgente)
help-arg-calma-model-fetch-name = Il nome del modello, come lo elenca `calma model` (base, small-q5_1…)
model-list-title = Modelli vocali della modalità ascolto (whisper.cpp, multilingue), su { $source }:
model-list-where = `calma model fetch NOME` ne scarica uno in { $dir }; oppure metti tu il file (ggml-NOME.bin) lì, o indica --model PERCORSO.
model-list-recommended = ← per { $langs } su questo computer ({ $cores } core)
model-list-in-use = La modalità ascolto userebbe: { $path }
model-check-known = { $file }: il modello whisper.cpp { $name } ({ $size }), completo: la somma di controllo corrisponde.
model-check-unknown = { $file }: un modello whisper.cpp di cui calma non ha la somma di controllo (convertito o quantizzato a mano?). Potrebbe funzionare.
model-check-not-a-model = { $file } non è un file di modello whisper.cpp. `calma model` elenca quelli da scaricare e da dove.
model-check-damaged = { $file } non è il modello { $name } completo: la somma di controllo non corrisponde. Scaricalo di nuovo con `calma model fetch { $name }`.
model-check-unreadable = Impossibile leggere { $file }: { $reason }
model-fetch-start = Scarico { $file } ({ $size }) da { $url }
model-fetch-resume = Riprendo il download di { $file } da { $url } (già scaricati { $done })
model-fetch-checking = Verifico la somma di controllo…
model-fetch-done = Scaricato e verificato: { $path }. La modalità ascolto lo troverà lì.
model-fetch-already = { $path } è già qui ed è completo: non c'è niente da scaricare.
model-fetch-unknown = Non esiste un modello chiamato «{ $name }». Quelli disponibili: { $names }.
model-fetch-not-found = { $url } non si trova sul server (404). Controlla il nome con `calma model`, e CALMA_MODEL_URL se l'hai impostata.
model-fetch-refused = Il server ha risposto { $status } per { $url }. Riprova più tardi.
model-fetch-broken = Il download si è fermato a { $done } ({ $reason }). Quello che è arrivato resta in { $part }: esegui di nuovo `calma model fetch { $name }` per riprendere da lì.
model-fetch-damaged = Il download di { $file } è arrivato danneggiato (la somma di controllo non corrisponde) ed è stato eliminato. Esegui di nuovo `calma model fetch { $name }`.
model-fetch-disk = Impossibile scrivere { $path }: { $reason }. Controlla lo spazio libero e che si possa scrivere nella cartella dei dati.
model-fetch-busy = Un'altra finestra di calma sta già scaricando in { $part }. Aspetta che finisca, poi controlla con `calma model`.
model-fetch-not-built = Questa versione di calma scarica i modelli solo se compilata con la modalità ascolto (`cargo build --release --features listen`); oppure scarica tu { $url } in { $dir }.
plain-heard-tick = Ti ho sentito: { $item } ✓
plain-listening = In ascolto (non si registra niente). Digita m per mettere in pausa o riprendere.
plain-listen-voice-only = In ascolto solo della voce: interruzioni, tono alzato, silenzi e tempo di parola, non le parole. { $reason }
plain-listen-paused = Ascolto in pausa.
plain-listen-resumed = Di nuovo in ascolto.
help-arg-calma-call-listen = Ascolta la chiamata: ciò che viene detto spunta le voci della lista e fa comparire gli avvisi; la trascrizione avviene su questo computer (serve la funzionalità `listen`)
help-arg-calma-call-customer-audio = L'audio del cliente: un dispositivo di ingresso, ad esempio la sorgente monitor del softphone (predefinito: solo il microfono dell'operatore)
help-arg-calma-call-audio-file = Usa questo file WAV come voce dell'operatore al posto del microfono, riprodotto in tempo reale (test, demo, formazione)
help-arg-calma-call-customer-audio-file = Usa questo file WAV come audio del cliente, riprodotto in tempo reale
help-arg-calma-call-keep-transcript = Salva ciò che è stato sentito nel registro e nella scheda della chiamata (predefinito: keep_transcript nel file delle impostazioni; altrimenti si salvano solo le spunte e gli avvisi)
help-cmd-calma-transcribe = Mostra il testo di una registrazione, frase per frase, con il tempo d'inizio di ciascuna (offline)
help-arg-calma-transcribe-file = Un file WAV (qualsiasi frequenza di campionamento e numero di canali)
