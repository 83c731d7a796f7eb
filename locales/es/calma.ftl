# calma — textos de la interfaz en español (trato de «usted»).
# Cada mensaje del archivo en inglés debe existir aquí (un test lo comprueba).

## Idiomas, por código (selector de idioma y cabecera de la llamada)
lang-pt = Portugués (Brasil)
lang-es = Español
lang-it = Italiano
lang-hr = Croata
lang-en = Inglés

## Errores en la línea de comandos: una línea clara cada uno
error-unknown-lang = Idioma desconocido «{ $lang }». Idiomas disponibles: { $supported }.
error-not-a-terminal = calma necesita un terminal interactivo; ejecútelo directamente en un terminal, no a través de una tubería.
error-terminal = No se ha podido configurar el terminal: { $reason }
error-output = No se ha podido escribir en la salida: { $reason }
error-playbook = El protocolo tiene { $count ->
        [one] un error
       *[other] { $count } errores
    }:
error-export-dir = No se ha podido escribir el protocolo en { $dir }: { $reason }

## Comprobación / exportación del protocolo
check-ok = Protocolo correcto: { $languages } idiomas, { $steps } pasos, { $principles } principios (versión { $version }).
export-done = Se han escrito { $count } archivos del protocolo en { $dir }.

## Pantalla de inicio
home-title = calma — un asistente sereno para llamadas difíciles
home-subtitle = Elija una opción o pulse su letra.
home-call = Iniciar una llamada
home-language = Idioma: { $language }
home-quit = Salir

## Fases de una llamada
phase-open = Apertura
phase-listen = Escucha
phase-resolve = Resolución
phase-boundary = Límites
phase-escalate = Escalado
phase-close = Cierre
phase-after = Tras la llamada

## Ánimo del cliente, de 1 a 5
mood-label = Ánimo
mood-1 = calmado
mood-2 = tenso
mood-3 = molesto
mood-4 = enfadado
mood-5 = hostil

## Pantalla de llamada
call-step-count = Paso { $n } de { $total }
call-why = Por qué
call-checklist = Lista de control
call-say = Diga
call-say-more = O diga
call-phrasing-count = { $n }/{ $total }
call-gloss = Significado
call-avoid = Evite
call-principles = Siempre
call-notes = Notas
call-no-notes = Aún no hay notas: { $note } añade una nota, { $promise } una promesa.
call-recommended = Siguiente: { $step }
call-no-recommendation = Siguiente: a su elección
call-time = Tiempo
call-customer-lang = Cliente: { $language }
call-note-prefix = Nota
call-promise-prefix = Promesa
call-enlarge = Amplíe la ventana del terminal

## Marcas de la lista de pasos (también en la ayuda)
mark-done = hecho
mark-current = actual
mark-recommended = recomendado

## Entradas y confirmaciones
input-note = Nota:
input-promise = Promesa:
confirm-quit = ¿Finalizar la llamada?
key-yes-letter = s
status-copied = Frase enviada al portapapeles del terminal.
status-note-saved = Nota guardada.
status-promise-saved = Promesa guardada.
status-lang = Idioma de las frases: { $language }.
status-abusive = Conducta abusiva: ponga un límite firme.
status-escalate = Escalado: pida apoyo.
status-resolved = Resuelto: cierre la llamada.
status-cancelled = Cancelado.
status-not-saved = No se ha guardado: no ha cambiado nada. Vuelva a intentarlo.

## Ventana de ayuda
help-title = Teclas
help-marks = Marcas: ✓ hecho · ▶ actual · ★ recomendado

## Una línea por acción (ayuda y pie de pantalla)
key-next = paso siguiente (recomendado)
key-previous = paso anterior
key-step-down = bajar en la lista de pasos
key-step-up = subir en la lista de pasos
key-item-down = siguiente punto de la lista
key-item-up = punto anterior de la lista
key-tick = marcar / desmarcar el punto
key-phrasing = siguiente frase
key-copy = copiar la frase
key-mood-up = ánimo: más alterado
key-mood-down = ánimo: más calmado
key-abusive = insultos: poner límites
key-escalate = escalar: pedir apoyo
key-resolved = resuelto: cerrar
key-note = añadir una nota
key-promise = añadir una promesa
key-lang = cambiar idioma del cliente
key-help = ayuda
key-cancel = cerrar / cancelar
key-end = finalizar la llamada
key-force-quit = salir ya (no se pierde nada)
key-confirm = confirmar
key-menu-down = bajar
key-menu-up = subir
key-menu-choose = elegir

