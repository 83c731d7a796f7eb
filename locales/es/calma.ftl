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
error-not-a-terminal = calma necesita una terminal interactiva; ejecútelo directamente en una terminal, no a través de una tubería.
error-terminal = No se pudo configurar la terminal: { $reason }
error-playbook = El protocolo tiene { $count ->
        [one] un error
       *[other] { $count } errores
    }:
error-export-dir = No se pudo escribir el protocolo en { $dir }: { $reason }

## Comprobación / exportación del protocolo
check-ok = Protocolo correcto: { $languages } idiomas, { $steps } pasos, { $principles } principios (versión { $version }).
export-done = Se escribieron { $count } archivos del protocolo en { $dir }.

## Pantalla de inicio
home-title = calma — un asistente sereno para llamadas difíciles
home-subtitle = Elija con ↑↓ y Intro, o pulse la letra.
home-call = Iniciar una llamada en directo
home-language = Idioma: { $language }
home-quit = Salir
home-footer = ↑↓ mover · Intro elegir · q salir

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
call-phrasing-count = { $n }/{ $total }
call-gloss = Significado
call-avoid = Evite
call-principles = Siempre
call-notes = Notas
call-no-notes = Aún no hay notas: n añade una nota, p un compromiso.
call-recommended = Siguiente: { $step }
call-no-recommendation = Siguiente: a su elección
call-time = Tiempo
call-customer-lang = Cliente: { $language }
call-note-prefix = Nota
call-promise-prefix = Compromiso
call-enlarge = Agrande la terminal
call-more-keys = ? todas las teclas

## Marcas de la lista de pasos (también en la ayuda)
mark-done = hecho
mark-current = actual
mark-recommended = recomendado

## Entradas y confirmaciones
input-note = Nota:
input-promise = Compromiso:
input-hint = Intro guarda · Esc cancela
confirm-quit = ¿Finalizar la llamada? y sí · n no
status-copied = Frase copiada al portapapeles.
status-note-saved = Nota guardada.
status-promise-saved = Compromiso guardado.
status-lang = Frases ahora en { $language }.
status-abusive = Conducta abusiva: ponga un límite firme.
status-escalate = Escalando: busque apoyo.
status-resolved = Resuelto: cierre la llamada.
status-cancelled = Cancelado.

## Ventana de ayuda
help-title = Teclas
help-close = Esc cierra esta ayuda
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
key-abusive = abuso: poner límites
key-escalate = escalar
key-resolved = resuelto: cerrar
key-note = añadir una nota
key-promise = añadir un compromiso
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
summary-duration = Duración: { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } { $seconds } s
summary-steps = Pasos completados: { $done } de { $total }
summary-mood = Ánimo durante la llamada: { $curve }
summary-notes = { $count ->
        [one] { $count } nota
       *[other] { $count } notas
    }
summary-promises = { $count ->
        [one] { $count } compromiso
       *[other] { $count } compromisos
    }
summary-continue = Pulse cualquier tecla para continuar.

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