## Resumen al final de la llamada
summary-title = Llamada finalizada
summary-duration = Duración: { $duration }
# A call's length is said in words, minutes then seconds ("2 minutes 5 seconds").
seconds-count = { $count ->
        [one] { $count } segundo
       *[other] { $count } segundos
    }
summary-steps = Pasos completados: { $done } de { $total }
summary-mood = Ánimo durante la llamada: { $curve }
summary-notes = { $count ->
        [one] { $count } nota
       *[other] { $count } notas
    }
summary-promises = { $count ->
        [one] { $count } promesa
       *[other] { $count } promesas
    }

## Recuentos en las listas
notes-count = { $count ->
        [one] { $count } nota
       *[other] { $count } notas
    }
minutes-count = { $count ->
        [one] { $count } minuto
       *[other] { $count } minutos
    }

## Palabras cortas de la línea de ayuda de teclas
hint-next = siguiente
hint-tick = marcar
hint-phrasing = frase
hint-note = nota
hint-help = teclas
hint-end = finalizar
hint-close = cerrar
hint-confirm = sí
hint-cancel = no
hint-choose = elegir

## Registros de llamadas: errores y avisos
error-data-dir = No se puede usar el directorio de datos { $dir }: { $reason }. Elija otro con --data-dir o CALMA_DATA_DIR.
warning-lang-not-saved = No se ha podido guardar el idioma en { $file }: { $reason }
error-config = El archivo de ajustes { $place } tiene un problema: { $reason } Corrija o borre esa línea.
config-unknown-key = «{ $key }» no es un ajuste (ajustes: { $known }).
config-not-text = «{ $key }» necesita un texto entre comillas dobles.
config-not-bool = «{ $key }» necesita true o false.
config-not-utf8 = ahí hay un byte que no es texto UTF-8 (guarde el archivo en UTF-8).
config-bad-lang = «{ $value }» no es un idioma disponible en calma ({ $supported }).
config-bad-theme = «{ $value }» no es un tema ({ $themes }).
error-journal = Las notas NO se están guardando: { $reason }
error-save = No se ha podido guardar el registro: { $reason }. Pulse { $enter } para volver a intentarlo.
error-save-kept = No se ha podido guardar el registro: { $reason }. La llamada se conserva y podrá recuperarla más tarde.
error-call-start = No se ha podido iniciar la llamada: { $reason }. Todavía no se ha guardado nada: libere espacio en el disco o elija otra carpeta con --data-dir y vuelva a iniciar la llamada.
error-no-record = No existe el registro de llamada «{ $id }». Ejecute calma history para ver los identificadores.
error-all-needs-jsonl = --all solo funciona con --format jsonl (un registro por línea), y --format jsonl solo con --all.
error-copy-needs-terminal = --copy envía el texto a través del terminal, pero la salida no es un terminal; quite --copy para imprimirlo.
export-copied = Enviado al portapapeles a través del terminal: péguelo en la incidencia. (Necesita OSC 52; en tmux: set -g set-clipboard on.)
error-no-follow-up = La llamada «{ $id }» no tiene ningún seguimiento que marcar como hecho.
error-call-open-elsewhere = La llamada «{ $id }» está abierta en otra ventana de calma; aquí no se ha cambiado nada.
error-call-taken = La llamada «{ $id }» se acaba de archivar o reanudar en otra ventana de calma; aquí no se ha cambiado nada.
warning-skipped = omitido: { $what }
warning-removed = se ha eliminado un archivo sobrante: { $what }

## Recuperación de una llamada interrumpida
recover-title = Se ha encontrado una llamada interrumpida
recover-details = Inicio: { $started } · { $notes ->
        [one] { $notes } nota
       *[other] { $notes } notas
    }

## Formulario de documentación al final de la llamada
form-title = Documente la llamada
form-outcome = Resultado
form-summary = Resumen
form-promises = Promesas hechas
form-no-promises = Ninguna promesa.
form-follow-up = Fecha de seguimiento
form-follow-up-help = { $today }, +3d, hoy o mañana; vacío si no hay
form-bad-date = Fecha no válida: escriba { $today }, +3d, hoy o mañana.
form-past-date = El { $date } ya ha pasado: escriba hoy, { $today }, o un día posterior.
# The summary drafted from the call: sentences joined by a space.
wrap-wanted = El cliente pedía: { $note }.
wrap-escalated = Escalado.
wrap-paused = Llamada en pausa, novedades prometidas.
wrap-paused-until = Llamada en pausa, novedades prometidas antes de las { $time }.
wrap-resolved = Resuelto durante la llamada.
wrap-let-go = Llamada finalizada tras insultos repetidos.
wrap-promised = Prometido: { $promises }.
date-today = hoy
date-tomorrow = mañana
outcome-resolved = Resuelto
outcome-escalated = Escalado
outcome-paused = En pausa
outcome-unresolved = No resuelto
outcome-let-go = Relación finalizada
summary-saved = Guardado en { $path }

## calma history
history-empty = Aún no hay llamadas registradas.
records-damaged = { $count ->
        [one] 1 archivo dañado omitido o leído solo en parte: { $what }
       *[other] { $count } archivos dañados omitidos o leídos solo en parte; el primero: { $what }
    }
history-date = Fecha
history-duration = Duración
history-customer = Cliente / incidencia
history-outcome = Resultado
history-notes = Notas
history-promises = Promesas
history-status = Estado
history-id = ID
status-complete = completa
status-interrupted = interrumpida
status-live = en curso

## calma followups
followups-empty = Ningún seguimiento pendiente.
followups-none-due = Nada para hoy ni vencido.
followups-upcoming = { $count ->
    [one] Hay un seguimiento próximo, el { $next }.
   *[other] Hay { $count } seguimientos próximos; el primero, el { $next }.
}
home-followups = Seguimientos pendientes
followups-title = Seguimientos pendientes, primero los vencidos
followups-marking = Marcando como hecho el seguimiento de { $id }…
followups-marked = Seguimiento de { $id } marcado como hecho: sale de la lista y del calendario.
followups-note = ¿Cómo ha ido? (Intro para omitir)
followups-reopened = Seguimiento de { $id } abierto de nuevo: vuelve a la lista y al calendario.
followups-nothing-to-undo = Nada que deshacer: aquí no se ha cerrado ningún seguimiento.
key-followup-done = marcar el seguimiento como hecho
key-followup-undo = volver a abrir el último seguimiento cerrado
hint-followup-done = hecho
hint-undo = deshacer
followups-overdue = vencido
followups-today = vence hoy
ics-summary = Seguimiento: { $who }
followups-no-calendar = No hay seguimientos pendientes: no se ha generado ningún calendario.
followups-done = Seguimiento de la llamada { $id } marcado como hecho ({ $at }).
followups-already-done = El seguimiento de la llamada { $id } ya estaba marcado como hecho ({ $at }); { $note ->
    [yes] esta nota no se ha añadido.
   *[no] no se ha cambiado nada.
}
ics-call-back = Devolver la llamada del { $when }

## calma export --format md
md-title = Llamada { $id }
md-started = Inicio
md-duration = Duración
md-customer = Cliente
md-ticket = Incidencia
md-agent = Agente
md-outcome = Resultado
md-status = Estado
md-follow-up = Seguimiento
md-follow-up-done = Seguimiento hecho
md-mood = Ánimo del cliente (1 calmado – 5 hostil)
md-talk = Tiempo de habla
md-talk-value = usted { $agent } · cliente { $customer }
md-talk-value-share = usted { $agent } · cliente { $customer } · usted { $share } % al escuchar
md-interruptions = Veces que cortó al cliente
md-summary = Resumen
md-promises = Promesas hechas
md-notes = Notas
md-steps = Pasos del protocolo completados

## Práctica
home-practice = Practicar con un escenario
key-pick = elegir la respuesta 1–4
key-own-words = responder con sus propias palabras
key-continue = elegir la resaltada / continuar
key-retry = repetir el escenario
key-back = volver atrás
hint-pick = elegir
hint-own-words = sus palabras
hint-continue = continuar
hint-lang = idioma
hint-retry = repetir
hint-back = atrás
practice-title = Escenarios de práctica
practice-subtitle = Elija un escenario; su mejor puntuación aparece a la derecha.
practice-none = No hay escenarios de práctica instalados.
practice-unknown = Escenario desconocido «{ $id }». Ejecute { "calma practice --list" } para verlos.
practice-difficulty = Dificultad
practice-best = mejor: { $percent } %
practice-never = sin intentar
practice-customer = Cliente
practice-you = Usted
practice-your-answer = Su respuesta
practice-own-prompt = Con sus propias palabras (Intro para enviar, Esc para cancelar):
practice-listen-on = ● Escuchando: diga su respuesta en voz alta · no se graba nada · { $key } pausar
practice-own-heard = He oído: { $steps }.
practice-own-nothing = No he oído ningún paso del protocolo en esa respuesta.
practice-own-avoid = «{ $phrase }» es una frase que hay que evitar: va en contra del paso «{ $step }».
practice-own-shouting = Escribir en mayúsculas suena a gritar: va en contra del paso «{ $step }».
practice-own-wanted = El paso aquí era: { $step }.
practice-own-model = Una respuesta modelo: «{ $text }»
practice-own-hit = Con sus palabras ha aplicado: { $steps }
practice-own-missed = Con sus palabras le ha faltado: { $steps }
practice-good = ✓ Buena
practice-weak = ~ Mejorable
practice-harmful = ✗ Perjudicial
practice-step = Paso del protocolo: { $step }
practice-score = Puntuación: { $percent } %
practice-passed = Aprobado: el mínimo para aprobar es { $mark } %.
practice-failed = Aún no: el mínimo para aprobar es { $mark } %.
practice-applied = Aplicados
practice-missed = No aplicados
practice-mixed = Unas veces bien, otras no
practice-next = Practique a continuación: { $step }
practice-mood = Ánimo del cliente: { $curve }
practice-seed = Orden de las respuestas: semilla { $value } (se repite con --seed { $value })
practice-calm-end = El cliente ha terminado calmado.
practice-saved = Progreso guardado: { $attempts ->
        [one] { $attempts } intento
       *[other] { $attempts } intentos
    }, mejor: { $best } %.
practice-saved-own = Con sus propias palabras: { $attempts ->
        [one] { $attempts } intento
       *[other] { $attempts } intentos
    }, mejor: { $best } %.

## Modo simple: una línea por cambio, un comando por línea (lectores de pantalla)
plain-prompt = Comando ({ $help } para ayuda):
plain-step = Paso { $n } de { $total }: { $title }
plain-why = Por qué: { $text }
plain-say = Diga: «{ $text }»
plain-mood = Ánimo: { $mood } { $label }
plain-ticked = Marcado: { $item }
plain-unticked = Desmarcado: { $item }
plain-unknown = Comando desconocido «{ $command }». Escriba { $help } para ver los comandos.
plain-commands = Comandos:
plain-input-ended = Fin de la entrada. La llamada se conserva y podrá reanudarla más tarde.
plain-not-utf8 = Esa línea tenía caracteres que no se han podido leer; se guardan como �.
plain-outcome = Resultado: escriba el número ({ $enter }: { $default }).
plain-summary = Resumen, en una línea:
plain-summary-drafted = Resumen, en una línea ({ $enter }: { $default }):
plain-follow-up = Fecha de seguimiento ({ $enter }: { $default }; - si no hay):
plain-pick = Su respuesta, del 1 al { $count }, o escriba { "say" } y sus propias palabras:
plain-practice-listening = Escuchando: responda en voz alta o por escrito. Lo que diga se muestra aquí y no se guarda.
key-jump = ir a un paso por número o nombre
plain-practice-needs-id = En modo simple, indique el escenario: { "calma practice ID --plain" } ({ "calma practice --list" } muestra los identificadores).

## Pantalla de historial
home-history = Historial de llamadas
history-title = Historial de llamadas, de la más reciente a la más antigua
hint-scroll = desplazar

## Keys of every screen (keymap.rs): names, help lines, footer words
keyname-space = Espacio
keyname-enter = Intro
keyname-backspace = Retroceso
key-home-language = cambiar el idioma
key-resume = reanudar la llamada
key-file = archivarla como interrumpida
key-later = decidir más tarde
key-save = guardar
key-delete = borrar el último carácter
key-form-outcome = elegir el resultado
key-next-field = campo siguiente
key-form-enter = guardar el formulario tal como está, desde cualquier campo
key-continue-on = continuar
hint-quit = salir
hint-resume = reanudar la llamada
hint-file = archivar como interrumpida
hint-later = más tarde
hint-save = guardar
hint-next-field = campo
hint-discard = cancelar

## Coaching: why the next step, the timeline and adherence
reason-ended = la llamada ha terminado
reason-abuse-goes-on = siguen los insultos
reason-critical = seguridad o acciones legales
reason-abuse = insultos
reason-hostile = grita, pero no insulta
reason-repeated-hostility = insultos tras los límites y la pausa
reason-escalating = pidiendo apoyo
reason-resolved = resuelto
reason-not-heard = aún no se le ha escuchado
reason-flow = siguiente paso de la llamada
call-update-by = Novedades prometidas antes de las { $time }
situation-upset = cliente molesto
situation-hostile = cliente que grita
situation-escalated = escalado
situation-resolved = resuelto
situation-every = todas las llamadas
situation-abuse = insultos o amenazas
summary-visited = Solo visitados: { $steps }
summary-adherence = Protocolo seguido: { $items }
summary-cut-in = { $count ->
    [0] no interrumpió al cliente
   *[other] interrumpió al cliente { $count }×
}
md-visited = Pasos solo visitados
md-timeline = Cronología
md-adherence = Protocolo seguido
moment-abuse = insultos del cliente
moment-escalation = escalado
moment-resolution = resuelto
moment-pause = pausa, novedades prometidas antes de las { $time }
moment-resumed = reanudada tras una interrupción
moment-language = idioma de las frases: { $language }
moment-mood = ánimo { $mood } ({ $label })
status-resumed = { $status } (reanudada)

## Dates as people write them; clear answers in plain mode
date-after-tomorrow = pasado mañana
# The words before a time in a promise ("at 10"), comma-separated.
date-at = a las, a la, sobre las, antes de las, hacia las
date-weekdays = lunes, martes, miércoles, jueves, viernes, sábado, domingo
date-months = enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, octubre, noviembre, diciembre
date-spelled = { $weekday }, { $day } de { $month } de { $year }
form-understood = → { $date }
status-copied-first = Frase enviada al portapapeles del terminal (necesita OSC 52; en tmux: set -g set-clipboard on).
plain-no-item = No existe el punto { $n }: este paso tiene { $count }.
plain-no-step = No existe el paso { $n }: el protocolo tiene { $count }.
plain-needs-text = Escriba el texto después de { $command }, en la misma línea.
plain-mood-bound = El ánimo ya está en { $mood } ({ $label }).

## The notes panel
call-earlier-notes = Notas anteriores
call-more-notes = y { $count } más

## Editing a text field
key-delete-forward = borrar el carácter del cursor
key-delete-word = borrar la palabra anterior
key-delete-line = vaciar el campo
key-cursor-left = cursor a la izquierda
key-cursor-right = cursor a la derecha
key-cursor-home = al principio
key-cursor-end = al final

## Going to a step
key-jump-go = ir al paso
hint-go = ir
jump-prompt = Ir al paso (número o palabras):
jump-none = Ningún paso coincide.

## Cues
key-cue-follow = ir al paso del aviso
key-cue-dismiss = cerrar el aviso
call-cue-keys = { $follow } → { $step } · { $dismiss } cerrar
call-cue-mood-keys = { $follow } ánimo { $mood } → { $step } · { $dismiss } cerrar
reason-cue = por lo que ha dicho el cliente
plain-cue = Aviso: { $card } → { $step }
moment-cue = aviso: { $card }
moment-cue-followed = aviso seguido: { $card }
moment-cue-dismissed = aviso cerrado: { $card }

## Pantalla del historial: la lista, su filtro y el registro abierto desde ella
history-filter = Filtro
history-matches = { $count } de { $total }
history-no-match = Ninguna llamada coincide con el filtro.
status-record-copied = Resumen enviado en Markdown al portapapeles del terminal.
key-page-down = bajar una página
key-page-up = subir una página
key-first = ir al principio
key-last = ir al final
key-history-open = abrir el registro de la llamada
key-history-filter = filtrar por cliente, incidencia, ID o nota
key-history-copy = copiar el resumen de la llamada (Markdown)
key-filter-keep = mantener el filtro
key-filter-clear = borrar el filtro
hint-open = abrir
hint-filter = filtrar
hint-copy = copiar
hint-done = listo
hint-clear = borrar

## --help and the manual (help-cmd-<command path>, help-arg-<command path>-<argument>)
help-cmd-calma = Un asistente en el terminal para agentes de atención al cliente en llamadas difíciles
help-arg-calma-version = Muestra la versión de calma y de su protocolo
help-arg-calma-theme = Colores: default (fondo oscuro), light (fondo blanco) o high-contrast (por defecto: $CALMA_THEME; si no, el archivo de ajustes)
help-arg-calma-lang = Idioma de la interfaz: pt, es, it, hr o en (por defecto: $CALMA_LANG; si no, el archivo de ajustes; si no, LC_ALL, LC_MESSAGES, LANG)
help-arg-calma-data-dir = Dónde se guardan los registros de llamadas (por defecto: $CALMA_DATA_DIR; si no, el archivo de ajustes; si no, ~/.local/share/calma)
help-arg-calma-playbook = Un protocolo propio del equipo, que completa el integrado y tiene prioridad sobre él (por defecto: $CALMA_PLAYBOOK_DIR; si no, el playbook_dir del archivo de ajustes)
help-arg-calma-model = El modelo de voz del modo de escucha (un archivo whisper.cpp ggml)
help-cmd-calma-call = Abre directamente la ayuda durante la llamada
help-arg-calma-call-customer-lang = El idioma del cliente para las frases (por defecto: el de la interfaz)
help-arg-calma-call-customer = El nombre del cliente, para el registro
help-arg-calma-call-ticket = El número de la incidencia, para el registro
help-arg-calma-call-plain = Líneas simples en lugar de pantalla completa (también con TERM=dumb)
help-cmd-calma-practice = Practica con un escenario (si no indica ninguno, elija uno de la lista)
help-arg-calma-practice-scenario = El identificador del escenario (consulte --list)
help-arg-calma-practice-list = Muestra una línea por escenario: identificador, tabulador, título
help-arg-calma-practice-plain = Líneas simples en lugar de pantalla completa (también con TERM=dumb)
help-arg-calma-practice-seed = La semilla del orden en que se muestran las respuestas (aparece en el resumen final; por defecto, del reloj)
help-arg-calma-practice-listen = Responda en voz alta: lo que dice se transcribe en este equipo y se evalúa como una respuesta escrita, y las palabras no se guardan (requiere la función `listen`)
help-arg-calma-practice-audio-file = Reproduce este archivo WAV como su voz, en tiempo real, en lugar del micrófono (pruebas, demos)
help-cmd-calma-history = Lista las llamadas registradas, de la más reciente a la más antigua
help-arg-calma-history-json = Muestra JSON en lugar de una tabla
help-arg-calma-history-grep = Solo las llamadas cuyo cliente, incidencia, identificador o notas contengan este texto (sin distinguir acentos ni mayúsculas)
help-cmd-calma-export = Muestra el registro de una llamada, listo para pegarlo en una incidencia
help-arg-calma-export-id = El identificador de la llamada (consulte `calma history`) o `latest`
help-arg-calma-export-format = md (Markdown traducido) o json (el registro completo); jsonl con --all
help-arg-calma-export-all = Todos los registros, un objeto JSON por línea (con --format jsonl)
help-arg-calma-export-since = Con --all: solo las llamadas iniciadas ese día o después (AAAA-MM-DD)
help-arg-calma-export-until = Con --all: solo las llamadas iniciadas ese día o antes (AAAA-MM-DD)
help-arg-calma-export-copy = Lo envía al portapapeles a través del terminal (OSC 52) en lugar de mostrarlo, para pegarlo en la incidencia
help-cmd-calma-followups = Lista los seguimientos pendientes, primero los vencidos
help-arg-calma-followups-due = Solo los que vencen hoy o antes
help-arg-calma-followups-format = text o ics (un archivo iCalendar para importarlo en un calendario)
help-arg-calma-followups-with-names = Incluye el nombre del cliente en los eventos del calendario (por defecto, solo la incidencia, para que los calendarios compartidos no muestren nombres de clientes)
help-cmd-calma-followups-done = Marca como hecho el seguimiento de una llamada: sale de la lista y del calendario
help-arg-calma-followups-done-id = El identificador de la llamada (consulte `calma followups`)
help-arg-calma-followups-done-note = Cómo ha ido; se guarda en el registro de la llamada
help-cmd-calma-playbook = Comprueba o exporta el protocolo
help-cmd-calma-playbook-check = Valida el protocolo integrado o un directorio de protocolo
help-arg-calma-playbook-check-dir = Un directorio con la misma estructura que playbooks/
help-cmd-calma-playbook-export = Escribe el protocolo integrado en archivos para editarlo
help-arg-calma-playbook-export-dir = Dónde escribirlo (se crea si no existe)
help-cmd-calma-completions = Muestra un guion de completado automático para el shell
help-arg-calma-completions-shell = El shell
help-cmd-calma-man = Muestra la página del manual (roff)
help-cmd-calma-config = Muestra los ajustes en vigor y de dónde sale cada uno
help-cmd-calma-schema = Muestra el JSON Schema de un archivo que calma lee o escribe
help-arg-calma-schema-kind = playbook, scenario, record o config

## Listen mode
key-listen = pausar o reanudar la escucha
status-not-listening = La escucha no está activada: inicie la llamada con `calma call --listen`.
listen-starting = ◌ Cargando el modelo de voz…
listen-on = ● Escuchando · no se graba nada · { $key } pausar
listen-on-voice = ● Escuchando solo la voz (sin modelo) · no se graba nada · { $key } pausar
listen-on-kept = ● Escuchando · la transcripción se guarda · { $key } pausar
listen-paused = ‖ Escucha en pausa · { $key } reanudar
listen-stopped = Sin escucha: { $reason }
listen-lost-agent = Sin escucha: no se ha podido leer su micrófono ({ $reason }).
listen-lost-customer = Sin escucha: no se ha podido leer el audio del cliente ({ $reason }).
listen-behind = La escucha no ha podido seguir el ritmo: parte de lo que se ha dicho no se ha transcrito.
listen-weak = El modelo de voz { $name } se equivoca mucho en este idioma; { $file } lo entiende mejor (consulte calma model).
listen-agent = Usted ha dicho: { $text }
listen-customer = El cliente ha dicho: { $text }
listen-talk = Tiempo de habla: usted { $agent } · cliente { $customer }
listen-talk-share = Tiempo de habla: usted { $agent } · cliente { $customer } · usted { $share } % al escuchar
call-heard = oído en la llamada
listen-no-model = No se ha encontrado ningún modelo de voz en { $path }. Descargue uno con `calma model fetch base` (`calma model` muestra los demás) o use --model RUTA.
listen-not-a-model = { $path } no es un archivo de modelo whisper.cpp. Descargue uno con `calma model fetch base` o use --model RUTA.
listen-model-unloadable = No se ha podido cargar el modelo de voz { $path }. Compruébelo con `calma model check { $path }`; `calma model fetch NOMBRE` descarga uno completo.
listen-not-built = Este calma se ha compilado sin el modo de escucha: compílelo con `cargo build --release --features listen`.
help-cmd-calma-model = Los modelos de voz del modo de escucha: cuál descargar, de dónde y dónde los busca calma
help-cmd-calma-model-check = Comprueba un archivo de modelo con las sumas que publica el repositorio de modelos
help-arg-calma-model-check-file = El archivo del modelo (ggml-NOMBRE.bin)
help-cmd-calma-model-fetch = Descarga un modelo en models/ del directorio de datos (continúa una descarga cortada y comprueba la suma de verificación; CALMA_MODEL_URL cambia el origen)
help-arg-calma-model-fetch-name = El nombre del modelo, tal como lo muestra `calma model` (base, small-q5_1…)
model-list-title = Modelos de voz del modo de escucha (whisper.cpp, en varios idiomas), en { $source }:
model-list-where = `calma model fetch NOMBRE` descarga uno en { $dir }; o ponga usted el archivo (ggml-NOMBRE.bin) ahí, o indique --model RUTA.
model-list-recommended = ← para { $langs } en este ordenador ({ $cores } { $cores ->
        [one] núcleo
       *[other] núcleos
    })
model-list-in-use = El modo de escucha usaría: { $path }
model-check-known = { $file }: el modelo whisper.cpp { $name } ({ $size }), completo: la suma de verificación coincide.
model-check-unknown = { $file }: un modelo whisper.cpp del que calma no tiene suma de verificación (¿convertido o cuantizado a mano?). Puede que funcione.
model-check-not-a-model = { $file } no es un archivo de modelo whisper.cpp. `calma model` indica cuáles descargar y de dónde.
model-check-damaged = { $file } no es el modelo { $name } completo: la suma de verificación no coincide. Descargue el modelo de nuevo con `calma model fetch { $name }`.
model-check-unreadable = No se puede leer { $file }: { $reason }
model-fetch-start = Descargando { $file } ({ $size }) de { $url }
model-fetch-resume = Continuando la descarga de { $file } desde { $done }, de { $url }
model-fetch-checking = Comprobando la suma de verificación…
model-fetch-done = Descargado y comprobado: { $path }. El modo de escucha lo encontrará ahí.
model-fetch-already = { $path } ya está aquí y completo: no hay nada que descargar.
model-fetch-unknown = No hay ningún modelo llamado «{ $name }». Los disponibles: { $names }.
model-fetch-not-found = No se ha encontrado { $url } en el servidor (404). Compruebe el nombre con `calma model`, y CALMA_MODEL_URL si la ha definido.
model-fetch-refused = El servidor ha respondido { $status } para { $url }. Inténtelo de nuevo más tarde.
model-fetch-broken = La descarga se ha detenido en { $done } ({ $reason }). Lo descargado se guarda en { $part }: ejecute de nuevo `calma model fetch { $name }` para continuar desde ahí.
model-fetch-damaged = La descarga de { $file } ha llegado dañada (la suma de verificación no coincide) y se ha borrado. Ejecute de nuevo `calma model fetch { $name }`.
model-fetch-disk = No se puede escribir { $path }: { $reason }. Compruebe el espacio libre y que se pueda escribir en el directorio de datos.
model-fetch-busy = Otro calma ya está descargando en { $part }. Espere a que termine y compruébelo con `calma model`.
model-fetch-not-built = Este calma solo descarga modelos si se compila con el modo de escucha (`cargo build --release --features listen`); también puede descargar { $url } usted mismo en { $dir }.
plain-heard-tick = Oído en la llamada: { $item } ✓
plain-listening = Escuchando (no se graba nada). Escriba m para pausar o reanudar.
plain-listen-voice-only = Escuchando solo la voz: interrupciones, tono elevado, silencios y tiempo de habla, no las palabras. { $reason }
plain-listen-paused = Escucha en pausa.
plain-listen-resumed = Escuchando otra vez.
help-arg-calma-call-listen = Escucha la llamada: lo que se dice marca puntos de la lista de control y muestra avisos; la transcripción se hace en este equipo (requiere la función `listen`)
help-arg-calma-call-customer-audio = El audio del cliente: un dispositivo de entrada, como la fuente de monitorización del softphone (por defecto: solo el micrófono del agente)
help-arg-calma-call-audio-file = Reproduce este archivo WAV como la voz del agente, en tiempo real, en lugar del micrófono (pruebas, demos, formación)
help-arg-calma-call-customer-audio-file = Reproduce este archivo WAV como el audio del cliente, en tiempo real
help-arg-calma-call-keep-transcript = Guarda lo que se ha oído en el diario y en el registro de la llamada (por defecto: keep_transcript del archivo de ajustes; si está desactivado, solo se guardan las marcas y los avisos)
help-cmd-calma-transcribe = Muestra lo que dice una grabación, frase a frase, con el minuto y segundo en que empieza cada una (sin conexión)
help-arg-calma-transcribe-file = Un archivo WAV (cualquier frecuencia de muestreo y número de canales)
